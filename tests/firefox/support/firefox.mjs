// Debian's Firefox ESR, headed on the X display, driven over WebDriver BiDi by puppeteer-core (there
// is no geckodriver to be had), with the packaged extension installed in it.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

import { PATIENCE_MS, waitFor } from './eventually.mjs';
import { manifest } from './repository.mjs';

export const FIREFOX = process.env.FIREFOX_BINARY || '/usr/bin/firefox-esr';
export const ADDON_ID = manifest.browser_specific_settings.gecko.id;
/**
 * Firefox gives every install a random uuid for its moz-extension: address; fixing it lets a test
 * type the options page's address like a reader who copied it from about:addons.
 */
export const ADDON_UUID = '6c0b7c52-4f0e-4d7a-9a41-2f5d0e3b8c17';
export const OPTIONS_PAGE = `moz-extension://${ADDON_UUID}/${manifest.options_ui.page}`;

const WINDOW = { width: 1280, height: 900 };

/**
 * Starts Firefox on a fresh profile, or on `profileDir` to keep one across restarts, where
 * `unsignedAddons` lets an add-on installed by installIntoProfile() run, as Firefox ESR allows.
 */
export async function launchFirefox({ profileDir, unsignedAddons = false } = {}) {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: apt-get install firefox-esr (bash tests/run installs it)`);
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    // Headed: the context menu, address bar and shortcuts are real only in a real window.
    headless: false,
    defaultViewport: null,
    args: [`--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
    ...(profileDir ? { userDataDir: profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Nothing may leave the machine: requests that no fixture answers go to a closed loopback port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
      ...(unsignedAddons
        ? {
            // What a reader sets in about:config on ESR to keep an unsigned add-on.
            'xpinstall.signatures.required': false,
            // An add-on placed in the profile starts enabled, as if confirmed in the install prompt.
            'extensions.autoDisableScopes': 0,
          }
        : {}),
    },
  });
}

/**
 * Installs the .xpi for good, as "Install Add-on From File…" would: into the profile's extensions
 * folder under its id, where Firefox picks it up when it starts.
 */
export function installIntoProfile(profileDir, xpiPath) {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  copyFileSync(xpiPath, join(profileDir, 'extensions', `${ADDON_ID}.xpi`));
}

/** Installs the .xpi as a temporary add-on, which about:debugging would also do, and checks it is the one expected. */
export async function installExtension(browser, xpiPath) {
  const id = await browser.installExtension(xpiPath);
  if (id !== ADDON_ID) throw new Error(`Firefox installed ${xpiPath} as ${id}, not ${ADDON_ID}`);
}

/**
 * A document's address as the document itself reports it: puppeteer does not follow a tab onto a
 * moz-extension: page. A document still loading may not answer at once; its last known address does.
 */
export async function addressOf(page) {
  const asked = page.evaluate(() => location.href);
  const patience = new Promise((resolve) => setTimeout(resolve, 2000, null));
  const answer = await Promise.race([asked, patience]).catch(() => null);
  asked.catch(() => {});
  return answer ?? page.url();
}

/** Where the tab's content begins on the screen, for the real mouse. */
export async function screenPoint(page, clientX, clientY) {
  const [left, top, scale] = await page.evaluate(() => [window.mozInnerScreenX, window.mozInnerScreenY, window.devicePixelRatio]);
  return [(left + clientX) * scale, (top + clientY) * scale];
}

/**
 * Waits until a tab, new or old, shows an address `accept` holds for, and returns its page once the
 * document is there. The tabs the extension opens are seen here as soon as Firefox creates them.
 */
export async function waitForTab(browser, accept, what, timeoutMs = PATIENCE_MS) {
  return waitFor(
    async () => {
      for (const page of await browser.pages()) {
        if (accept(await addressOf(page))) return page;
      }
      return null;
    },
    (page) => page !== null,
    { what, timeoutMs },
  );
}
