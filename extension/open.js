// Carrying out a plan: opening the target, or telling the reader there was nothing to open.
import { offerDefaultSite } from './fallback.js';
import { buildVenueSearchUrl } from './ids.js';
import { notify } from './notices.js';
import { readPaperTitle } from './page-reading.js';
import { planCurrentTab } from './plan.js';
import { isReachable, isSelfHosted } from './service-check.js';
import { readSettings } from './settings.js';
import { openPages } from './tabs.js';

const NO_ID_NOTICE = 'no-paper-id';

/** Runs a plan from plan.js against the tab the user acted on. */
export async function carryOut(plan, tab, openIn, serviceUrl) {
  switch (plan.kind) {
    case 'none':
      await notify(NO_ID_NOTICE, chrome.i18n.getMessage('noPaperId'));
      return;
    case 'notCollected':
      await notify(NO_ID_NOTICE, chrome.i18n.getMessage('notCollected', [plan.publisher]));
      return;
    case 'venueLink':
      await notify(NO_ID_NOTICE, chrome.i18n.getMessage('venueLink', [plan.venue]));
      return;
    case 'title': {
      const url = buildVenueSearchUrl(serviceUrl, await readPaperTitle(tab, plan.frameId));
      if (url) await openChecked([url], tab, openIn, serviceUrl);
      else await notify(NO_ID_NOTICE, chrome.i18n.getMessage('titleUnreadable', [plan.venue]));
      return;
    }
    case 'papers':
      await openFound(plan.urls, plan.ids.length, plan.leftOut, tab, openIn, serviceUrl);
      return;
    default:
      await openChecked([plan.url], tab, openIn, serviceUrl);
  }
}

/**
 * Opens the pages, unless they are on a self-hosted address that does not answer: then the reader
 * is told which address, and offered papers.cool instead, rather than left on the browser's error
 * page. Not automatically: the address was chosen on purpose (a mirror, or privacy), and a reader's
 * ids should not go elsewhere without their say. Returns whether anything was opened.
 */
async function openChecked(urls, tab, openIn, serviceUrl) {
  if (serviceUrl && isSelfHosted(serviceUrl)) {
    if (!(await isReachable(serviceUrl))) {
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

/** Toolbar button and keyboard command share this: the paper of the tab in front. */
export async function openCurrentPaper(tab) {
  const { serviceUrl, openIn } = await readSettings(chrome.storage.sync);
  await carryOut(planCurrentTab(tab, serviceUrl), tab, openIn, serviceUrl);
}
