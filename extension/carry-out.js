// Carrying out a plan from plan.js: opening the target, or telling the reader why there is nothing to open and
// offering the next step (a search for the title) instead of leaving them at a dead end.
import { buildSearchUrl, buildTargetUrls, buildVenueSearchUrl } from './ids.js';
import { NO_ID_NOTICE, notify } from './notices.js';
import { openChecked, openFound } from './open-found.js';
import { papersOnPage } from './page-papers.js';
import { documentTitle, readLinkText, readPageText, readTitle } from './page-reading.js';

/** Runs a plan from plan.js against the tab the user acted on. */
export async function carryOut(plan, tab, openIn, serviceUrl) {
  switch (plan.kind) {
    case 'none':
      await notify(NO_ID_NOTICE, chrome.i18n.getMessage('noPaperIdInLink'));
      return;
    case 'page':
      await openWhatThePageNames(tab, openIn, serviceUrl);
      return;
    case 'notCollected': {
      const title = plan.title || (plan.link ? await readLinkText(tab, plan.link) : await readTitle(tab, plan.frameId));
      const url = buildSearchUrl(serviceUrl, title);
      if (!url) {
        await notify(NO_ID_NOTICE, chrome.i18n.getMessage('notCollected', [plan.publisher]));
        return;
      }
      // Many such papers have a preprint: the arXiv search for the title, and a notice that says why it is a search.
      if (await openChecked([url], tab, openIn, serviceUrl)) await notify(NO_ID_NOTICE, chrome.i18n.getMessage('notCollectedSearching', [plan.publisher]));
      return;
    }
    case 'venueLink': {
      const url = buildVenueSearchUrl(serviceUrl, plan.title || (await readLinkText(tab, plan.link)));
      if (url) await openChecked([url], tab, openIn, serviceUrl);
      else await notify(NO_ID_NOTICE, chrome.i18n.getMessage('venueLink', [plan.venue]));
      return;
    }
    case 'title': {
      const url = buildVenueSearchUrl(serviceUrl, await readTitle(tab, plan.frameId));
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
 * A click on a page whose address names no paper: the papers the page names (its text and links, as the popup
 * lists them) open as the popup's "Open all" would. A page that names none says so, and offers the site's search
 * for its title.
 */
async function openWhatThePageNames(tab, openIn, serviceUrl) {
  const page = await readPageText(tab);
  const ids = papersOnPage({ address: tab?.url ?? '', ...page }).map(({ id }) => id);
  if (ids.length > 0) {
    const { urls, leftOut } = buildTargetUrls(serviceUrl, ids);
    await openFound(urls, ids.length, leftOut, tab, openIn, serviceUrl);
    return;
  }
  const title = page.title || documentTitle(tab);
  const search = buildSearchUrl(serviceUrl, title);
  if (!search) {
    await notify(NO_ID_NOTICE, chrome.i18n.getMessage('noPaperId'));
    return;
  }
  await notify(NO_ID_NOTICE, chrome.i18n.getMessage('noPaperIdSearch', [title]), {
    urls: [search],
    tab,
    openIn,
    button: chrome.i18n.getMessage('searchTitleButton'),
  });
}
