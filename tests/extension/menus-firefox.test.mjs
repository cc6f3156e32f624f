// The menus as Firefox gets them: pdf.js shows PDFs as ordinary pages, so the page item serves PDFs
// too. Its own process (node --test runs each file apart), so the
// extension sees a moz-extension: base address from its first line on.
import { before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { installFakeChrome } from './fake-chrome.mjs';
import { pdfViewerNeedsOwnItem } from '../../extension/pdf-viewer.js';

const fake = installFakeChrome();
const { chrome } = fake;
chrome.runtime.getURL = (path) => `moz-extension://0d5c6a43-2f7e-4b1a-9a53-3c9e8b7f1e20/${path}`;

before(async () => {
  await import('../../extension/background.js');
});

beforeEach(() => fake.reset());

describe('which PDF viewer needs its own item', () => {
  test('Chromium browsers do, Firefox does not', () => {
    assert.equal(pdfViewerNeedsOwnItem('chrome-extension://abcdefghijklmnopabcdefghijklmnop/'), true);
    assert.equal(pdfViewerNeedsOwnItem('moz-extension://0d5c6a43-2f7e-4b1a-9a53-3c9e8b7f1e20/'), false);
  });
});

describe('menus in Firefox', () => {
  test('the page item serves PDFs too: no PDF item that would fold both into a submenu', async () => {
    await chrome.runtime.onInstalled.dispatch({ reason: 'install' });
    assert.deepEqual(fake.calls, [
      ['contextMenus.removeAll'],
      ['contextMenus.create', { id: 'open-in-cool-papers', title: '&Open in Cool Papers', contexts: ['page', 'link'] }],
      ['contextMenus.create', { id: 'look-up-in-cool-papers', title: '&Look up “%s” in Cool Papers', contexts: ['selection'] }],
    ]);
  });

  test('a right-click in pdf.js gives the page item the PDF address, which opens its paper', async () => {
    await chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'open-in-cool-papers', pageUrl: 'https://arxiv.org/pdf/2401.12345v2' },
      { id: 7, index: 2, windowId: 3, url: 'https://arxiv.org/pdf/2401.12345v2' },
    );
    assert.deepEqual(fake.effects(), [
      ['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345', openerTabId: 7, index: 3, windowId: 3 }],
    ]);
  });
});
