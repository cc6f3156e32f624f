// Address-bar keyword `cp`: an id, a URL holding ids, or words for the site search.
import { planOmnibox } from './plan.js';
import { readSettings } from './settings.js';
import { openForDisposition } from './tabs.js';

// Mobile browsers have no address-bar keywords.
chrome.omnibox?.onInputStarted.addListener(describeKeyword);
chrome.omnibox?.onInputEntered.addListener(handleOmniboxEntry);

export function describeKeyword() {
  chrome.omnibox.setDefaultSuggestion({ description: keywordDescription() });
}

/**
 * Chrome highlights the typed text where the description says <match>%s</match>; Firefox supports
 * neither and would show that markup as it is, so it gets the same sentence without it.
 */
export function keywordDescription(extensionBaseUrl = chrome.runtime.getURL('')) {
  // Gecko serves an extension's files from moz-extension:, Chromium from chrome-extension:.
  const gecko = String(extensionBaseUrl).startsWith('moz-extension:');
  return gecko ? chrome.i18n.getMessage('omniboxDescriptionPlain') : chrome.i18n.getMessage('omniboxDescription');
}

export async function handleOmniboxEntry(text, disposition) {
  const { serviceUrl } = await readSettings(chrome.storage.sync);
  const plan = planOmnibox(text, serviceUrl);
  // Nothing typed: the site's front page is the useful answer, not an error.
  // The address bar opens one page: the first kind found (a rare mixed entry can use the menu instead).
  const url = plan.kind === 'none' ? new URL('/', serviceUrl).href : plan.kind === 'papers' ? plan.urls[0] : plan.url;
  await openForDisposition(url, disposition);
}
