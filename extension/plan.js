// Deciding where a click, key or omnibox entry should go. Pure, so every branch is unit-tested.
import { buildSearchUrl, buildTargetUrls, extractIds, searchWords } from './ids.js';
import { classifySite } from './sites.js';

/**
 * The first source that holds any id decides; its ids all go. Without ids anywhere, the
 * search words (if any) go to the site search. Only ids or words leave the browser, never
 * the page URL itself.
 *
 * Without ids or words: a link to a venue the site lists, whose paper the address does not name,
 * searches for the link's text ('venueLink'); an open page of such a venue has its title searched
 * ('title'); a publisher the site never collects is said so, with its title searched among arXiv's
 * preprints ('notCollected'). `documents` are the addresses whose page is open (its title can be
 * read), with the frame that shows each; `links` are only addresses, with the text they show.
 * A click on the page itself, when the address names nothing, reads the page ('page').
 *
 * @param {{ sources?: unknown[], searchText?: unknown, links?: { url: unknown, text?: unknown, frameId?: number }[], documents?: { url: unknown, frameId?: number }[], readsPage?: boolean }} input
 * @param {string} serviceUrl a validated origin
 * @returns {{ kind: 'papers', ids: string[], urls: string[], leftOut: number }
 *         | { kind: 'search', url: string }
 *         | { kind: 'title', venue: string, frameId: number }
 *         | { kind: 'venueLink', venue: string, title: string, link: { url: string, frameId: number } }
 *         | { kind: 'notCollected', publisher: string, title: string, frameId: number | null, link?: { url: string, frameId: number } }
 *         | { kind: 'page' }
 *         | { kind: 'none' }}
 */
export function planOpen({ sources = [], searchText = '', links = [], documents = [], readsPage = false } = {}, serviceUrl) {
  for (const source of Array.isArray(sources) ? sources : []) {
    const ids = extractIds(source);
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    if (urls.length > 0) return { kind: 'papers', ids, urls, leftOut };
  }
  const searchUrl = buildSearchUrl(serviceUrl, searchText);
  if (searchUrl) return { kind: 'search', url: searchUrl };
  for (const { url, text, frameId = 0 } of Array.isArray(links) ? links : []) {
    const site = classifySite(url);
    const title = searchWords(text);
    // Chrome does not say what a link's text is (Firefox does): then it is read from the page, at that address.
    const link = { url: String(url), frameId };
    if (site.kind === 'listed') return { kind: 'venueLink', venue: site.name, title, link };
    if (site.kind === 'notCollected') return { kind: 'notCollected', publisher: site.name, title, frameId: null, link };
  }
  for (const { url, frameId = 0 } of Array.isArray(documents) ? documents : []) {
    const site = classifySite(url);
    if (site.kind === 'listed') return { kind: 'title', venue: site.name, frameId };
    if (site.kind === 'notCollected') return { kind: 'notCollected', publisher: site.name, title: '', frameId };
  }
  return readsPage ? { kind: 'page' } : { kind: 'none' };
}

/**
 * Context-menu click: selection, then link, then page, then frame. A click on the page itself (no
 * selection, no link) whose address names no paper reads what the page names.
 */
export function planMenuClick(info, tab, serviceUrl) {
  const { selectionText, linkUrl, linkText, pageUrl, frameUrl, frameId } = info ?? {};
  const page = pageUrl ?? tab?.url;
  return planOpen(
    {
      sources: [selectionText, linkUrl, page, frameUrl],
      searchText: selectionText,
      links: linkUrl ? [{ url: linkUrl, text: linkText, frameId: Number.isInteger(frameId) ? frameId : 0 }] : [],
      documents: [{ url: page, frameId: 0 }, { url: frameUrl, frameId: Number.isInteger(frameId) ? frameId : 0 }],
      readsPage: !selectionText && !linkUrl,
    },
    serviceUrl,
  );
}

/** Keyboard command: the current tab's own address, else what the page names. */
export function planCurrentTab(tab, serviceUrl) {
  return planOpen({ sources: [tab?.url], documents: [{ url: tab?.url, frameId: 0 }], readsPage: true }, serviceUrl);
}

/** Omnibox `cp …`: an id, a URL holding ids, or words for the site search. */
export function planOmnibox(text, serviceUrl) {
  return planOpen({ sources: [text], searchText: text }, serviceUrl);
}
