// Deciding where a click, key or omnibox entry should go. Pure, so every branch is unit-tested.
import { buildSearchUrl, buildTargetUrls, extractIds } from './ids.js';
import { classifySite } from './sites.js';

/**
 * The first source that holds any id decides; its ids all go. Without ids anywhere, the
 * search words (if any) go to the site search. Only ids or words leave the browser, never
 * the page URL itself.
 *
 * @param {{ sources?: unknown[], searchText?: unknown }} input sources in priority order
 * @param {string} serviceUrl a validated origin
 * Without ids or words, an address of a venue the site lists but whose paper the address
 * does not name asks for the page's title to be searched ('title'), and a publisher the site
 * never collects is said so ('notCollected'). `documents` are the addresses whose page is open
 * (its title can be read), with the frame that shows each; `links` are only addresses.
 *
 * @param {{ sources?: unknown[], searchText?: unknown, links?: unknown[], documents?: { url: unknown, frameId?: number }[] }} input
 * @param {string} serviceUrl a validated origin
 * @returns {{ kind: 'papers', ids: string[], urls: string[], leftOut: number }
 *         | { kind: 'search', url: string }
 *         | { kind: 'title', venue: string, frameId: number }
 *         | { kind: 'venueLink', venue: string }
 *         | { kind: 'notCollected', publisher: string }
 *         | { kind: 'none' }}
 */
export function planOpen({ sources = [], searchText = '', links = [], documents = [] } = {}, serviceUrl) {
  for (const source of Array.isArray(sources) ? sources : []) {
    const ids = extractIds(source);
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    if (urls.length > 0) return { kind: 'papers', ids, urls, leftOut };
  }
  const searchUrl = buildSearchUrl(serviceUrl, searchText);
  if (searchUrl) return { kind: 'search', url: searchUrl };
  for (const link of Array.isArray(links) ? links : []) {
    const site = classifySite(link);
    if (site.kind === 'listed') return { kind: 'venueLink', venue: site.name };
    if (site.kind === 'notCollected') return { kind: 'notCollected', publisher: site.name };
  }
  for (const { url, frameId = 0 } of Array.isArray(documents) ? documents : []) {
    const site = classifySite(url);
    if (site.kind === 'listed') return { kind: 'title', venue: site.name, frameId };
    if (site.kind === 'notCollected') return { kind: 'notCollected', publisher: site.name };
  }
  return { kind: 'none' };
}

/** Context-menu click: selection, then link, then page, then frame. */
export function planMenuClick(info, tab, serviceUrl) {
  const { selectionText, linkUrl, pageUrl, frameUrl, frameId } = info ?? {};
  const page = pageUrl ?? tab?.url;
  return planOpen(
    {
      sources: [selectionText, linkUrl, page, frameUrl],
      searchText: selectionText,
      links: [linkUrl],
      documents: [{ url: page, frameId: 0 }, { url: frameUrl, frameId: Number.isInteger(frameId) ? frameId : 0 }],
    },
    serviceUrl,
  );
}

/** Toolbar button or keyboard command: the current tab's own address only. */
export function planCurrentTab(tab, serviceUrl) {
  return planOpen({ sources: [tab?.url], documents: [{ url: tab?.url, frameId: 0 }] }, serviceUrl);
}

/** Omnibox `cp …`: an id, a URL holding ids, or words for the site search. */
export function planOmnibox(text, serviceUrl) {
  return planOpen({ sources: [text], searchText: text }, serviceUrl);
}
