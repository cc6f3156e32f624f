// Carrying out a plan: opening the target, or telling the user there was nothing to open.
import { offerDefaultSite } from './fallback.js';
import { buildVenueSearchUrl } from './ids.js';
import { planCurrentTab } from './plan.js';
import { isReachable, isSelfHosted } from './service-check.js';
import { readSettings } from './settings.js';

const NO_ID_NOTIFICATION = 'no-paper-id';
const NOTIFICATION_ICON = 'extension/icons/icon-128.png';

/** Opens `url` as the user's `openIn` setting asks, next to or in place of `tab`; returns the tab it used. */
export async function openUrl(url, tab, openIn) {
  const tabId = usableTabId(tab);
  if (openIn === 'currentTab' && tabId !== null) {
    return chrome.tabs.update(tabId, { url });
  }
  if (tabId === null) {
    // No tab to sit next to (omnibox, devtools, the PDF viewer's inner frame): Chrome
    // places the new tab in the current window.
    return chrome.tabs.create({ url });
  }
  const properties = { url, openerTabId: tabId };
  if (Number.isInteger(tab.index)) properties.index = tab.index + 1;
  if (Number.isInteger(tab.windowId) && tab.windowId >= 0) properties.windowId = tab.windowId;
  return chrome.tabs.create(properties);
}

/**
 * One tab per page, in order, each after the one before: arXiv and conference papers are on
 * separate pages. Only the first may replace the current tab (openIn = currentTab).
 */
export async function openPages(urls, tab, openIn) {
  let after = tab;
  for (const [index, url] of urls.entries()) {
    const opened = await openUrl(url, after, index === 0 ? openIn : 'newTab');
    if (opened) after = opened;
  }
}

/** The omnibox says where the user wants the result; that wins over the setting. */
export async function openForDisposition(url, disposition) {
  switch (disposition) {
    case 'newForegroundTab':
      await chrome.tabs.create({ url, active: true });
      break;
    case 'newBackgroundTab':
      await chrome.tabs.create({ url, active: false });
      break;
    default:
      await chrome.tabs.update({ url });
  }
}

/** Runs a plan from plan.js against the tab the user acted on. */
export async function carryOut(plan, tab, openIn, serviceUrl) {
  switch (plan.kind) {
    case 'none':
      notify(chrome.i18n.getMessage('noPaperId'));
      return;
    case 'notCollected':
      notify(chrome.i18n.getMessage('notCollected', [plan.publisher]));
      return;
    case 'venueLink':
      notify(chrome.i18n.getMessage('venueLink', [plan.venue]));
      return;
    case 'title': {
      const url = buildVenueSearchUrl(serviceUrl, await readPaperTitle(tab, plan.frameId));
      if (url) await openChecked([url], tab, openIn, serviceUrl);
      else notify(chrome.i18n.getMessage('titleUnreadable', [plan.venue]));
      return;
    }
    case 'papers':
      await openFound(plan.urls, plan.ids.length, plan.leftOut, tab, openIn, serviceUrl);
      return;
    default:
      await openChecked([plan.url], tab, openIn, serviceUrl);
  }
}

/**
 * Opens the pages, unless they are on a self-hosted address that does not answer: then the reader
 * is told which address, and offered papers.cool instead, rather than left on the browser's error
 * page. Not automatically: the address was chosen on purpose (a mirror, or privacy), and a reader's
 * ids should not go elsewhere without their say. Returns whether anything was opened.
 */
async function openChecked(urls, tab, openIn, serviceUrl) {
  if (serviceUrl && isSelfHosted(serviceUrl)) {
    if (!(await isReachable(serviceUrl))) {
      await offerDefaultSite(urls, serviceUrl, tab, openIn);
      return false;
    }
  }
  await openPages(urls, tab, openIn);
  return true;
}

/** The pages for the ids found, and a notice when a page could not hold them all. */
export async function openFound(urls, idCount, leftOut, tab, openIn, serviceUrl) {
  if (!(await openChecked(urls, tab, openIn, serviceUrl))) return;
  if (leftOut > 0) notify(chrome.i18n.getMessage('idsLeftOut', [String(idCount), String(leftOut)]));
}

/** Toolbar button and keyboard command share this: the paper of the tab in front. */
export async function openCurrentPaper(tab) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  await carryOut(planCurrentTab(tab, serviceUrl), tab, openIn, serviceUrl);
}

/**
 * The paper's title as the page declares it for indexers (`citation_title`, which NeurIPS, ECCV
 * and the other proceedings sites set), else the document's title. The user's click granted
 * activeTab, so this needs no host permission; a page that cannot be scripted (the PDF viewer,
 * the browser's own pages) has no title to give.
 */
export async function readPaperTitle(tab, frameId = 0) {
  const tabId = usableTabId(tab);
  if (tabId === null || !chrome.scripting) return '';
  try {
    const [result] = await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: declaredTitle });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}

/**
 * What the tab shows, for the popup: the selection, the page's text and its links' addresses,
 * each bounded. Empty where the page cannot be scripted (the browser's own pages, the PDF viewer).
 */
export async function readPageText(tab) {
  const empty = { selection: '', text: '', links: [] };
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
  return {
    selection: String(getSelection()).slice(0, 200_000),
    text: (document.body?.innerText ?? '').slice(0, 200_000),
    links: [...document.links].slice(0, 2000).map((link) => link.href),
  };
}

// Runs in the page: self-contained, returns plain text.
function declaredTitle() {
  const meta = document.querySelector('meta[name="citation_title" i]');
  const declared = meta?.getAttribute('content')?.trim();
  return declared || document.title.trim();
}

export function notify(message) {
  // A fixed id replaces the previous notice instead of stacking a new one per click.
  chrome.notifications.create(
    NO_ID_NOTIFICATION,
    {
      type: 'basic',
      iconUrl: chrome.runtime.getURL(NOTIFICATION_ICON),
      title: chrome.i18n.getMessage('extName'),
      message,
    },
    () => void chrome.runtime.lastError,
  );
}

function usableTabId(tab) {
  const id = tab?.id;
  return Number.isInteger(id) && id >= 0 ? id : null;
}
