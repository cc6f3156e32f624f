// "Open all" from the popup is carried out here: opening the first tab closes the popup, and with
// it any work the popup had left, so the worker opens them all.
import { openFound } from './open.js';
import { readSettings } from './settings.js';

export const OPEN_PAGES = 'open-pages';

chrome.runtime.onMessage.addListener(handlePopupRequest);

export function handlePopupRequest(message, sender) {
  // Only the extension's own popup may ask (content scripts, and web pages, may not).
  if (message?.type !== OPEN_PAGES || sender?.id !== chrome.runtime.id || sender?.url !== chrome.runtime.getURL('extension/popup.html')) return;
  openRequested(message).catch(() => {});
}

async function openRequested({ urls, tab, idCount, leftOut }) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  // Pages on the reader's chosen site only, whatever the message says.
  const origin = new URL(serviceUrl).origin;
  const pages = (Array.isArray(urls) ? urls : []).filter((url) => typeof url === 'string' && URL.canParse(url) && new URL(url).origin === origin);
  await openFound(pages, idCount, leftOut, tab, openIn, serviceUrl);
}
