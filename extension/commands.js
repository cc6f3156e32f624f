// Keyboard shortcut: open the paper shown in the current tab at once. (The toolbar button opens
// the popup, which lists the tab's papers; see popup.js.)
import { openCurrentPaper } from './open.js';

export const OPEN_CURRENT_COMMAND = 'open-current-paper';

// Phones have no keyboard shortcuts, and their browsers no commands API.
chrome.commands?.onCommand.addListener(handleCommand);

// Chrome passes the active tab with the command; activeTab makes its URL readable.
export async function handleCommand(command, tab) {
  if (command !== OPEN_CURRENT_COMMAND) return;
  await openCurrentPaper(tab);
}
