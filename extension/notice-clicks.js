// A click on a notice, or on its button, opens what the notice offered. Registered at the top level, so that
// the click wakes the worker and is heard.
import { takeOffer } from './notices.js';
import { openPages } from './tabs.js';

chrome.notifications?.onClicked?.addListener(handleNoticeClick);
chrome.notifications?.onButtonClicked?.addListener(handleNoticeClick);

export async function handleNoticeClick(notificationId) {
  chrome.notifications.clear(notificationId);
  await openOffer(notificationId);
}

/** Opens what notice `id` offered, once; the popup asks for it where there are no notifications. */
export async function openOffer(id) {
  const offer = await takeOffer(id);
  if (!offer) return;
  try {
    await openPages(offer.urls, offer.tab ?? undefined, offer.openIn);
  } catch {
    // The tab the reader was on has closed since: new tabs in the current window instead.
    await openPages(offer.urls, undefined, 'newTab');
  }
}
