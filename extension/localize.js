// Fills a page's text from _locales: an element's data-i18n names its message. The browser's own
// language decides; the page's lang follows it so fonts and screen readers do too.
export function localizePage(root = document) {
  root.documentElement.lang = chrome.i18n.getUILanguage();
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = chrome.i18n.getMessage(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-placeholder]')) {
    element.placeholder = chrome.i18n.getMessage(element.dataset.i18nPlaceholder);
  }
}
