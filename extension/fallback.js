// When the reader's own service does not answer: a notice that names it, and papers.cool on a click.
import { DEFAULT_SERVICE_URL } from './settings.js';

const NOTICE_ID = 'service-down';
const NOTIFICATION_ICON = 'extension/icons/icon-128.png';

// Registered at the top level, so a click on the notice wakes the worker and is heard.
chrome.notifications?.onClicked?.addListener(handleNoticeClick);
chrome.notifications?.onButtonClicked?.addListener(handleNoticeClick);

/**
 * Remembers where the reader wanted to go, moved to papers.cool, and shows the notice. Session
 * storage, because the worker may sleep between the notice and the click.
 */
export async function offerDefaultSite(urls, serviceUrl, tab, openIn) {
  const moved = urls.map((url) => {
    const target = new URL(url);
    return new URL(target.pathname + target.search, DEFAULT_SERVICE_URL).href;
  });
  await chrome.storage.session.set({ fallback: { urls: moved, tab: tab ?? null, openIn } });
  const options = {
    type: 'basic',
    iconUrl: chrome.runtime.getURL(NOTIFICATION_ICON),
    title: chrome.i18n.getMessage('extName'),
    message: chrome.i18n.getMessage('serviceDownNotice', [serviceUrl]),
    requireInteraction: true,
  };
  try {
    // Buttons where the browser has them (Chrome, Edge); a click on the notice itself works everywhere.
    await chrome.notifications.create(NOTICE_ID, { ...options, buttons: [{ title: chrome.i18n.getMessage('serviceDownButton') }] });
  } catch {
    await chrome.notifications.create(NOTICE_ID, options);
  }
}

export async function handleNoticeClick(notificationId) {
  if (notificationId !== NOTICE_ID) return;
  const { fallback } = await chrome.storage.session.get('fallback');
  await chrome.storage.session.remove('fallback');
  chrome.notifications.clear(NOTICE_ID);
  if (!fallback?.urls?.length) return;
  const { openPages } = await import('./open.js');
  try {
    await openPages(fallback.urls, fallback.tab ?? undefined, fallback.openIn);
  } catch {
    // The tab the reader was on has closed since: new tabs in the current window instead.
    await openPages(fallback.urls, undefined, 'newTab');
  }
}
