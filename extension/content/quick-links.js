// Quick-jump links on the paper pages grammar/venues.json names (its quickLinks): arXiv, OpenReview,
// ACL Anthology, CVF open-access and AAAI article pages.
// A classic script (content scripts cannot be modules), so the shared id grammar and
// settings are loaded with dynamic import() from the extension's web-accessible files.
// Everything is wrapped so that a changed page layout costs at most the link, never the page.
(() => {
  'use strict';

  const LINK_CLASS = 'cool-papers-link';
  // OpenReview renders its page after load; static pages need no wait.
  const SPA_WAIT_MS = 15000;

  // The page scripts below, by the names grammar/venues.json gives them in its quickLinks.
  const PAGES = { arxivAbstract, arxivListing, openReviewForum, aclPaper, underTitle };

  start().catch(() => {});

  async function start() {
    // PDFs and other non-HTML documents have no markup to extend.
    if (document.contentType && document.contentType !== 'text/html') return;
    const { VENUES } = await import(chrome.runtime.getURL('extension/venues.js'));
    const site = quickLinkFor(VENUES, location);
    if (!site) return;
    const [grammar, settings, pagePapers] = await Promise.all([
      import(chrome.runtime.getURL('extension/ids.js')),
      import(chrome.runtime.getURL('extension/settings.js')),
      import(chrome.runtime.getURL('extension/page-papers.js')),
    ]);
    const { serviceUrl, openIn } = await settings.readSettings(chrome.storage.sync);
    await PAGES[site.link.page]({ grammar, serviceUrl, openIn }, site);
    reportCount(countPapers(pagePapers));
  }

  // The data file's quick link for this page, with the source it belongs to (none for arXiv's).
  function quickLinkFor(venues, loc) {
    const candidates = [
      ...(venues.arxiv.quickLinks ?? []).map((link) => ({ link, source: null })),
      ...venues.sources.flatMap((source) => (source.quickLinks ?? []).map((link) => ({ link, source }))),
    ];
    return candidates.find(({ link }) => loc.hostname === link.host && loc.pathname.startsWith(link.path)) ?? null;
  }

  async function arxivAbstract(context) {
    const id = context.grammar.extractIds(location.href).find(context.grammar.isArxivId);
    if (!id) return;
    const link = makeLink(context, id);
    const list = document.querySelector('.extra-services .full-text ul');
    if (list) {
      link.classList.add('abs-button');
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
      return;
    }
    const title = document.querySelector('h1.title');
    if (title) title.after(block(link));
    else float(link);
  }

  // One link per entry, next to the entry's abstract link.
  async function arxivListing(context) {
    const { extractIds, isArxivId } = context.grammar;
    let absLinks = [...document.querySelectorAll('dl dt')]
      .map((entry) => entry.querySelector('a[href*="/abs/"]'))
      .filter(Boolean);
    if (absLinks.length === 0) absLinks = [...document.querySelectorAll('a[title="Abstract"][href*="/abs/"]')];
    for (const absLink of absLinks) {
      if (absLink.parentElement?.querySelector(`.${LINK_CLASS}`)) continue;
      const id = extractIds(absLink.href).find(isArxivId);
      if (!id) continue;
      const link = makeLink(context, id);
      link.style.marginLeft = '0.4em';
      link.style.fontSize = 'smaller';
      absLink.after(link);
    }
  }

  async function openReviewForum(context, { source }) {
    const id = paperOf(context, source);
    if (!id) return;
    const findTitle = () =>
      document.querySelector('.forum-title h2, h2.citation_title, .forum-title, .note_content_title');
    const place = () => {
      if (document.querySelector(`.${LINK_CLASS}[data-paper-id="${CSS.escape(id)}"]`)) return true;
      const title = findTitle();
      if (!title) return false;
      title.after(block(makeLink(context, id)));
      return true;
    };
    // The page may be re-rendered after the link went in, so it is put back while that can happen.
    keepPlaced(place, SPA_WAIT_MS, () => float(makeLink(context, id)));
  }

  async function aclPaper(context, { source }) {
    const id = paperOf(context, source);
    if (!id) return;
    const link = makeLink(context, id);
    const buttons = document.querySelector('.acl-paper-link-block');
    if (buttons) {
      link.classList.add('btn', 'btn-secondary');
      link.style.marginLeft = '0.25em';
      buttons.append(link);
      return;
    }
    const title = document.querySelector('#title');
    if (title) title.after(block(link));
    else float(link);
  }

  // Pages whose paper is in their own address and whose title is one element: the link goes under the title.
  async function underTitle(context, { link: quickLink, source }) {
    const id = paperOf(context, source);
    if (!id) return;
    const link = makeLink(context, id);
    const title = document.querySelector(quickLink.title);
    if (title) title.after(block(link));
    else float(link);
  }

  // The source's paper this page's own address names.
  function paperOf(context, source) {
    return context.grammar.extractIds(location.href).find((found) => found.endsWith(`@${source.suffix}`));
  }

  // The toolbar button shows how many papers the page names, counted as the popup counts them, so that the
  // badge and the popup's list never disagree.
  function countPapers({ papersOnPage }) {
    const links = [...document.links].slice(0, 2000).map((link) => ({ href: link.href, text: '' }));
    return papersOnPage({ address: location.href, text: (document.body?.innerText ?? '').slice(0, 200_000), links }).length;
  }

  function reportCount(count) {
    try {
      chrome.runtime.sendMessage({ type: 'paper-count', count })?.catch?.(() => {});
    } catch {
      // The extension was reloaded under the page: nothing to report to.
    }
  }

  function makeLink({ grammar, serviceUrl, openIn }, id) {
    const link = document.createElement('a');
    link.className = LINK_CLASS;
    link.dataset.paperId = id;
    link.href = grammar.buildTargetUrl(serviceUrl, [id]);
    link.textContent = chrome.i18n.getMessage('quickLinkText');
    link.title = chrome.i18n.getMessage('quickLinkTitle', [id]);
    // The service is told the id only, not which page the reader came from.
    link.rel = 'noopener noreferrer';
    link.referrerPolicy = 'no-referrer';
    if (openIn !== 'currentTab') link.target = '_blank';
    return link;
  }

  function block(link) {
    const wrapper = document.createElement('div');
    wrapper.style.margin = '0.3em 0';
    wrapper.style.fontSize = 'smaller';
    wrapper.append(link);
    return wrapper;
  }

  // Last resort when the expected markup is missing: a small corner link, out of the flow.
  // Light or dark as the reader's system is, with the contrast an accessibility check asks for in both.
  function float(link) {
    if (!document.body) return;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    Object.assign(link.style, {
      position: 'fixed',
      right: '12px',
      bottom: '12px',
      zIndex: '2147483647',
      padding: '4px 8px',
      background: dark ? '#1f1f1f' : '#fff',
      color: dark ? '#a8c7fa' : '#0b57d0',
      border: `1px solid ${dark ? '#9a9a9a' : '#767676'}`,
      borderRadius: '4px',
      font: '12px/1.4 sans-serif',
    });
    document.body.append(link);
  }

  function keepPlaced(place, waitMs, fallback) {
    let placedOnce = place();
    const observer = new MutationObserver(() => {
      try {
        placedOnce = place() || placedOnce;
      } catch {
        observer.disconnect();
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      if (!placedOnce) fallback();
    }, waitMs);
  }
})();
