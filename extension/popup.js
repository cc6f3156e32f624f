// The toolbar button's popup: the papers this tab names, to open or copy one or all of them, or to search. On a
// phone it is the whole extension (no menus, shortcuts, address-bar keyword or notifications there), so it also
// shows what a click led to when that cannot be a notification.
import { showPaperCount } from './badge-count.js';
import { buildSearchUrl, buildTargetUrl, buildTargetUrls } from './ids.js';
import { localizePage } from './localize.js';
import { takeKeptNotice } from './notices.js';
import { papersOnPage } from './page-papers.js';
import { readPageText } from './page-reading.js';
import { OPEN_OFFER, OPEN_PAGES } from './requests.js';
import { readSettings } from './settings.js';
import { openUrl } from './tabs.js';

const list = document.getElementById('ids');
const none = document.getElementById('none');
const openAll = document.getElementById('open-all');
const copyAll = document.getElementById('copy-all');
const copyAllMarkdown = document.getElementById('copy-all-markdown');
const copied = document.getElementById('copied');
const searchForm = document.getElementById('search-form');
const words = document.getElementById('words');
const optionsLink = document.getElementById('options');
const notice = document.getElementById('notice');
const noticeText = document.getElementById('notice-text');
const noticeOffer = document.getElementById('notice-offer');

localizePage();
searchForm.addEventListener('submit', handleSearch);
optionsLink.addEventListener('click', handleOptions);
document.addEventListener('keydown', focusSearchOnSlash);
show().catch(() => showPapers([]));

async function show() {
  // A notice from a click made while the popup was closed (a browser without notifications).
  showNotice(await takeKeptNotice());
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const { serviceUrl } = await readSettings(chrome.storage.sync);
  // The button's click granted activeTab: the tab's address, and what the page shows, are readable now.
  const page = await readPageText(tab);
  const papers = papersOnPage({ address: tab?.url ?? '', ...page });
  // Nothing found on the page: its title (or the selection) is the likeliest thing to search for.
  const selection = page.selection.trim();
  words.value = papers.length > 0 ? '' : (selection || page.title || '').slice(0, 300);
  showPapers(papers.map((paper) => ({ ...paper, url: buildTargetUrl(serviceUrl, [paper.id]) })), { tab, serviceUrl });
  // The count stays on the button for this tab, so the reader sees it without opening the popup again.
  await showPaperCount(tab?.id, papers.length);
}

function showPapers(papers, context) {
  list.replaceChildren();
  none.hidden = papers.length > 0;
  openAll.hidden = papers.length < 2;
  copyAll.hidden = papers.length < 2;
  copyAllMarkdown.hidden = papers.length < 2;
  if (!context) return;
  const { tab, serviceUrl } = context;
  for (const paper of papers) list.append(paperItem(paper, tab));
  openAll.textContent = chrome.i18n.getMessage('popupOpenAll', [String(papers.length)]);
  openAll.onclick = () => {
    const ids = papers.map(({ id }) => id);
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    ask({ type: OPEN_PAGES, urls, tab, idCount: ids.length, leftOut });
  };
  copyAll.onclick = () => copy(papers.map(({ url }) => url).join('\n'));
  copyAllMarkdown.onclick = () => copy(papers.map((paper) => `- ${markdownLink(paper)}`).join('\n'));
}

// One paper: what a reader recognises it by (a title, a link's text) where the page gives it, the id and where it
// was found, and its link copied plain or as Markdown.
function paperItem(paper, tab) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'paper';
  link.dataset.paperId = paper.id;
  link.href = paper.url;
  link.textContent = paper.label || paper.id;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    ask({ type: OPEN_PAGES, urls: [link.href], tab, idCount: 1, leftOut: 0 });
  });
  const source = document.createElement('span');
  source.className = 'source';
  const where = chrome.i18n.getMessage(paper.where);
  source.textContent = paper.label ? `${paper.id} · ${where}` : where;
  const name = paper.label || paper.id;
  const copyPlain = copyButton(chrome.i18n.getMessage('popupCopy'), chrome.i18n.getMessage('popupCopyLabel', [name]), () => copy(paper.url));
  const copyMarkdown = copyButton(
    chrome.i18n.getMessage('popupCopyMarkdown'),
    chrome.i18n.getMessage('popupCopyMarkdownLabel', [name]),
    () => copy(markdownLink(paper)),
  );
  const actions = document.createElement('span');
  actions.className = 'copy';
  actions.append(copyPlain, copyMarkdown);
  item.append(link, source, actions);
  return item;
}

function copyButton(text, label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small';
  button.textContent = text;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}

function markdownLink({ label, id, url }) {
  const text = (label || id).replace(/([\\[\]])/g, '\\$1');
  return `[${text}](${url})`;
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    copied.textContent = chrome.i18n.getMessage('popupCopied');
  } catch {
    copied.textContent = chrome.i18n.getMessage('popupNotCopied');
  }
  copied.hidden = false;
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
  noticeOffer.hidden = !kept.button;
  if (!kept.button) return;
  noticeOffer.textContent = kept.button;
  noticeOffer.onclick = () => ask({ type: OPEN_OFFER, id: kept.id });
  // The offer is the one thing left to do: a key press or a screen reader reaches it first.
  noticeOffer.focus();
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

// "/" goes to the search box, as on most sites with one, however long the list above it.
function focusSearchOnSlash(event) {
  if (event.key !== '/' || event.target instanceof HTMLInputElement) return;
  event.preventDefault();
  words.focus();
}

function handleOptions(event) {
  event.preventDefault();
  chrome.runtime.openOptionsPage();
  window.close();
}
