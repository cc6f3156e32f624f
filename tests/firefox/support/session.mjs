// One Firefox with the packaged extension, the real redirect service and a fake target site, all on
// loopback, for one test file; and what a reader does in that Firefox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { PATIENCE_MS, sleep, waitFor } from './eventually.mjs';
import { startFakeTargetSite } from './fake-target-site.mjs';
import { OPTIONS_PAGE, addressOf, installExtension, installIntoProfile, launchFirefox, screenPoint, waitForTab } from './firefox.mjs';
import { serveFixtureSites } from './fixture-sites.mjs';
import { startRedirectService } from './redirect-service.mjs';
import { packageFirefoxExtension } from './repository.mjs';
import * as x11 from './x11.mjs';

const MENU_PATIENCE_MS = 10_000;
const pagesServingFixtures = new WeakSet();

/**
 * Starts everything for one test file. By default the add-on is installed as a temporary one, as
 * about:debugging does; with `keptInProfile` it is installed for good into a profile that outlives
 * restart(), as an unsigned add-on on Firefox ESR.
 */
export async function startSession({ keptInProfile = false } = {}) {
  x11.requireDisplay();
  const cleanups = [];
  const session = {
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    },
  };
  try {
    const target = await startFakeTargetSite();
    cleanups.push(() => target.close());
    const service = await startRedirectService(target.origin);
    cleanups.push(() => service.close());
    const xpi = await packageFirefoxExtension();
    cleanups.push(async () => rmSync(dirname(xpi), { recursive: true, force: true }));
    const profile = keptInProfile ? { profileDir: mkdtempSync(join(tmpdir(), 'cool-papers-firefox-profile-')), unsignedAddons: true } : {};
    if (keptInProfile) {
      cleanups.push(async () => rmSync(profile.profileDir, { recursive: true, force: true }));
      installIntoProfile(profile.profileDir, xpi);
    }
    Object.assign(session, { target, service, browser: await launchFirefox(profile) });
    cleanups.push(() => session.browser.close());
    if (!keptInProfile) await installExtension(session.browser, xpi);
    if (keptInProfile) {
      /** Quits Firefox and starts it again on the same profile, as a reader's next day would. */
      session.restart = async () => {
        await session.browser.close();
        session.browser = await launchFirefox(profile);
      };
    }
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** The one tab the test works in, on `url` (a fixture site or any loopback page), in front. */
export async function openPage(session, url) {
  const pages = await session.browser.pages();
  const page = pages[0] ?? (await session.browser.newPage());
  // Tabs left by the previous test would only confuse which tab a paper opened in.
  for (const other of pages.slice(1)) await other.close().catch(() => {});
  if (!pagesServingFixtures.has(page)) {
    await serveFixtureSites(page);
    pagesServingFixtures.add(page);
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return page;
}

/**
 * Right-clicks with the real mouse at a point of the page and waits for Firefox's menu to be shown,
 * so that the keys pressed next go to the menu. Returns the menu's window.
 */
export async function rightClick(page, clientX, clientY) {
  const [x, y] = await screenPoint(page, clientX, clientY);
  const before = await x11.visibleWindows();
  await x11.moveTo(x, y);
  await x11.click(3);
  return x11.waitForNewWindow(before, "Firefox's context menu to open", MENU_PATIENCE_MS);
}

/** Chooses an item of the open menu with keys, and waits for the menu to close. */
export async function chooseFromMenu(menu, ...keys) {
  await x11.key(...keys);
  await x11.waitForWindowGone(menu, 'the context menu to close', MENU_PATIENCE_MS);
}

/** The middle of an element, in the page's coordinates. */
export const middleOf = (page, selector) =>
  page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2];
  });

/** Selects an element's text as a reader's drag would, and returns a point inside the selection. */
export const selectText = (page, selector) =>
  page.$eval(selector, (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    // A quarter of the way in, so that the menu opens beside the selection rather than over it.
    return [box.left + box.width / 4, box.top + box.height * 0.6];
  });

/**
 * Opens the options page by typing its address into the address bar, then fills it in and saves it
 * with the keyboard, as a reader would. Returns the page and what its status line said.
 */
export async function saveOptions(session, { serviceUrl, openIn }) {
  const page = await openOptionsPage(session);
  const shown = await page.$eval('input[name="openIn"]:checked', (radio) => radio.value);
  // Focus order: the address field, its Test button, the "open papers" radio group (entered at its
  // checked button; an arrow key moves to the other of the two, wrapping round), the Save button.
  await x11.key('Tab', 'ctrl+a');
  await x11.type(serviceUrl);
  await x11.key('Tab', 'Tab', ...(shown === openIn ? [] : ['Down']), 'Tab', 'Return');
  const status = await waitFor(
    () => page.$eval('#status', (element) => element.textContent),
    (text) => text !== '',
    { what: 'the options page to say whether it saved' },
  );
  return { page, status };
}

export async function openOptionsPage(session) {
  const page = await openPage(session, 'about:blank');
  await pointAtPage(page);
  await x11.key('ctrl+l');
  await x11.type(OPTIONS_PAGE);
  await x11.key('Return');
  await waitFor(() => addressOf(page), (address) => address === OPTIONS_PAGE, { what: 'the options page to open' });
  // Its script fills the fields from storage after load.
  await waitFor(() => page.$eval('#serviceUrl', (input) => input.value), (value) => value !== '', {
    what: 'the options page to show the saved address',
  });
  return page;
}

/** Points the extension at the service under test, through its options page. */
export async function useServiceUnderTest(session, openIn = 'newTab') {
  const { status } = await saveOptions(session, { serviceUrl: session.service.origin, openIn });
  if (status !== 'Saved.') throw new Error(`The options page did not save ${session.service.origin}: ${status}`);
}

/** Keys go to the window under the pointer on a display without a window manager: park it on the page. */
export async function pointAtPage(page) {
  const [x, y] = await screenPoint(page, 5, 5);
  await x11.moveTo(x, y);
  await sleep(50);
}

/** The tab that ends on the fake target's page for `path` (decoded, as the page shows it). */
export async function expectPaperPage(session, path, what = `a tab on the paper page ${path}`) {
  const prefix = `${session.target.origin}/`;
  const page = await waitForTab(
    session.browser,
    (address) => address.startsWith(prefix) && decodeURIComponent(new URL(address).pathname) === path,
    what,
  );
  await waitFor(() => page.$eval('#paper', (h1) => h1.textContent), (text) => text === path, {
    what: `the paper page to show ${path}`,
  });
  return page;
}

/** The tab that ends on the fake target's search page `path` (/arxiv/search or /venue/search) for `words`. */
export async function expectSearchPage(session, path, words) {
  const prefix = `${session.target.origin}${path}?`;
  const page = await waitForTab(
    session.browser,
    (address) => address.startsWith(prefix) && new URL(address).searchParams.get('query') === words,
    `a tab on the search ${path} for "${words}"`,
  );
  return page;
}

export { PATIENCE_MS, sleep, waitFor, x11 };
