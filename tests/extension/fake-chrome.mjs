// A stand-in for the parts of the `chrome` API the service worker uses. It records calls
// so tests can assert what the extension asked the browser to do.

import { readFileSync } from 'node:fs';

// The English messages, substituted the way the browser does: $NAME$ placeholders whose content is $1, $2, …
const MESSAGES = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8'));

function getMessage(name, substitutions = []) {
  const entry = MESSAGES[name];
  if (!entry) return '';
  const values = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, placeholder) => {
    const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 ? String(values[index] ?? '') : whole;
  });
}

function fakeEvent() {
  const listeners = [];
  return {
    listeners,
    addListener(listener) {
      listeners.push(listener);
    },
    async dispatch(...args) {
      for (const listener of listeners) await listener(...args);
    },
  };
}

export function installFakeChrome() {
  const calls = [];
  let stored = {};
  let session = {};

  const chrome = {
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime: {
      lastError: undefined,
      onInstalled: fakeEvent(),
      onMessage: fakeEvent(),
      getURL: (path) => `chrome-extension://fake-id/${path}`,
    },
    contextMenus: {
      onClicked: fakeEvent(),
      removeAll(callback) {
        calls.push(['contextMenus.removeAll']);
        callback?.();
      },
      create(properties, callback) {
        calls.push(['contextMenus.create', properties]);
        callback?.();
        return properties.id;
      },
    },
    action: {
      onClicked: fakeEvent(),
      badges: {},
      async setBadgeText(details) {
        calls.push(['action.setBadgeText', details]);
        chrome.action.badges[details.tabId ?? 'all'] = details.text;
      },
      async getBadgeText(details) {
        return chrome.action.badges[details?.tabId ?? 'all'] ?? '';
      },
    },
    permissions: {
      async contains() {
        return false;
      },
      async request() {
        return false;
      },
    },
    commands: { onCommand: fakeEvent() },
    omnibox: {
      onInputStarted: fakeEvent(),
      onInputEntered: fakeEvent(),
      setDefaultSuggestion(suggestion) {
        calls.push(['omnibox.setDefaultSuggestion', suggestion]);
      },
    },
    storage: {
      session: {
        async get(key) {
          return key in session ? { [key]: session[key] } : {};
        },
        async set(values) {
          session = { ...session, ...values };
        },
        async remove(key) {
          delete session[key];
        },
      },
      sync: {
        async get(keys) {
          const wanted = Array.isArray(keys) ? keys : [keys];
          return Object.fromEntries(wanted.filter((key) => key in stored).map((key) => [key, stored[key]]));
        },
        async set(values) {
          stored = { ...stored, ...values };
        },
      },
    },
    tabs: {
      onUpdated: fakeEvent(),
      async create(properties) {
        calls.push(['tabs.create', properties]);
        return { id: 1000, ...properties };
      },
      async update(...args) {
        calls.push(['tabs.update', ...args]);
        return {};
      },
    },
    scripting: {
      // What the page would answer; tests set it. A function stands for a page that cannot be scripted.
      pageResult: undefined,
      async executeScript(injection) {
        calls.push(['scripting.executeScript', injection.target]);
        const result = chrome.scripting.pageResult;
        if (typeof result === 'function') return result();
        return [{ frameId: injection.target.frameIds?.[0] ?? 0, result }];
      },
    },
    notifications: {
      onClicked: fakeEvent(),
      onButtonClicked: fakeEvent(),
      create(id, options, callback) {
        calls.push(['notifications.create', id, options]);
        callback?.(id);
        return Promise.resolve(id);
      },
      clear(id) {
        calls.push(['notifications.clear', id]);
      },
    },
  };

  // Which origins answer: a self-hosted service is asked before a reader is sent there.
  const answering = new Set();
  async function fakeFetch(url, init) {
    calls.push(['fetch', url, init?.mode]);
    if (!answering.has(new URL(url).origin)) throw new TypeError('Failed to fetch');
    return { ok: true, status: 200, type: init?.mode === 'no-cors' ? 'opaque' : 'basic' };
  }
  globalThis.fetch = fakeFetch;

  globalThis.chrome = chrome;
  return {
    chrome,
    calls,
    /** Makes a service origin answer (it does not by default). */
    answer(origin) {
      answering.add(origin);
    },
    reset(settings = {}) {
      calls.length = 0;
      stored = { ...settings };
      session = {};
      globalThis.fetch = fakeFetch;
      answering.clear();
      chrome.scripting.pageResult = undefined;
      chrome.action.badges = {};
    },
    /** Calls that changed what the user sees: tabs and notifications. */
    effects() {
      return calls.filter(([name]) => name.startsWith('tabs.') || name.startsWith('notifications.'));
    },
  };
}
