// What the popup asks the worker to do. Opening the first tab closes the popup, and with it any work
// the popup had left, so the worker opens the pages; it answers when done, so that the popup (the
// whole extension on a phone) can show what happened instead of a notification.
import { openOffer } from './notice-clicks.js';
import { openFound } from './open-found.js';
import { OPEN_OFFER, OPEN_PAGES } from './requests.js';
import { readSettings } from './settings.js';

chrome.runtime.onMessage.addListener(handlePopupRequest);

export function handlePopupRequest(message, sender, sendResponse) {
  // Only the extension's own popup may ask (content scripts, and web pages, may not).
  if (sender?.id !== chrome.runtime.id || sender?.url !== chrome.runtime.getURL('extension/popup.html')) return false;
  const work = message?.type === OPEN_PAGES ? openRequested(message) : message?.type === OPEN_OFFER ? openOffer(String(message.id ?? '')) : null;
  if (!work) return false;
  const answer = () => {
    try {
      sendResponse?.({ done: true });
    } catch {
      // The popup closed when the first tab opened: nobody is left to tell.
    }
  };
  work.then(answer, answer);
  // The answer comes after the pages are open: the message channel stays open until then.
  return true;
}

async function openRequested({ urls, tab, idCount, leftOut }) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  // Pages on the reader's chosen site only, whatever the message says.
  const origin = new URL(serviceUrl).origin;
  const pages = (Array.isArray(urls) ? urls : []).filter((url) => typeof url === 'string' && URL.canParse(url) && new URL(url).origin === origin);
  await openFound(pages, Number.isInteger(idCount) ? idCount : pages.length, Number.isInteger(leftOut) ? leftOut : 0, tab, openIn, serviceUrl);
}
