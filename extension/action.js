// Toolbar button and keyboard shortcut: open the paper shown in the current tab.
import { openCurrentPaper } from './open.js';

export const OPEN_CURRENT_COMMAND = 'open-current-paper';

chrome.action.onClicked.addListener(handleActionClick);
chrome.commands.onCommand.addListener(handleCommand);

export async function handleActionClick(tab) {
  await openCurrentPaper(tab);
}

// Chrome passes the active tab with the command; activeTab makes its URL readable.
export async function handleCommand(command, tab) {
  if (command !== OPEN_CURRENT_COMMAND) return;
  await openCurrentPaper(tab);
}
