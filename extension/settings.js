// User settings: their defaults, their validation, and reading them back.
// Pure apart from the storage area passed in, so unit tests and content scripts share it.

export const DEFAULT_SERVICE_URL = 'https://papers.cool';
export const OPEN_IN_VALUES = Object.freeze(['newTab', 'currentTab']);
export const DEFAULT_OPEN_IN = 'newTab';

// Every failure has a name for code and tests, and one sentence for people in each language,
// kept in _locales under the message named here.
export const SERVICE_URL_FAILURES = Object.freeze({
  Empty: 'serviceUrlEmpty',
  Malformed: 'serviceUrlMalformed',
  UnsupportedScheme: 'serviceUrlUnsupportedScheme',
  HasCredentials: 'serviceUrlHasCredentials',
  HasPath: 'serviceUrlHasPath',
  HasQuery: 'serviceUrlHasQuery',
  HasFragment: 'serviceUrlHasFragment',
});

/**
 * Checks a service address typed by the user. Only an http(s) origin is accepted: ids are
 * appended to it as /arxiv/… and /venue/…, so a path, query or fragment would be lost or
 * would change the meaning. A single trailing slash is harmless and dropped.
 * Returns { ok: true, value } with the normalised origin, or { ok: false, failure, message }.
 */
export function validateServiceUrl(input) {
  const text = withScheme(typeof input === 'string' ? input.trim() : '');
  if (text === '') return failure('Empty');

  let url;
  try {
    url = new URL(text);
  } catch {
    return failure('Malformed');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return failure('UnsupportedScheme');
  if (!url.hostname) return failure('Malformed');
  if (url.username || url.password || hasUserInfo(text)) return failure('HasCredentials');
  // The URL parser forgets an empty "?" or "#", so the raw text is checked as well.
  if (url.search || text.includes('?')) return failure('HasQuery');
  if (url.hash || text.includes('#')) return failure('HasFragment');
  if (url.pathname !== '/') return failure('HasPath');

  return { ok: true, value: url.origin };
}

export function validateOpenIn(value) {
  return OPEN_IN_VALUES.includes(value)
    ? { ok: true, value }
    : { ok: false, failure: 'UnknownOpenIn', message: chrome.i18n.getMessage('openInUnknown') };
}

/**
 * Reads the settings with their defaults. A stored value that no longer validates (edited
 * by hand, or written by an older version) falls back to the default instead of breaking
 * every click.
 */
export async function readSettings(storageArea) {
  let stored = {};
  try {
    stored = (await storageArea.get(['serviceUrl', 'openIn'])) ?? {};
  } catch {
    stored = {};
  }
  const { serviceUrl = DEFAULT_SERVICE_URL, openIn = DEFAULT_OPEN_IN } = stored;
  const checkedUrl = validateServiceUrl(serviceUrl);
  return {
    serviceUrl: checkedUrl.ok ? checkedUrl.value : DEFAULT_SERVICE_URL,
    openIn: validateOpenIn(openIn).ok ? openIn : DEFAULT_OPEN_IN,
  };
}

function failure(name) {
  return { ok: false, failure: name, message: chrome.i18n.getMessage(SERVICE_URL_FAILURES[name]) };
}

// "papers.cool" means https://papers.cool, and "localhost:5080" a service on this machine, which
// speaks plain http; anything that already names a scheme is left to the checks above. A path, query or
// fragment after a bare host gets the scheme too, so that the checks name it ("localhost:5080/arxiv" has
// a path) instead of taking "localhost:" for a scheme.
function withScheme(text) {
  const bare = /^((?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[::1\])(?::[0-9]{1,5})?)(?:[/?#].*)?$/s.exec(text);
  if (!bare) return text;
  // This machine, a private network's address or a one-word host name: a self-hosted service, usually plain http.
  const local = /^(?:localhost|127\.[0-9.]+|\[::1\]|10\.[0-9.]+|192\.168\.[0-9.]+|172\.(?:1[6-9]|2[0-9]|3[01])\.[0-9.]+|[A-Za-z0-9-]+)(?::[0-9]+)?$/i.test(bare[1]);
  return `${local ? 'http' : 'https'}://${text}`;
}

// "https://@host" parses with an empty user name, which the URL object cannot show.
function hasUserInfo(text) {
  const afterScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  const authority = afterScheme.split(/[/?#]/, 1)[0];
  return authority.includes('@');
}
