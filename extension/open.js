// Carrying out a plan: opening the target, or telling the user there was nothing to open.
import { planCurrentTab } from './plan.js';
import { readSettings } from './settings.js';

const NO_ID_NOTIFICATION = 'no-paper-id';
const NOTIFICATION_ICON = 'extension/icons/icon-128.png';

/** Opens `url` as the user's `openIn` setting asks, next to or in place of `tab`. */
export async function openUrl(url, tab, openIn) {
  const tabId = usableTabId(tab);
  if (openIn === 'currentTab' && tabId !== null) {
    await chrome.tabs.update(tabId, { url });
    return;
  }
  if (tabId === null) {
    // No tab to sit next to (omnibox, devtools, the PDF viewer's inner frame): Chrome
    // places the new tab in the current window.
    await chrome.tabs.create({ url });
    return;
  }
  const properties = { url, openerTabId: tabId };
  if (Number.isInteger(tab.index)) properties.index = tab.index + 1;
  if (Number.isInteger(tab.windowId) && tab.windowId >= 0) properties.windowId = tab.windowId;
  await chrome.tabs.create(properties);
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

/** Runs a plan from plan.js against the tab the user acted on. */
export async function carryOut(plan, tab, openIn) {
  if (plan.kind === 'none') {
    notifyNoPaperId();
    return;
  }
  await openUrl(plan.url, tab, openIn);
}

/** Toolbar button and keyboard command share this: the paper of the tab in front. */
export async function openCurrentPaper(tab) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  await carryOut(planCurrentTab(tab, serviceUrl), tab, openIn);
}

export function notifyNoPaperId() {
  // A fixed id replaces the previous notice instead of stacking a new one per click.
  chrome.notifications.create(
    NO_ID_NOTIFICATION,
    {
      type: 'basic',
      iconUrl: chrome.runtime.getURL(NOTIFICATION_ICON),
      title: 'Cool Papers Redirector',
      message: 'No paper id found on this page',
    },
    () => void chrome.runtime.lastError,
  );
}

function usableTabId(tab) {
  const id = tab?.id;
  return Number.isInteger(id) && id >= 0 ? id : null;
}
