import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { installFakeChrome } from './fake-chrome.mjs';

const { chrome } = installFakeChrome();

const {
  DEFAULT_OPEN_IN,
  DEFAULT_SERVICE_URL,
  SERVICE_URL_FAILURES,
  readSettings,
  validateOpenIn,
  validateServiceUrl,
} = await import('../../extension/settings.js');

// Accepted addresses and the origin that gets stored.
const ACCEPTED = [
  ['https://papers.cool', 'https://papers.cool'],
  ['https://papers.cool/', 'https://papers.cool'], // a trailing slash is harmless
  ['  https://papers.cool  ', 'https://papers.cool'], // pasted with spaces
  ['HTTPS://Papers.COOL', 'https://papers.cool'],
  ['http://localhost:8080', 'http://localhost:8080'],
  ['papers.cool', 'https://papers.cool'], // no scheme: https is meant
  ['papers.cool/', 'https://papers.cool'],
  ['localhost:5080', 'http://localhost:5080'], // a service on this machine speaks plain http
  ['127.0.0.1:5080', 'http://127.0.0.1:5080'],
  ['192.168.1.5:8080', 'http://192.168.1.5:8080'], // a private network: plain http
  ['nas:5080', 'http://nas:5080'], // a one-word host name: a machine on the reader's network
  ['http://127.0.0.1:5000/', 'http://127.0.0.1:5000'],
  ['https://papers.cool:443', 'https://papers.cool'], // default port dropped
  ['http://[::1]:8080', 'http://[::1]:8080'],
];

// Rejected addresses with the named failure each must give.
const REJECTED = [
  ['', 'Empty'],
  ['   ', 'Empty'],
  [undefined, 'Empty'],
  ['pa pers.cool', 'Malformed'], // no scheme, and no host either
  ['https://', 'Malformed'],
  ['https://pa pers.cool', 'Malformed'],
  ['ftp://papers.cool', 'UnsupportedScheme'],
  ['javascript:alert(1)', 'UnsupportedScheme'],
  ['file:///home/me', 'UnsupportedScheme'],
  ['chrome-extension://abc/', 'UnsupportedScheme'],
  ['https://user:pass@papers.cool', 'HasCredentials'],
  ['https://user@papers.cool', 'HasCredentials'],
  ['https://@papers.cool', 'HasCredentials'], // empty user name, invisible to the URL object
  ['https://papers.cool/arxiv', 'HasPath'],
  ['https://papers.cool//', 'HasPath'],
  ['https://papers.cool/?x=1', 'HasQuery'],
  ['https://papers.cool?', 'HasQuery'], // an empty query the URL object forgets
  ['https://papers.cool/#top', 'HasFragment'],
  ['https://papers.cool#', 'HasFragment'],
  // Without a scheme the rest is still named for what it is, not taken for a scheme of its own.
  ['localhost:5080/arxiv', 'HasPath'],
  ['papers.cool/arxiv/2401.12345', 'HasPath'],
  ['papers.cool?x=1', 'HasQuery'],
  ['localhost:5080#top', 'HasFragment'],
];

describe('validateServiceUrl: accepted', () => {
  for (const [input, origin] of ACCEPTED) {
    test(JSON.stringify(input), () => {
      assert.deepEqual(validateServiceUrl(input), { ok: true, value: origin });
    });
  }
});

describe('validateServiceUrl: rejected', () => {
  for (const [input, failure] of REJECTED) {
    test(`${JSON.stringify(input)} is ${failure}`, () => {
      const result = validateServiceUrl(input);
      assert.equal(result.ok, false);
      assert.equal(result.failure, failure);
      assert.equal(result.message, chrome.i18n.getMessage(SERVICE_URL_FAILURES[failure]));
      assert.ok(result.message.length > 10);
    });
  }
});

describe('validateOpenIn', () => {
  test('the two choices', () => {
    assert.deepEqual(validateOpenIn('newTab'), { ok: true, value: 'newTab' });
    assert.deepEqual(validateOpenIn('currentTab'), { ok: true, value: 'currentTab' });
  });
  test('anything else', () => {
    for (const value of ['newWindow', '', undefined, 'NEWTAB']) {
      assert.equal(validateOpenIn(value).ok, false);
    }
  });
});

describe('readSettings', () => {
  const storage = (data, fail = false) => ({
    async get(keys) {
      if (fail) throw new Error('storage unavailable');
      return Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));
    },
  });

  test('defaults when nothing is stored', async () => {
    assert.equal(DEFAULT_SERVICE_URL, 'https://papers.cool');
    assert.equal(DEFAULT_OPEN_IN, 'newTab');
    assert.deepEqual(await readSettings(storage({})), { serviceUrl: 'https://papers.cool', openIn: 'newTab' });
  });

  test('stored values', async () => {
    assert.deepEqual(await readSettings(storage({ serviceUrl: 'http://localhost:8080', openIn: 'currentTab' })), {
      serviceUrl: 'http://localhost:8080',
      openIn: 'currentTab',
    });
  });

  test('invalid stored values fall back to the defaults', async () => {
    assert.deepEqual(await readSettings(storage({ serviceUrl: 'javascript:alert(1)', openIn: 'sideways' })), {
      serviceUrl: 'https://papers.cool',
      openIn: 'newTab',
    });
  });

  test('a failing storage area still gives usable settings', async () => {
    assert.deepEqual(await readSettings(storage({}, true)), { serviceUrl: 'https://papers.cool', openIn: 'newTab' });
  });
});
