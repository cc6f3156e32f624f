// Opening pages in tabs: where the reader asked, next to the tab they acted on. Imported by every
// module that opens a page (notices, popup requests, menus), and importing none of them, so no
// module cycle forms (a service worker refuses the dynamic import() that would otherwise break one).

/** Opens `url` as the user's `openIn` setting asks, next to or in place of `tab`; returns the tab it used. */
export async function openUrl(url, tab, openIn) {
  const tabId = usableTabId(tab);
  if (openIn === 'currentTab' && tabId !== null) {
    return chrome.tabs.update(tabId, { url });
  }
  if (tabId === null) {
    // No tab to sit next to (omnibox, devtools, the PDF viewer's inner frame): the browser
    // places the new tab in the current window.
    return chrome.tabs.create({ url });
  }
  const properties = { url, openerTabId: tabId };
  if (Number.isInteger(tab.index)) properties.index = tab.index + 1;
  if (Number.isInteger(tab.windowId) && tab.windowId >= 0) properties.windowId = tab.windowId;
  try {
    return await chrome.tabs.create(properties);
  } catch {
    // A mobile browser may refuse placement it does not have (one window, no tab strip): the page
    // matters, where it sits does not.
    return chrome.tabs.create({ url });
  }
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

export function usableTabId(tab) {
  const id = tab?.id;
  return Number.isInteger(id) && id >= 0 ? id : null;
}
