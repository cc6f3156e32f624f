// Reading the tab the reader acted on: a paper's title, or what the page shows. Their click granted
// activeTab, so this needs no host permission; a page that cannot be scripted (the PDF viewer, the
// browser's own pages) gives nothing but the title the browser shows for its tab.
import { usableTabId } from './tabs.js';

/**
 * The paper's title as the page declares it for indexers (`citation_title`, which NeurIPS, ECCV
 * and the other proceedings sites set), else the document's title.
 */
export async function readPaperTitle(tab, frameId = 0) {
  return readTextInFrame(tab, frameId, declaredTitle);
}

/**
 * The paper's title from the page, else the title the browser shows for the tab: for a PDF, which no script
 * can read, that is the document's own title where the PDF declares one.
 */
export async function readTitle(tab, frameId) {
  return (await readPaperTitle(tab, frameId)) || documentTitle(tab);
}

/** The tab's title, unless it is only the file's name or address (a PDF without a declared title). */
export function documentTitle(tab) {
  const title = typeof tab?.title === 'string' ? tab.title.trim() : '';
  if (!title || /\.pdf$/i.test(title) || title === tab?.url) return '';
  try {
    const file = decodeURIComponent(new URL(tab.url).pathname.split('/').pop() ?? '');
    return title === file ? '' : title;
  } catch {
    return title;
  }
}

/** The text of the link to `link.url` in the frame the reader right-clicked; empty where it cannot be read. */
export async function readLinkText(tab, link) {
  return link?.url ? readTextInFrame(tab, link.frameId ?? 0, linkText, [link.url]) : '';
}

// What `func` returns in one frame of the tab, if it is text; empty where the frame cannot be scripted.
async function readTextInFrame(tab, frameId, func, args = []) {
  const tabId = usableTabId(tab);
  if (tabId === null || !chrome.scripting) return '';
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func, args });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}

/**
 * What the tab shows, for the popup and a click on the page: the selection, the page's text, its links
 * (address and text) and its declared title, each bounded. Empty where the page cannot be scripted.
 */
export async function readPageText(tab) {
  const empty = { selection: '', text: '', links: [], title: '' };
  const tabId = usableTabId(tab);
  if (tabId === null || !chrome.scripting) return empty;
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, func: pageText });
    const value = result?.result;
    return value && typeof value === 'object' ? { ...empty, ...value } : empty;
  } catch {
    return empty;
  }
}

// Runs in the page: self-contained, returns plain data. Bounds keep a huge page cheap to read.
function pageText() {
  const declared = document.querySelector('meta[name="citation_title" i]')?.getAttribute('content')?.trim();
  return {
    selection: String(getSelection()).slice(0, 200_000),
    text: (document.body?.innerText ?? '').slice(0, 200_000),
    links: [...document.links].slice(0, 2000).map((link) => ({ href: link.href, text: link.innerText.slice(0, 300) })),
    title: (declared || document.title || '').trim().slice(0, 300),
  };
}

// Runs in the page: self-contained, returns plain text.
function linkText(url) {
  const link = [...document.links].find((candidate) => candidate.href === url);
  return (link?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

// Runs in the page: self-contained, returns plain text.
function declaredTitle() {
  const meta = document.querySelector('meta[name="citation_title" i]');
  const declared = meta?.getAttribute('content')?.trim();
  return declared || document.title.trim();
}
