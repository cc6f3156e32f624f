// A stand-in for the parts of the `chrome` API the service worker uses. It records calls
// so tests can assert what the extension asked the browser to do.

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
