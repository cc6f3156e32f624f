// A sign of life while a click waits on something slow (the reader's own service being asked whether it answers,
// for up to 2.5 s): after a moment a reader would notice, the toolbar button shows that work is under way.
const NOTICEABLE_MS = 250;
const WORKING = '…';

/** Resolves as `work` does; from NOTICEABLE_MS on, until then, the tab's badge says the extension is working. */
export async function showProgress(tab, work) {
  const badge = chrome.action;
  if (typeof badge?.setBadgeText !== 'function' || typeof badge.getBadgeText !== 'function') return work;
  const tabId = Number.isInteger(tab?.id) && tab.id >= 0 ? tab.id : undefined;
  let shown = null;
  const timer = setTimeout(() => {
    shown = (async () => {
      const before = await badge.getBadgeText(tabId === undefined ? {} : { tabId });
      await badge.setBadgeText({ tabId, text: WORKING });
      return before;
    })().catch(() => null);
  }, NOTICEABLE_MS);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
    // The count the button showed before comes back once the wait is over.
    const before = shown ? await shown : null;
    if (before !== null) await badge.setBadgeText({ tabId, text: before === WORKING ? '' : before }).catch(() => {});
  }
}
