// The toolbar button's popup: what this tab holds, to open one paper, all of them, or to search. On a
// phone it is the whole extension (no menus, shortcuts, address-bar keyword or notifications there),
// so it also shows what a click led to when that cannot be a notification.
import { buildSearchUrl, buildTargetUrl, buildTargetUrls, extractIds } from './ids.js';
import { localizePage } from './localize.js';
import { takeKeptNotice } from './notices.js';
import { readPageText } from './page-reading.js';
import { readSettings } from './settings.js';
import { OPEN_OFFERED_PAGES, OPEN_PAGES } from './requests.js';
import { openUrl } from './tabs.js';

const list = document.getElementById('ids');
const none = document.getElementById('none');
const openAll = document.getElementById('open-all');
const searchForm = document.getElementById('search-form');
const words = document.getElementById('words');
const optionsLink = document.getElementById('options');
const notice = document.getElementById('notice');
const noticeText = document.getElementById('notice-text');
const openOffered = document.getElementById('open-offered');

localizePage();
searchForm.addEventListener('submit', handleSearch);
optionsLink.addEventListener('click', handleOptions);
openOffered.addEventListener('click', () => ask({ type: OPEN_OFFERED_PAGES }));
show().catch(() => showIds([]));

async function show() {
  // A notice from a click made while the popup was closed (a browser without notifications).
  showNotice(await takeKeptNotice());
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const { serviceUrl } = await readSettings(chrome.storage.sync);
  // The button's click granted activeTab: the tab's address, and what the page shows, are readable now.
  const page = await readPageText(tab);
  const found = collect([
    ['popupFromAddress', tab?.url],
    ['popupFromSelection', page.selection],
    ['popupFromPage', page.text],
    ['popupFromLinks', page.links.join(' ')],
  ]);
  words.value = page.selection.trim() && found.length === 0 ? page.selection.trim().slice(0, 300) : '';
  showIds(found, { tab, serviceUrl });
  await badge(tab, found.length);
}

// Each id once, where it was seen first: the address, then the selection, then the page.
function collect(sources) {
  const seen = new Map();
  for (const [where, text] of sources) {
    for (const id of extractIds(text)) {
      if (!seen.has(id)) seen.set(id, where);
    }
  }
  return [...seen].map(([id, where]) => ({ id, where }));
}

function showIds(found, context) {
  list.replaceChildren();
  none.hidden = found.length > 0;
  openAll.hidden = found.length < 2;
  if (!context) return;
  const { tab, serviceUrl } = context;
  for (const { id, where } of found) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'paper';
    link.dataset.paperId = id;
    link.href = buildTargetUrl(serviceUrl, [id]);
    link.textContent = id;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      ask({ type: OPEN_PAGES, urls: [link.href], tab, idCount: 1, leftOut: 0 });
    });
    const source = document.createElement('span');
    source.className = 'source';
    source.textContent = chrome.i18n.getMessage(where);
    item.append(link, source);
    list.append(item);
  }
  openAll.textContent = chrome.i18n.getMessage('popupOpenAll', [String(found.length)]);
  openAll.onclick = () => {
    const ids = found.map(({ id }) => id);
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    ask({ type: OPEN_PAGES, urls, tab, idCount: ids.length, leftOut });
  };
}

/**
 * The worker opens pages (the popup may close with the first new tab, and everything it had left to do
 * with it). If the popup is still open when the worker is done and something needs saying, it says it;
 * otherwise it closes, as a popup does after its job.
 */
async function ask(request) {
  try {
    await chrome.runtime.sendMessage(request);
  } catch {
    // The worker answered nothing (it was stopped): what it kept, if anything, is shown below.
  }
  const kept = await takeKeptNotice();
  if (kept) showNotice(kept);
  else window.close();
}

function showNotice(kept) {
  notice.hidden = !kept;
  if (!kept) return;
  noticeText.textContent = kept.message;
  openOffered.hidden = !kept.offersDefaultSite;
  // The offer is the one thing left to do: a key press or a screen reader reaches it first.
  if (kept.offersDefaultSite) openOffered.focus();
}

async function handleSearch(event) {
  event.preventDefault();
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  const url = buildSearchUrl(serviceUrl, words.value);
  if (!url) {
    words.focus();
    return;
  }
  await openUrl(url, tab, openIn);
  window.close();
}

function handleOptions(event) {
  event.preventDefault();
  chrome.runtime.openOptionsPage();
  window.close();
}

// The count stays on the button for this tab, so the reader sees it without opening the popup again
// (where the button has a badge: a phone's extension menu has none).
// A badge that cannot be set (the tab has closed) leaves the list as it is: the count is only a convenience.
async function badge(tab, count) {
  if (!Number.isInteger(tab?.id) || typeof chrome.action?.setBadgeText !== 'function') return;
  await chrome.action.setBadgeText({ tabId: tab.id, text: count > 0 ? String(count) : '' }).catch(() => {});
}
