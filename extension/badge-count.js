// The count of papers on the toolbar button for one tab. Nothing where the button has no badge (a phone's
// extension menu), and nothing if the tab has closed meanwhile: the count is only a convenience.
export async function showPaperCount(tabId, count) {
  if (!Number.isInteger(tabId) || typeof chrome.action?.setBadgeText !== 'function') return;
  await chrome.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
}
