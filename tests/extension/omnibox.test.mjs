// What the address bar shows under `cp …`: Chrome highlights the typed words through <match>%s</match>;
// Firefox supports neither the markup nor %s and would show both as they are.
import { afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { installFakeChrome } from './fake-chrome.mjs';

const fake = installFakeChrome();
const { chrome } = fake;
const chromeBase = chrome.runtime.getURL;
const messages = (locale) => JSON.parse(readFileSync(new URL(`../../_locales/${locale}/messages.json`, import.meta.url), 'utf8'));

before(async () => {
  await import('../../extension/omnibox.js');
});

afterEach(() => {
  chrome.runtime.getURL = chromeBase;
  fake.reset();
});

async function suggestionShown() {
  await chrome.omnibox.onInputStarted.dispatch();
  const [[name, suggestion]] = fake.calls;
  assert.equal(name, 'omnibox.setDefaultSuggestion');
  return suggestion.description;
}

describe('the address-bar suggestion', () => {
  test('Chrome gets the typed words highlighted', async () => {
    assert.equal(await suggestionShown(), 'Open <match>%s</match> in Cool Papers (a paper id, a link, or search words)');
  });

  test('Firefox gets a sentence with no markup and no %s', async () => {
    chrome.runtime.getURL = (path) => `moz-extension://0d5c6a43-2f7e-4b1a-9a53-3c9e8b7f1e20/${path}`;

    const description = await suggestionShown();

    assert.equal(description, 'Open in Cool Papers: a paper id, a link, or search words');
  });

  test('the plain sentence has no markup in any language', () => {
    for (const locale of ['en', 'zh_CN']) {
      const plain = messages(locale).omniboxDescriptionPlain.message;
      assert.doesNotMatch(plain, /[<>]|%s/, locale);
    }
  });
});
