// Which PDF viewer the browser shows PDFs in decides whether the PDF needs a menu item of its own.
//
// Chrome's viewer is an extension frame of its own: it shows an extension's items only from context
// "all" limited to PDF documents, never the "page" item. Firefox shows a PDF with pdf.js as an
// ordinary page at the PDF's own address, so the "page" item already appears there and is given that
// address; a second item would make Firefox fold both into a submenu with two identical entries.

/** True where the PDF viewer hides "page" items (Chrome, Edge and other Chromium browsers). */
export function pdfViewerNeedsOwnItem(extensionBaseUrl = chrome.runtime.getURL('')) {
  // Gecko serves an extension's files from moz-extension:, Chromium from chrome-extension:.
  return !String(extensionBaseUrl).startsWith('moz-extension:');
}
