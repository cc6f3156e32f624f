// The worker on browsers that lack some of the APIs it uses on the desktop: Firefox for Android has no
// context menus, commands or address-bar keyword (and notifications without buttons); Safari has no
// notifications; other mobile browsers lack some of these. Each case runs in a process of its own, since a
// module registers its listeners once, when it is first loaded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const fakeChrome = new URL('./fake-chrome.mjs', import.meta.url).href;
const background = new URL('../../extension/background.js', import.meta.url).href;
const popupRequests = new URL('../../extension/popup-requests.js', import.meta.url).href;

// Which listeners a loaded worker holds, and what a popup's "open all" led to on a self-hosted address that does not answer.
const probe = (missing) => `
  import { installFakeChrome } from ${JSON.stringify(fakeChrome)};
  const fake = installFakeChrome();
  const { chrome } = fake;
  for (const path of ${JSON.stringify(missing)}) {
    const [area, name] = path.split('.');
    if (name) delete chrome[area][name]; else delete chrome[area];
  }
  const report = { loaded: false };
  try {
    await import(${JSON.stringify(background)});
    report.loaded = true;
  } catch (error) {
    report.error = String(error);
  }
  report.listeners = {
    message: chrome.runtime.onMessage.listeners.length,
    installed: chrome.runtime.onInstalled.listeners.length,
    menuClick: chrome.contextMenus?.onClicked.listeners.length ?? null,
    command: chrome.commands?.onCommand.listeners.length ?? null,
    omnibox: chrome.omnibox?.onInputEntered.listeners.length ?? null,
    noticeClick: chrome.notifications?.onClicked.listeners.length ?? null,
  };
  if (report.loaded) {
    fake.reset({ serviceUrl: 'http://localhost:5080' });
    const { OPEN_PAGES, OPEN_OFFER } = await import(${JSON.stringify(new URL('../../extension/requests.js', import.meta.url).href)});
    const popup = { id: chrome.runtime.id, url: chrome.runtime.getURL('extension/popup.html') };
    const ask = (message) => new Promise((resolve) => {
      chrome.runtime.onMessage.listeners.forEach((listener) => listener(message, popup, resolve));
    });
    report.answer = await ask({ type: OPEN_PAGES, urls: ['http://localhost:5080/arxiv/2401.12345'], tab: { id: 7 }, idCount: 1, leftOut: 0 });
    report.effectsAfterOpen = fake.effects();
    report.kept = (await chrome.storage.session.get('notice')).notice ?? null;
    fake.calls.length = 0;
    await ask({ type: OPEN_OFFER, id: 'service-down' });
    report.effectsAfterOffer = fake.effects();
  }
  console.log(JSON.stringify(report));
`;

async function loadWithout(missing) {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe(missing)]);
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const MOBILE_MISSING = ['contextMenus', 'commands', 'omnibox', 'notifications'];

describe('the worker without the APIs a phone lacks', () => {
  for (const missing of [...MOBILE_MISSING.map((api) => [api]), MOBILE_MISSING, [...MOBILE_MISSING, 'action.setBadgeText']]) {
    test(`loads without ${missing.join(', ')}, and the popup's requests still open papers`, async () => {
      const report = await loadWithout(missing);
      assert.equal(report.loaded, true, report.error);
      // The popup's requests (open pages, open the offered pages) and the quick links' counts are still heard.
      assert.equal(report.listeners.message, 2);
      for (const [api, listener] of [['contextMenus', 'menuClick'], ['commands', 'command'], ['omnibox', 'omnibox'], ['notifications', 'noticeClick']]) {
        if (!missing.includes(api)) assert.equal(report.listeners[listener], 1, `${api} is there and used`);
      }
      assert.deepEqual(report.answer, { done: true });
      // The self-hosted address does not answer: nothing opens, and the reader is told, by a notification or in the popup.
      assert.equal(report.effectsAfterOpen.filter(([name]) => name.startsWith('tabs.')).length, 0);
      if (missing.includes('notifications')) {
        assert.match(report.kept.message, /http:\/\/localhost:5080 does not answer/);
        assert.equal(report.kept.button, 'Open on papers.cool');
      } else {
        assert.equal(report.kept, null);
        assert.equal(report.effectsAfterOpen[0][0], 'notifications.create');
      }
      // The popup's "Open on papers.cool" opens the paper there.
      assert.deepEqual(
        report.effectsAfterOffer.filter(([name]) => name === 'tabs.create').map(([, properties]) => properties.url),
        ['https://papers.cool/arxiv/2401.12345'],
      );
    });
  }
});
