// Checks grammar/venues.json before anything is generated from it, so that a mistake in the data file
// is reported as that, in words, instead of as a broken build of generated code or as two grammars
// that quietly disagree.

// The readers with code of their own in both grammars, each tied to the one source it was written for
// (its C# code names that source), with the facts that code reads. A venue whose paper key is one path
// segment uses 'segment', which any number of sources may share and which reads no facts.
export const READERS = {
  openreview: { source: 'OpenReview', facts: {} },
  acl: { source: 'Acl', facts: {} },
  ijcai: { source: 'Ijcai', facts: { firstYear: 'number', lastYear: 'number', maxPaperDigits: 'number', maxPaper: 'number' } },
  pmlr: { source: 'Pmlr', facts: { maxVolume: 'number' } },
  cvf: { source: 'Cvf', facts: { conferences: 'list', firstYear: 'number', lastYear: 'number', maxStemLength: 'number' } },
  aaai: { source: 'Aaai', facts: { maxArticle: 'number' } },
  usenix: { source: 'Usenix', facts: { conferences: 'list' } },
  segment: { source: null, facts: {} },
};

// Readers that also read what follows the source's DOI prefix (ConferenceUrls.TryParseDoi, ids.js doiPaperId).
export const DOI_READERS = ['acl', 'aaai', 'segment'];

// How a listed venue's paper pages are told from its other pages (the rules in KnownSites and sites.js).
export const LISTED_PAPER_RULES = ['proceedings', 'eccv', 'fileInFolder', 'ndss'];

// The page scripts of extension/content/quick-links.js, and whose pages each fits: arXiv's, one reader's
// source's, or any source's ('*').
export const QUICK_LINK_PAGES = {
  arxivAbstract: 'arxiv',
  arxivListing: 'arxiv',
  openReviewForum: 'openreview',
  aclPaper: 'acl',
  underTitle: '*',
};

const NAME = /^[A-Z][A-Za-z0-9]{1,31}$/;
const SUFFIX = /^[A-Za-z][A-Za-z0-9]{1,31}$/;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const HOST_AND_FOLDER = /^[a-z0-9.-]+(\/[A-Za-z0-9._-]+)*$/;
const URL_PATH = /^([A-Za-z0-9._-]+\/)*$/;
const PAGE_PATH = /^\/[A-Za-z0-9._/-]*$/;
const DOI_PREFIX = /^10\.[0-9]{4,9}\/[A-Za-z0-9._/-]*$/;
const MATCH_PATTERN = /^(\*|https?|file):\/\/[^\s]*$/;
const WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;
const ONE_LINE = /^[^\r\n]*$/;
const MAX_INT = 2 ** 31 - 1;

const KEYS = {
  top: ['about', 'maxKeyLength', 'arxiv', 'sources', 'listedVenues', 'notCollected'],
  arxiv: ['doiPrefix', 'oldStyleArchives', 'pdfPages', 'quickLinks'],
  source: ['name', 'suffix', 'description', 'reader', 'urls', 'idInQuery', 'doiPrefix', 'facts', 'pdfPages', 'quickLinks'],
  url: ['host', 'path'],
  quickLink: ['page', 'host', 'path', 'title'],
  listedVenue: ['name', 'hosts', 'paper', 'firstYear', 'folder'],
  notCollected: ['host', 'doiPrefix'],
};

/** Throws an Error naming every problem in `data`; returns nothing when the data is usable. */
export function validate(data) {
  const problems = [];
  const check = (condition, where, what) => {
    if (!condition) problems.push(`${where}: ${what}`);
  };
  const isList = (value) => Array.isArray(value) && value.length > 0;
  const isWhole = (value, min = 0) => Number.isInteger(value) && value >= min && value <= MAX_INT;
  // A misspelt key ("doiprefix") would otherwise be ignored, and its feature silently missing.
  const onlyKnownKeys = (object, kind, where) => {
    for (const key of Object.keys(object ?? {})) check(KEYS[kind].includes(key), where, `unknown key "${key}"`);
  };

  onlyKnownKeys(data, 'top', 'grammar/venues.json');
  check(isWhole(data.maxKeyLength, 1), 'maxKeyLength', 'a positive whole number');

  const arxiv = data.arxiv ?? {};
  onlyKnownKeys(arxiv, 'arxiv', 'arxiv');
  check(DOI_PREFIX.test(arxiv.doiPrefix ?? ''), 'arxiv.doiPrefix', 'a DOI prefix such as 10.48550/arxiv.');
  check(isList(arxiv.oldStyleArchives) && arxiv.oldStyleArchives.every((name) => /^[a-z]+(-[a-z]+)?$/.test(name)),
    'arxiv.oldStyleArchives', 'archive names such as hep-th');
  checkPdfPages(arxiv.pdfPages, 'arxiv.pdfPages', check);
  checkQuickLinks(arxiv.quickLinks, 'arxiv', 'arxiv.quickLinks', check, onlyKnownKeys);

  check(isList(data.sources), 'sources', 'at least one source');
  const seen = new Map();
  const unique = (kind, value, where) => {
    const key = `${kind}:${String(value).toLowerCase()}`;
    if (seen.has(key)) problems.push(`${where}: ${kind} ${value} is also used by ${seen.get(key)}`);
    else seen.set(key, where);
  };
  const prefixes = [];
  for (const [index, source] of (data.sources ?? []).entries()) {
    const where = `sources[${index}] (${source.name ?? '?'})`;
    onlyKnownKeys(source, 'source', where);
    check(NAME.test(source.name ?? ''), where, 'name: PascalCase letters and digits, the C# enum member');
    check(SUFFIX.test(source.suffix ?? ''), where, 'suffix: the site section after the last @, letters and digits');
    check(source.description === undefined || (typeof source.description === 'string' && ONE_LINE.test(source.description)),
      where, 'description: one line');
    unique('name', source.name, where);
    unique('suffix', source.suffix, where);

    const reader = Object.hasOwn(READERS, source.reader) ? READERS[source.reader] : null;
    check(reader !== null, where, `reader: one of ${Object.keys(READERS).join(', ')}`);
    if (reader?.source) {
      // The reader's code in C# names its source: shared with another name, the two grammars would disagree.
      check(source.name === reader.source, where, `reader ${source.reader} is the code of source ${reader.source} alone; a new venue without quirks uses reader segment`);
      unique('reader', source.reader, where);
    }
    const expectedFacts = reader?.facts ?? {};
    const facts = source.facts ?? {};
    for (const [fact, kind] of Object.entries(expectedFacts)) {
      const value = facts[fact];
      const ok = kind === 'number' ? isWhole(value) : isList(value) && value.every((item) => WORD.test(item));
      check(ok, where, `facts.${fact}: ${kind === 'number' ? 'a whole number below 2^31' : 'a list of words'}, which reader ${source.reader} reads`);
    }
    for (const fact of Object.keys(facts)) {
      check(Object.hasOwn(expectedFacts, fact), where, `facts.${fact}: reader ${source.reader} reads no such fact`);
    }

    check(isList(source.urls), where, 'urls: at least one { host, path }');
    for (const url of source.urls ?? []) {
      onlyKnownKeys(url, 'url', where);
      check(HOST_AND_FOLDER.test(url.host ?? '') && HOST.test(url.host.split('/')[0]), where, `host ${url.host}: lower case, no scheme`);
      check(URL_PATH.test(url.path ?? '-'), where, `path ${url.path}: '' or folders each ending in '/'`);
      const prefix = `${url.host}/${url.path}`.toLowerCase();
      // The first prefix a URL starts with decides, so one that starts with an earlier one could never match.
      const earlier = prefixes.find((other) => prefix.startsWith(other.prefix));
      check(!earlier, where, `${prefix} can never match: ${earlier?.prefix} (${earlier?.where}) comes first`);
      prefixes.push({ prefix, where });
    }
    check(source.idInQuery === undefined || typeof source.idInQuery === 'boolean', where, 'idInQuery: true or false');
    if (source.doiPrefix !== undefined) {
      check(DOI_PREFIX.test(source.doiPrefix), where, `doiPrefix ${source.doiPrefix}: such as 10.18653/v1/`);
      check(DOI_READERS.includes(source.reader), where, `doiPrefix: only readers ${DOI_READERS.join(', ')} read DOIs`);
      unique('doiPrefix', source.doiPrefix, where);
    }
    checkPdfPages(source.pdfPages, `${where}.pdfPages`, check);
    checkQuickLinks(source.quickLinks, source.reader, `${where}.quickLinks`, check, onlyKnownKeys);
  }

  for (const [index, venue] of (data.listedVenues ?? []).entries()) {
    const where = `listedVenues[${index}] (${venue.name ?? '?'})`;
    onlyKnownKeys(venue, 'listedVenue', where);
    check(/^[A-Za-z][A-Za-z0-9 -]{0,31}$/.test(venue.name ?? ''), where, 'name: the venue as readers know it');
    check(isList(venue.hosts) && venue.hosts.every((host) => HOST.test(host)), where, 'hosts: lower-case host names');
    for (const host of venue.hosts ?? []) unique('listed host', host, where);
    check(LISTED_PAPER_RULES.includes(venue.paper), where, `paper: one of ${LISTED_PAPER_RULES.join(', ')}`);
    check((venue.paper === 'fileInFolder') === (venue.folder !== undefined), where, 'folder: the year folder\'s start, for fileInFolder and only for it');
    check(venue.folder === undefined || /^[a-z0-9_-]+$/.test(venue.folder), where, 'folder: lower-case letters, digits, - and _');
    check(venue.firstYear === undefined || (venue.paper === 'proceedings' && isWhole(venue.firstYear)), where, 'firstYear: a year, for proceedings');
  }

  for (const [index, publisher] of (data.notCollected ?? []).entries()) {
    const where = `notCollected[${index}]`;
    onlyKnownKeys(publisher, 'notCollected', where);
    check(HOST.test(publisher.host ?? ''), where, 'host: a lower-case host name');
    check(DOI_PREFIX.test(publisher.doiPrefix ?? ''), where, 'doiPrefix: such as 10.1145/');
  }

  if (problems.length > 0) throw new Error(`grammar/venues.json: ${problems.join('; ')}`);
}

function checkPdfPages(pages, where, check) {
  if (pages === undefined) return;
  check(Array.isArray(pages) && pages.every((page) => MATCH_PATTERN.test(page)), where, 'match patterns such as *://host/pdf/*');
}

// `owner` is 'arxiv' or the source's reader: a page script reads its own site's pages only.
function checkQuickLinks(links, owner, where, check, onlyKnownKeys) {
  if (links === undefined) return;
  check(Array.isArray(links), where, 'a list');
  for (const link of Array.isArray(links) ? links : []) {
    onlyKnownKeys(link, 'quickLink', where);
    const fits = QUICK_LINK_PAGES[link.page];
    check(fits !== undefined, where, `page: one of ${Object.keys(QUICK_LINK_PAGES).join(', ')}`);
    check(fits === undefined || fits === owner || (fits === '*' && owner !== 'arxiv'), where, `page ${link.page} does not read ${owner === 'arxiv' ? "arXiv's" : `reader ${owner}'s`} pages`);
    check(HOST.test(link.host ?? ''), where, `host ${link.host}: a lower-case host name`);
    check(PAGE_PATH.test(link.path ?? ''), where, `path ${link.path}: starts with /`);
    check((link.page === 'underTitle') === (typeof link.title === 'string'), where, 'title: the CSS selector of the page title, for underTitle and only for it');
  }
}
