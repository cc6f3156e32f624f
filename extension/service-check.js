// Whether the chosen address answers: before sending a reader there, and from the options page's Test button.
import { DEFAULT_SERVICE_URL } from './settings.js';

const PATIENCE_MS = 2500;

/**
 * `{ ok, message }` from the address's /healthz, read with the host permission for it (asked for
 * by the options page only after the address answered): healthy, answering with an error status,
 * or not answering at all.
 */
export async function readHealth(serviceUrl) {
  try {
    const response = await fetch(new URL('/healthz', serviceUrl).href, {
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PATIENCE_MS),
    });
    return response.ok
      ? { ok: true, message: chrome.i18n.getMessage('serviceHealthy', [serviceUrl]) }
      : { ok: false, message: chrome.i18n.getMessage('serviceUnhealthy', [serviceUrl, String(response.status)]) };
  } catch {
    return { ok: false, message: chrome.i18n.getMessage('serviceDown', [serviceUrl]) };
  }
}

/**
 * Whether anything answers at the address: before a reader is sent there. Any HTTP answer counts,
 * even without a /healthz (a mirror of the site may have none); only no answer at all is "down".
 */
export async function isReachable(serviceUrl) {
  try {
    await fetch(new URL('/healthz', serviceUrl).href, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PATIENCE_MS),
    });
    return true;
  } catch {
    return false;
  }
}

/** True when a reader's clicks should first make sure the address answers: only a self-hosted one. */
export function isSelfHosted(serviceUrl) {
  return new URL(serviceUrl).origin !== new URL(DEFAULT_SERVICE_URL).origin;
}

/**
 * Asks the reader for the host permission for this address alone, so that /healthz's answer can be
 * read. Must start during the click that asked for it; resolves when the reader decides.
 */
export async function requestPermission(serviceUrl) {
  try {
    return await chrome.permissions.request({ origins: originsOf(serviceUrl) });
  } catch {
    return false;
  }
}

function originsOf(serviceUrl) {
  return [`${new URL(serviceUrl).origin}/*`];
}

/** Whether the reader already allowed the extension to read this address's answers. */
export async function hasPermission(serviceUrl) {
  try {
    return await chrome.permissions.contains({ origins: originsOf(serviceUrl) });
  } catch {
    return false;
  }
}
