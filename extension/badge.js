// The toolbar button's badge: how many papers the tab in front holds, where that is known without
// reading more than the extension already does (its quick-link pages report their count; the
// popup sets it for any tab it is opened on).
chrome.runtime.onMessage.addListener(handlePageReport);

export function handlePageReport(message, sender) {
  const tabId = sender?.tab?.id;
  if (message?.type !== 'paper-count' || !Number.isInteger(tabId) || !Number.isInteger(message.count)) return;
  chrome.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
}
