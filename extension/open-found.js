// Opening what a click found on the reader's service: the papers' pages, or a search, once a self-hosted service is
// known to answer (else papers.cool is offered instead, see fallback.js); and a notice when a page could not hold
// every id found.
import { offerDefaultSite } from './fallback.js';
import { NO_ID_NOTICE, notify } from './notices.js';
import { showProgress } from './progress.js';
import { isReachable, isSelfHosted } from './service-check.js';
import { openPages } from './tabs.js';

/**
 * Opens the pages, unless they are on a self-hosted address that does not answer: then the reader
 * is told which address, and offered papers.cool instead, rather than left on the browser's error
 * page. Not automatically: the address was chosen on purpose (a mirror, or privacy), and a reader's
 * ids should not go elsewhere without their say. Returns whether anything was opened.
 */
export async function openChecked(urls, tab, openIn, serviceUrl) {
  if (serviceUrl && isSelfHosted(serviceUrl)) {
    const reachable = await showProgress(tab, isReachable(serviceUrl));
    if (!reachable) {
      await offerDefaultSite(urls, serviceUrl, tab, openIn);
      return false;
    }
  }
  await openPages(urls, tab, openIn);
  return true;
}

/** The pages for the ids found, and a notice when a page could not hold them all. */
export async function openFound(urls, idCount, leftOut, tab, openIn, serviceUrl) {
  if (!(await openChecked(urls, tab, openIn, serviceUrl))) return;
  if (leftOut > 0) await notify(NO_ID_NOTICE, chrome.i18n.getMessage('idsLeftOut', [String(idCount), String(leftOut)]));
}
