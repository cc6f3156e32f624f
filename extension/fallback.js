// When the reader's own service does not answer: a notice that names it, and papers.cool on a click
// (on the notice, its button, or, where there are no notifications, the popup's button).
import { notify } from './notices.js';
import { DEFAULT_SERVICE_URL } from './settings.js';
import { openPages } from './tabs.js';

export const SERVICE_DOWN_NOTICE = 'service-down';

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
  await notify(SERVICE_DOWN_NOTICE, chrome.i18n.getMessage('serviceDownNotice', [serviceUrl]), { offersDefaultSite: true });
}

export async function handleNoticeClick(notificationId) {
  if (notificationId !== SERVICE_DOWN_NOTICE) return;
  chrome.notifications.clear(SERVICE_DOWN_NOTICE);
  await openOfferedPages();
}

/** Opens on papers.cool what the reader's own service could not, once. */
export async function openOfferedPages() {
  const { fallback } = await chrome.storage.session.get('fallback');
  await chrome.storage.session.remove('fallback');
  if (!fallback?.urls?.length) return;
  try {
    await openPages(fallback.urls, fallback.tab ?? undefined, fallback.openIn);
  } catch {
    // The tab the reader was on has closed since: new tabs in the current window instead.
    await openPages(fallback.urls, undefined, 'newTab');
  }
}
