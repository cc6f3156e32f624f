// Telling the reader what happened after a click. A notification where the browser has them; where it
// has none (Firefox for Android has them only without buttons, Safari not at all, and some mobile
// browsers lack the API), the notice is kept and the popup, which is the whole extension there, shows it.

const NOTIFICATION_ICON = 'extension/icons/icon-128.png';
const KEPT_NOTICE = 'notice';
// A kept notice answers the click just made; one older than this belongs to another moment.
const KEPT_NOTICE_MS = 2 * 60 * 1000;

/** Whether notices can be shown as the browser's own notifications here. */
export function canNotify() {
  return typeof chrome.notifications?.create === 'function';
}

/**
 * Shows `message` under `id` (a fixed id replaces the previous notice instead of stacking another).
 * `offersDefaultSite` marks the notice whose action opens the pages on papers.cool instead.
 */
export async function notify(id, message, { offersDefaultSite = false } = {}) {
  if (!canNotify()) {
    await keepForPopup({ message, offersDefaultSite });
    return;
  }
  const options = {
    type: 'basic',
    iconUrl: chrome.runtime.getURL(NOTIFICATION_ICON),
    title: chrome.i18n.getMessage('extName'),
    message,
  };
  if (offersDefaultSite) options.requireInteraction = true;
  if (!offersDefaultSite) {
    chrome.notifications.create(id, options, () => void chrome.runtime.lastError);
    return;
  }
  try {
    // Buttons where the browser has them (Chrome, Edge); a click on the notice itself works everywhere.
    await chrome.notifications.create(id, { ...options, buttons: [{ title: chrome.i18n.getMessage('serviceDownButton') }] });
  } catch {
    await chrome.notifications.create(id, options);
  }
}

async function keepForPopup(notice) {
  await chrome.storage.session?.set({ [KEPT_NOTICE]: { ...notice, at: Date.now() } });
}

/** The notice kept for the popup, once: `{ message, offersDefaultSite }`, or null. */
export async function takeKeptNotice(now = Date.now()) {
  if (!chrome.storage.session) return null;
  const { [KEPT_NOTICE]: notice } = await chrome.storage.session.get(KEPT_NOTICE);
  if (!notice) return null;
  await chrome.storage.session.remove(KEPT_NOTICE);
  const fresh = typeof notice.message === 'string' && Number.isFinite(notice.at) && now - notice.at <= KEPT_NOTICE_MS;
  return fresh ? { message: notice.message, offersDefaultSite: notice.offersDefaultSite === true } : null;
}
