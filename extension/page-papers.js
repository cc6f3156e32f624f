// The papers a page names, as the popup lists them and the toolbar badge counts them: its address first, then
// the selected text, the page's text and its links; each paper once, with what a reader recognises it by (the
// title the page declares for its own paper, a link's text), where the page gives it.
import { extractIds } from './ids.js';

const MAX_LABEL = 160;

/**
 * @param {{ address?: string, selection?: string, text?: string, links?: { href: string, text?: string }[], title?: string }} page
 * @returns {{ id: string, where: string, label: string }[]} `where` names the message that says where it was found
 */
export function papersOnPage({ address = '', selection = '', text = '', links = [], title = '' } = {}) {
  const found = new Map();
  const add = (source, where, label = '') => {
    for (const id of extractIds(source)) {
      const known = found.get(id);
      if (!known) found.set(id, { id, where, label });
      // Named in the text first and linked later: the link's text names it.
      else if (!known.label && label) known.label = label;
    }
  };
  add(address, 'popupFromAddress', readable(title));
  add(selection, 'popupFromSelection');
  add(text, 'popupFromPage');
  for (const link of Array.isArray(links) ? links : []) {
    if (typeof link?.href === 'string') add(link.href, 'popupFromLinks', readable(link.text));
  }
  return [...found.values()];
}

// A label says more than the id: not an address, not an id, not a word such as "pdf" or "[1]".
function readable(text) {
  const label = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  if (label.length < 8 || /^[a-z]+:\/\//i.test(label) || extractIds(label).length > 0) return '';
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}
