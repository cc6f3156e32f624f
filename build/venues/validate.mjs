// Checks grammar/venues.json before anything is generated from it, so that a mistake in the data file
// is reported as that, in words, instead of as a broken build of generated code.

// The readers each grammar has code for. A venue whose paper key is one path segment uses 'segment'.
export const READERS = ['openreview', 'acl', 'ijcai', 'pmlr', 'cvf', 'aaai', 'usenix', 'segment'];

// Readers that also read the rest of a DOI of the source's registrant.
export const DOI_READERS = ['acl', 'aaai', 'segment'];

// How a listed venue's paper pages are told from its other pages (the rules in KnownSites and sites.js).
export const LISTED_PAPER_RULES = ['proceedings', 'eccv', 'fileInFolder', 'ndss'];

// The page scripts of extension/content/quick-links.js.
export const QUICK_LINK_PAGES = ['arxivAbstract', 'arxivListing', 'openReviewForum', 'aclPaper', 'underTitle'];

const NAME = /^[A-Z][A-Za-z0-9]{1,31}$/;
const SUFFIX = /^[A-Za-z][A-Za-z0-9]{1,31}$/;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const HOST_AND_FOLDER = /^[a-z0-9.-]+(\/[A-Za-z0-9._-]+)*$/;
const URL_PATH = /^([A-Za-z0-9._-]+\/)*$/;
const PAGE_PATH = /^\/[A-Za-z0-9._/-]*$/;
const DOI_PREFIX = /^10\.[0-9]{4,9}\/[A-Za-z0-9._/-]*$/;
const MATCH_PATTERN = /^(\*|https?|file):\/\/[^\s]*$/;
const WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Throws an Error naming the first problem in `data`; returns nothing when the data is usable. */
export function validate(data) {
  const problems = [];
  const fail = (where, what) => problems.push(`${where}: ${what}`);
  const check = (condition, where, what) => {
    if (!condition) fail(where, what);
  };
  const isList = (value) => Array.isArray(value) && value.length > 0;

  check(Number.isInteger(data.maxKeyLength) && data.maxKeyLength > 0, 'maxKeyLength', 'a positive whole number');

  const arxiv = data.arxiv ?? {};
  check(isList(arxiv.hosts) && arxiv.hosts.every((host) => HOST.test(host)), 'arxiv.hosts', 'lower-case host names');
  check(DOI_PREFIX.test(arxiv.doiPrefix ?? ''), 'arxiv.doiPrefix', 'a DOI prefix such as 10.48550/arxiv.');
  check(isList(arxiv.oldStyleArchives) && arxiv.oldStyleArchives.every((name) => /^[a-z]+(-[a-z]+)?$/.test(name)),
    'arxiv.oldStyleArchives', 'archive names such as hep-th');
  checkPdfPages(arxiv.pdfPages, 'arxiv.pdfPages', check);
  checkQuickLinks(arxiv.quickLinks, 'arxiv.quickLinks', check);

  check(isList(data.sources), 'sources', 'at least one source');
  const seen = new Map();
  const unique = (kind, value, where) => {
    const key = `${kind}:${String(value).toLowerCase()}`;
    if (seen.has(key)) fail(where, `${kind} ${value} is also used by ${seen.get(key)}`);
    else seen.set(key, where);
  };
  for (const [index, source] of (data.sources ?? []).entries()) {
    const where = `sources[${index}] (${source.name ?? '?'})`;
    check(NAME.test(source.name ?? ''), where, 'name: PascalCase letters and digits, the C# enum member');
    check(SUFFIX.test(source.suffix ?? ''), where, 'suffix: the site section after the last @, letters and digits');
    unique('name', source.name, where);
    unique('suffix', source.suffix, where);
    check(READERS.includes(source.reader), where, `reader: one of ${READERS.join(', ')}`);
    check(isList(source.urls), where, 'urls: at least one { host, path }');
    for (const url of source.urls ?? []) {
      check(HOST_AND_FOLDER.test(url.host ?? '') && HOST.test(url.host.split('/')[0]), where, `host ${url.host}: lower case, no scheme`);
      check(URL_PATH.test(url.path ?? '-'), where, `path ${url.path}: '' or folders each ending in '/'`);
      unique('url', `${url.host}/${url.path}`, where);
    }
    if (source.doiPrefix !== undefined) {
      check(DOI_PREFIX.test(source.doiPrefix), where, `doiPrefix ${source.doiPrefix}: such as 10.18653/v1/`);
      check(DOI_READERS.includes(source.reader), where, `doiPrefix: only readers ${DOI_READERS.join(', ')} read DOIs`);
      unique('doiPrefix', source.doiPrefix, where);
    }
    if (source.facts !== undefined) {
      for (const [fact, value] of Object.entries(source.facts)) {
        const ok = WORD.test(fact) && (Number.isInteger(value) || (Array.isArray(value) && value.every((item) => WORD.test(item))));
        check(ok, where, `facts.${fact}: a whole number or a list of words`);
      }
    }
    checkPdfPages(source.pdfPages, `${where}.pdfPages`, check);
    checkQuickLinks(source.quickLinks, `${where}.quickLinks`, check);
  }

  for (const [index, venue] of (data.listedVenues ?? []).entries()) {
    const where = `listedVenues[${index}] (${venue.name ?? '?'})`;
    check(/^[A-Za-z][A-Za-z0-9 -]{0,31}$/.test(venue.name ?? ''), where, 'name: the venue as readers know it');
    check(isList(venue.hosts) && venue.hosts.every((host) => HOST.test(host)), where, 'hosts: lower-case host names');
    for (const host of venue.hosts ?? []) unique('listed host', host, where);
    check(LISTED_PAPER_RULES.includes(venue.paper), where, `paper: one of ${LISTED_PAPER_RULES.join(', ')}`);
    check(venue.paper !== 'fileInFolder' || /^[a-z0-9_-]+$/.test(venue.folder ?? ''), where, 'folder: the year folder\'s start, for fileInFolder');
    check(venue.firstYear === undefined || Number.isInteger(venue.firstYear), where, 'firstYear: a year');
  }

  for (const [index, publisher] of (data.notCollected ?? []).entries()) {
    const where = `notCollected[${index}]`;
    check(HOST.test(publisher.host ?? ''), where, 'host: a lower-case host name');
    check(DOI_PREFIX.test(publisher.doiPrefix ?? ''), where, 'doiPrefix: such as 10.1145/');
  }

  if (problems.length > 0) throw new Error(`grammar/venues.json: ${problems.join('; ')}`);
}

function checkPdfPages(pages, where, check) {
  if (pages === undefined) return;
  check(Array.isArray(pages) && pages.every((page) => MATCH_PATTERN.test(page)), where, 'match patterns such as *://host/pdf/*');
}

function checkQuickLinks(links, where, check) {
  if (links === undefined) return;
  check(Array.isArray(links), where, 'a list');
  for (const link of links ?? []) {
    check(QUICK_LINK_PAGES.includes(link.page), where, `page: one of ${QUICK_LINK_PAGES.join(', ')}`);
    check(HOST.test(link.host ?? ''), where, `host ${link.host}: a lower-case host name`);
    check(PAGE_PATH.test(link.path ?? ''), where, `path ${link.path}: starts with /`);
    check(link.page !== 'underTitle' || typeof link.title === 'string', where, 'title: the CSS selector of the page title, for underTitle');
  }
}
