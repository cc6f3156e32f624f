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

  const chrome = {
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime: {
      lastError: undefined,
      onInstalled: fakeEvent(),
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
    action: { onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent() },
    omnibox: {
      onInputStarted: fakeEvent(),
      onInputEntered: fakeEvent(),
      setDefaultSuggestion(suggestion) {
        calls.push(['omnibox.setDefaultSuggestion', suggestion]);
      },
    },
    storage: {
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
      create(id, options, callback) {
        calls.push(['notifications.create', id, options]);
        callback?.(id);
      },
    },
  };

  globalThis.chrome = chrome;
  return {
    chrome,
    calls,
    reset(settings = {}) {
      calls.length = 0;
      stored = { ...settings };
      chrome.scripting.pageResult = undefined;
    },
    /** Calls that changed what the user sees: tabs and notifications. */
    effects() {
      return calls.filter(([name]) => name.startsWith('tabs.') || name.startsWith('notifications.'));
    },
  };
}
