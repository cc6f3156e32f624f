// The toolbar button's badge: how many papers the tab in front holds, where that is known without
// reading more than the extension already does (its quick-link pages report their count; the
// popup sets it for any tab it is opened on).
chrome.runtime.onMessage.addListener(handlePageReport);
// Chrome keeps a tab's badge across navigations (Firefox clears it): a new page starts without one.
chrome.tabs.onUpdated?.addListener(handleTabUpdate);

export function handleTabUpdate(tabId, change) {
  if (change?.status === 'loading' && Number.isInteger(tabId)) setBadge(tabId, 0);
}

export function handlePageReport(message, sender) {
  const tabId = sender?.tab?.id;
  if (message?.type !== 'paper-count' || !Number.isInteger(tabId) || !Number.isInteger(message.count)) return;
  setBadge(tabId, message.count);
}

/** The count on the button for one tab; nothing where the browser's button has no badge (phones). */
export async function setBadge(tabId, count) {
  if (typeof chrome.action?.setBadgeText !== 'function') return;
  await chrome.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
