// Context-menu entries: "Open in Cool Papers" for a page or a link, "Look up “…” in Cool Papers" for
// a selection (which opens the papers it names, or searches for its words: the title fits both, so
// the menu never says "open" for what becomes a search), and one that Chrome's PDF viewer will show.
import { carryOut } from './carry-out.js';
import { pdfViewerNeedsOwnItem } from './pdf-viewer.js';
import { planMenuClick } from './plan.js';
import { readSettings } from './settings.js';
import { VENUES } from './venues.js';

export const MENU_ID = 'open-in-cool-papers';
export const PDF_MENU_ID = 'open-in-cool-papers-pdf';
export const SELECTION_MENU_ID = 'look-up-in-cool-papers';
const MENU_IDS = [MENU_ID, PDF_MENU_ID, SELECTION_MENU_ID];

// The title (message "menuOpen") marks its access key with "&". "O" is used because Chrome's
// own page, link and selection entries already claim C (Copy, Cast) and P (Print); a shared key
// only cycles focus. The Chinese title keeps O, written the Chinese way: "(&O)".
export const MENU_TITLE_MESSAGE = 'menuOpen';

// "%s" is the selection, as in the browser's own "Search … for “%s”"; the access key is L (Look up),
// which no built-in selection item claims.
export const SELECTION_TITLE_MESSAGE = 'menuLookUp';

// The PDF viewer's own items claim O (Rotate c&ounterclockwise), so its item takes E, which none of them
// claims, and a single key press opens the paper.
export const PDF_TITLE_MESSAGE = 'menuOpenPdf';

// Chrome's PDF viewer shows extension items only from context "all" limited to PDF documents;
// "page" items never appear there. Firefox's does show them (see pdf-viewer.js). The sites whose PDF
// addresses do not end in .pdf are in grammar/venues.json (pdfPages).
export const PDF_URL_PATTERNS = [
  ...VENUES.arxiv.pdfPages,
  ...VENUES.sources.flatMap((source) => source.pdfPages ?? []),
  '*://*/*.pdf',
  'file:///*.pdf',
];

// Menus persist across worker restarts; creating them on every start raises duplicate-id
// errors, so they are made once per install or update, from a clean slate. A browser without
// context menus (Firefox for Android, Safari on iOS) gets none, and the rest of the worker still loads.
if (chrome.contextMenus) {
  chrome.runtime.onInstalled.addListener(createMenus);
  chrome.contextMenus.onClicked.addListener(handleMenuClick);
}

export function createMenus() {
  chrome.contextMenus.removeAll(() => {
    void chrome.runtime.lastError;
    chrome.contextMenus.create(
      { id: MENU_ID, title: chrome.i18n.getMessage(MENU_TITLE_MESSAGE), contexts: ['page', 'link'] },
      reportCreateError,
    );
    chrome.contextMenus.create(
      { id: SELECTION_MENU_ID, title: chrome.i18n.getMessage(SELECTION_TITLE_MESSAGE), contexts: ['selection'] },
      reportCreateError,
    );
    if (!pdfViewerNeedsOwnItem()) return;
    chrome.contextMenus.create(
      {
        id: PDF_MENU_ID,
        title: chrome.i18n.getMessage(PDF_TITLE_MESSAGE),
        contexts: ['all'],
        documentUrlPatterns: PDF_URL_PATTERNS,
      },
      reportCreateError,
    );
  });
}

export async function handleMenuClick(info, tab) {
  if (!MENU_IDS.includes(info?.menuItemId)) return;
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  // The PDF's item is for the PDF: text selected in it has its own item, and is not this one's business.
  const click = info.menuItemId === PDF_MENU_ID ? { ...info, selectionText: undefined } : info;
  await carryOut(planMenuClick(click, tab, serviceUrl), tab, openIn, serviceUrl);
}

function reportCreateError() {
  const error = chrome.runtime.lastError;
  if (error) console.warn('Context menu not created:', error.message);
}
