// The toolbar button's badge: how many papers the tab in front holds, where that is known without
// reading more than the extension already does (its quick-link pages report their count; the
// popup sets it for any tab it is opened on).
import { showPaperCount } from './badge-count.js';

chrome.runtime.onMessage.addListener(handlePageReport);
// Chrome keeps a tab's badge across navigations (Firefox clears it): a new page starts without one.
chrome.tabs.onUpdated?.addListener(handleTabUpdate);

export function handleTabUpdate(tabId, change) {
  if (change?.status === 'loading') showPaperCount(tabId, 0);
}

export function handlePageReport(message, sender) {
  const tabId = sender?.tab?.id;
  if (message?.type !== 'paper-count' || !Number.isInteger(message.count)) return;
  showPaperCount(tabId, message.count);
}
