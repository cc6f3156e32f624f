// When the reader's own service does not answer: a notice that names it, and the same pages on papers.cool
// offered with one click.
import { notify } from './notices.js';
import { DEFAULT_SERVICE_URL } from './settings.js';

export const SERVICE_DOWN_NOTICE = 'service-down';

export async function offerDefaultSite(urls, serviceUrl, tab, openIn) {
  const moved = urls.map((url) => {
    const target = new URL(url);
    return new URL(target.pathname + target.search, DEFAULT_SERVICE_URL).href;
  });
  await notify(SERVICE_DOWN_NOTICE, chrome.i18n.getMessage('serviceDownNotice', [serviceUrl]), {
    urls: moved,
    tab,
    openIn,
    button: chrome.i18n.getMessage('serviceDownButton'),
  });
}
