// The toolbar button's popup: what this tab holds, to open one paper, all of them, or to search.
import { buildSearchUrl, buildTargetUrl, buildTargetUrls, extractIds } from './ids.js';
import { localizePage } from './localize.js';
import { openUrl, readPageText } from './open.js';
import { readSettings } from './settings.js';

const list = document.getElementById('ids');
const none = document.getElementById('none');
const openAll = document.getElementById('open-all');
const searchForm = document.getElementById('search-form');
const words = document.getElementById('words');
const optionsLink = document.getElementById('options');

localizePage();
searchForm.addEventListener('submit', handleSearch);
optionsLink.addEventListener('click', handleOptions);
show().catch(() => showIds([]));

async function show() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  // The button's click granted activeTab: the tab's address, and what the page shows, are readable now.
  const page = await readPageText(tab);
  const found = collect([
    ['popupFromAddress', tab?.url],
    ['popupFromSelection', page.selection],
    ['popupFromPage', page.text],
    ['popupFromLinks', page.links.join(' ')],
  ]);
  words.value = page.selection.trim() && found.length === 0 ? page.selection.trim().slice(0, 300) : '';
  showIds(found, { tab, serviceUrl, openIn });
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
  const { tab, serviceUrl, openIn } = context;
  for (const { id, where } of found) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'paper';
    link.dataset.paperId = id;
    link.href = buildTargetUrl(serviceUrl, [id]);
    link.textContent = id;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      openUrl(link.href, tab, openIn).then(() => window.close());
    });
    const source = document.createElement('span');
    source.className = 'source';
    source.textContent = chrome.i18n.getMessage(where);
    item.append(link, source);
    list.append(item);
  }
  openAll.textContent = chrome.i18n.getMessage('popupOpenAll', [String(found.length)]);
  openAll.onclick = async () => {
    const ids = found.map(({ id }) => id);
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    // The worker opens them: the first new tab closes this popup, and whatever it had left to do.
    await chrome.runtime.sendMessage({ type: 'open-pages', urls, tab, idCount: ids.length, leftOut });
    window.close();
  };
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

// The count stays on the button for this tab, so the reader sees it without opening the popup again.
async function badge(tab, count) {
  if (!Number.isInteger(tab?.id)) return;
  await chrome.action.setBadgeText({ tabId: tab.id, text: count > 0 ? String(count) : '' });
}
