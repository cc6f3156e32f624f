// Keyboard shortcut: open the paper shown in the current tab at once. (The toolbar button opens
// the popup, which lists the tab's papers; see popup.js.)
import { carryOut } from './carry-out.js';
import { planCurrentTab } from './plan.js';
import { readSettings } from './settings.js';

export const OPEN_CURRENT_COMMAND = 'open-current-paper';

// Phones have no keyboard shortcuts, and their browsers no commands API.
chrome.commands?.onCommand.addListener(handleCommand);

// Chrome passes the active tab with the command; activeTab makes its URL readable.
export async function handleCommand(command, tab) {
  if (command !== OPEN_CURRENT_COMMAND) return;
  await openCurrentPaper(tab);
}

/** The keyboard command: the paper of the tab in front, or what that page names. */
async function openCurrentPaper(tab) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  await carryOut(planCurrentTab(tab, serviceUrl), tab, openIn, serviceUrl);
}
