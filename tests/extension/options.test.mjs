// What the options page tells a reader, checked against what the rest of the project says.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const messages = (locale) => JSON.parse(read(`_locales/${locale}/messages.json`));

describe('the options page hint', () => {
  // A reader who follows the README starts the service on this address, then types the one the hint shows.
  test('gives the address the README starts the service on, in every language', () => {
    const [, readmeAddress] = read('README.md').match(/# the service on (http:\/\/localhost:\d+)/);
    for (const locale of ['en', 'zh_CN']) {
      const examples = messages(locale).optionsAddressHint.message.match(/http:\/\/localhost:\d+/g);
      assert.deepEqual(examples, [readmeAddress], locale);
    }
  });
});
