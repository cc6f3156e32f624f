// Deciding where a click, key or omnibox entry should go. Pure, so every branch is unit-tested.
import { buildSearchUrl, buildTargetUrl, extractIds } from './ids.js';

/**
 * The first source that holds any id decides; its ids all go. Without ids anywhere, the
 * search words (if any) go to the site search. Only ids or words leave the browser, never
 * the page URL itself.
 *
 * @param {{ sources?: unknown[], searchText?: unknown }} input sources in priority order
 * @param {string} serviceUrl a validated origin
 * @returns {{ kind: 'papers', ids: string[], url: string }
 *         | { kind: 'search', url: string }
 *         | { kind: 'none' }}
 */
export function planOpen({ sources = [], searchText = '' } = {}, serviceUrl) {
  for (const source of Array.isArray(sources) ? sources : []) {
    const ids = extractIds(source);
    const url = ids.length > 0 ? buildTargetUrl(serviceUrl, ids) : null;
    if (url) return { kind: 'papers', ids, url };
  }
  const searchUrl = buildSearchUrl(serviceUrl, searchText);
  if (searchUrl) return { kind: 'search', url: searchUrl };
  return { kind: 'none' };
}

/** Context-menu click: selection, then link, then page, then frame. */
export function planMenuClick(info, tab, serviceUrl) {
  const { selectionText, linkUrl, pageUrl, frameUrl } = info ?? {};
  return planOpen(
    { sources: [selectionText, linkUrl, pageUrl ?? tab?.url, frameUrl], searchText: selectionText },
    serviceUrl,
  );
}

/** Toolbar button or keyboard command: the current tab's own address only. */
export function planCurrentTab(tab, serviceUrl) {
  return planOpen({ sources: [tab?.url] }, serviceUrl);
}

/** Omnibox `cp …`: an id, a URL holding ids, or words for the site search. */
export function planOmnibox(text, serviceUrl) {
  return planOpen({ sources: [text], searchText: text }, serviceUrl);
}
