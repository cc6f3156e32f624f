// Telling the reader what happened after a click, and offering the next step where there is one (papers.cool
// when their own service is down, a search for the page's title when it names no paper). A notification where
// the browser has them; where it has none (Safari; Firefox for Android has them only without buttons, and some
// mobile browsers lack the API), the notice is kept and the popup, which is the whole extension there, shows it.

const NOTIFICATION_ICON = 'extension/icons/icon-128.png';
const KEPT_NOTICE = 'notice';
// What a click came to when it opened no paper, or not all it found: each such notice replaces the one before.
export const NO_ID_NOTICE = 'no-paper-id';
// Each notice's offer under a key of its own: set and taken without reading the others.
const offerKey = (id) => `offer:${id}`;
// A kept notice answers the click just made; one older than this belongs to another moment.
const KEPT_NOTICE_MS = 2 * 60 * 1000;

/** Whether notices can be shown as the browser's own notifications here. */
export function canNotify() {
  return typeof chrome.notifications?.create === 'function';
}

/**
 * Shows `message` under `id` (a fixed id replaces the previous notice instead of stacking another). An `offer`,
 * `{ urls, tab, openIn, button }`, is what a click on the notice (or its button, or the popup's) opens: kept in
 * session storage, because the worker may sleep between the notice and the click.
 */
export async function notify(id, message, offer = null) {
  if (offer) await chrome.storage.session?.set({ [offerKey(id)]: { urls: offer.urls, tab: offer.tab ?? null, openIn: offer.openIn } });
  else await chrome.storage.session?.remove(offerKey(id));
  if (!canNotify()) {
    await chrome.storage.session?.set({ [KEPT_NOTICE]: { id, message, button: offer?.button ?? '', at: Date.now() } });
    return;
  }
  const options = {
    type: 'basic',
    iconUrl: chrome.runtime.getURL(NOTIFICATION_ICON),
    title: chrome.i18n.getMessage('extName'),
    message,
  };
  if (!offer) {
    chrome.notifications.create(id, options, () => void chrome.runtime.lastError);
    return;
  }
  // An offer waits for the reader; buttons where the browser has them (Chrome, Edge), and a click on the
  // notice itself works everywhere.
  options.requireInteraction = true;
  try {
    await chrome.notifications.create(id, { ...options, buttons: [{ title: offer.button }] });
  } catch {
    await chrome.notifications.create(id, options);
  }
}

/** The offer made with notice `id`, once: `{ urls, tab, openIn }`, or null. */
export async function takeOffer(id) {
  if (!chrome.storage.session) return null;
  const { [offerKey(id)]: offer } = await chrome.storage.session.get(offerKey(id));
  await chrome.storage.session.remove(offerKey(id));
  return Array.isArray(offer?.urls) && offer.urls.length > 0 ? offer : null;
}

/** The notice kept for the popup, once: `{ id, message, button }` (button empty without an offer), or null. */
export async function takeKeptNotice(now = Date.now()) {
  if (!chrome.storage.session) return null;
  const { [KEPT_NOTICE]: notice } = await chrome.storage.session.get(KEPT_NOTICE);
  if (!notice) return null;
  await chrome.storage.session.remove(KEPT_NOTICE);
  const fresh = typeof notice.message === 'string' && Number.isFinite(notice.at) && now - notice.at <= KEPT_NOTICE_MS;
  return fresh ? { id: String(notice.id ?? ''), message: notice.message, button: String(notice.button ?? '') } : null;
}
