// Paper identifiers: finding them in text and URLs, and turning them into target-site URLs.
// Its facts (hosts, prefixes, site sections, bounds) come from venues.js, generated from
// grammar/venues.json; content scripts load both as web-accessible modules, and the service's
// bookmarklet embeds both.
import { VENUES } from './venues.js';

// The service documents this limit; anything beyond it would be rejected or truncated there.
export const MAX_IDS = 50;

// Long selections are only scanned this far, so a huge page selection stays cheap.
const MAX_INPUT_CHARS = 200_000;

// Search words beyond this add nothing to a site search and bloat the URL.
const MAX_SEARCH_CHARS = 300;

// Old-style ids exist only for the archives that existed before April 2007.
const OLD_ARCHIVES = VENUES.arxiv.oldStyleArchives;
const SOURCES = VENUES.sources;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

const ARCHIVE_ALTERNATIVES = [...OLD_ARCHIVES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// `[0-9]`, never `\d`: digits of other scripts are not arXiv digits.
// The look-behind and look-aheads keep an id from being cut out of a longer run of digits or dots.
const NEW_STYLE = /(?<![0-9.])([0-9]{2})([0-9]{2})\.([0-9]{4,5})(?:v[0-9]+)?(?![0-9])(?!\.[0-9])/g;

// A letter, digit or dash in front would make the archive part of a longer word ("docs/…").
const OLD_STYLE = new RegExp(
  `(?<![A-Za-z0-9-])(${ARCHIVE_ALTERNATIVES})(?:\\.[A-Za-z]{2})?/([0-9]{2})([0-9]{2})([0-9]{3})(?:v[0-9]+)?(?![0-9])`,
  'gi',
);

// A DOI runs to the next white space or quote: its suffix may hold id-shaped numbers that belong
// to someone else. The same characters end it as in the service's grammar.
export const DOI = /(?<![0-9A-Za-z.])10\.([0-9]{4,9})\/([^ \t\r\n\f\v"<>]+)/g;
const ARXIV_DOI_PREFIX = VENUES.arxiv.doiPrefix;
// The registrants whose DOIs name a listed paper; each source's reader reads what follows the prefix.
const PAPER_DOIS = SOURCES.filter((source) => source.doiPrefix).map((source) => ({ prefix: source.doiPrefix.toLowerCase(), source }));

// A conference URL runs to the next white space or quote, as one token: a host named inside
// another host's URL (in its query, say) is part of that URL, not a paper of its own. The
// service's grammar reads the same tokens (PaperIdPatterns.ConferenceUrl).
// White space as .NET's regular expressions see it (JavaScript's \s also takes U+FEFF, not U+0085).
const SPACE = '\\t\\n\\v\\f\\r \\x85\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_CHAR = new RegExp(`[${SPACE}]`);
const CONFERENCE_HOSTS = [...new Set(SOURCES.flatMap((source) => source.urls.map((url) => url.host)))];
const CONFERENCE_URL = new RegExp(
  `(?<![A-Za-z0-9.-])(?:www\\.)?(?:${CONFERENCE_HOSTS.map(escapeRegExp).join('|')})/[^${SPACE}"<>]*`,
  'gi',
);
// Where each source's papers live: the first prefix a URL starts with decides.
const URL_PREFIXES = SOURCES.flatMap((source) =>
  source.urls.map((url) => ({ prefix: `${url.host}/${url.path}`.toLowerCase(), source })),
);

// Each reads what follows its source's URL prefix.
const OPENREVIEW = /^(forum|pdf|attachment)\/*\?([^#]*)/i;
const OPENREVIEW_ID = /^[A-Za-z0-9_-]*/;
const ACL = /^(?:papers\/[A-Za-z]\/[A-Za-z][0-9]{2}\/)?([^/?#]*)/i;
const ACL_FILE = /^(.*?)(?:v[0-9]+)?(?:\.[A-Za-z]+)?$/;
const IJCAI = /^([0-9]{4})\/([0-9]+)(?:\.pdf)?([^]*)$/i;
const PMLR = /^[vV]([0-9]{1,4})\/([^/?#]*)/i;
// CVPR2024/html/<Stem>_CVPR_2024_paper.html, …/papers/…_paper.pdf, …/supplemental/…_supplemental.pdf.
// The file repeats its folder's conference and year; that is checked in code.
const CVF =
  /^([A-Za-z]{4})([0-9]{4})\/(html|papers|supplemental)\/([A-Za-z0-9_-]+)_([A-Za-z]{4})_([0-9]{4})_(paper|supplemental)\.[A-Za-z]+([^]*)$/i;
const AAAI = /^(?:view|download)\/([0-9]+)([^]*)$/i;
// AAAI's journal software ends each DOI in the article number: <volume>i<issue>.<article>.
const AAAI_DOI = /^[0-9]+i[0-9]+\.([0-9]+)([^]*)$/i;
const USENIX = /^([A-Za-z]+)([0-9]{2})\/presentation\/([^/?#]*)/i;

// What may follow the last part of a path segment: the punctuation of a sentence, then the rest of
// the URL or the end.
const SEGMENT_REST = /^[.,;:!?)\]}']*(?:[/?#][^]*)?$/;
const SENTENCE_END = /[.,;:!?)\]}']+$/;

const MAX_KEY = VENUES.maxKeyLength;
const USENIX_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9-]{0,${MAX_KEY - 1}}$`);
// One path segment, a file type dropped, for a venue added as data alone (reader "segment").
const SEGMENT_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,${MAX_KEY - 1}}$`);

// The target site's own venue form reads back, so what the site shows can be pasted again.
// The middle part is a volume or year (PMLR, IJCAI) or a conference and its year (CVPR2024, usenixsecurity24).
// A key may be as long as the longest any source has (a CVF stem holds a whole title).
const LONGEST_KEY = Math.max(MAX_KEY, ...SOURCES.map((source) => source.facts?.maxStemLength ?? 0));
const SITE_VENUE = new RegExp(
  `(?<![A-Za-z0-9_.@-])([A-Za-z0-9_-][A-Za-z0-9_.-]{0,${LONGEST_KEY - 1}})(?:@(?:([Vv]?)([0-9]{1,4})|([A-Za-z]{2,16})([0-9]{2,4})))?` +
    `@(${SOURCES.map((source) => source.suffix).join('|')})(?![A-Za-z0-9])`,
  'gi',
);
const CVF_STEM = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const OPENREVIEW_KEY = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_KEY}}$`);
// New anthology ids (2023.acl-long.1) and old ones (P19-1001).
const ACL_KEY = /^(?:([12][0-9]{3}\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.[0-9]+)|([A-Za-z][0-9]{2}-[0-9]{4}))$/;

const CANONICAL_NEW = /^[0-9]{4}\.[0-9]{4,5}$/;
const CANONICAL_OLD = new RegExp(`^(?:${ARCHIVE_ALTERNATIVES})/[0-9]{7}$`);
const VENUE_ID = /^[A-Za-z0-9._-]+(?:@[A-Za-z0-9._-]+)+$/;

// Two ids found at the same place ("2401.12345v2.1@ACL" is an arXiv id and an anthology id) come out in the
// order the service's grammar finds them: arXiv ids, then DOIs, conference URLs, and the site's own form.
const RANK = { newStyle: 0, oldStyle: 1, doi: 2, conferenceUrl: 3, siteVenueId: 4 };

/**
 * Every paper id in `text`, canonical, in order of appearance, without duplicates.
 * arXiv ids come out as arXiv writes them; conference ids in the target site's venue form.
 * Never throws: anything that is not a string has no ids.
 */
export function extractIds(text) {
  if (typeof text !== 'string' || text.length === 0) return [];
  const source = prepare(text);

  const found = [];
  const claimed = [];
  findVenueIds(source, found);
  findDois(source, found, claimed);

  const rest = blank(source, claimed);
  findNewStyle(rest, found);
  findOldStyle(rest, found);

  found.sort((a, b) => a.index - b.index || a.rank - b.rank);
  return [...new Set(found.map((hit) => hit.id))];
}

/** True for the target site's conference id form (`X@OpenReview`, `123@2023@IJCAI`, …). */
export function isVenueId(id) {
  return typeof id === 'string' && VENUE_ID.test(id);
}

/** True for a canonical arXiv id, new or old style, without version. */
export function isArxivId(id) {
  return typeof id === 'string' && (CANONICAL_NEW.test(id) || CANONICAL_OLD.test(id));
}

/**
 * The ids one request carries: arXiv ids win over venue ids when both are present (the two
 * live under different paths), and no more than the service accepts.
 */
export function selectIds(ids) {
  const list = Array.isArray(ids) ? ids : [];
  const arxiv = list.filter(isArxivId);
  if (arxiv.length > 0) return { kind: 'arxiv', ids: arxiv.slice(0, MAX_IDS) };
  const venue = list.filter(isVenueId);
  if (venue.length > 0) return { kind: 'venue', ids: venue.slice(0, MAX_IDS) };
  return null;
}

/**
 * One page per kind, in reading order (the kind found first comes first): arXiv ids and venue ids
 * cannot share a page on the site. Each page holds at most MAX_IDS ids; `leftOut` counts the rest.
 */
export function buildTargetUrls(serviceUrl, ids) {
  const list = Array.isArray(ids) ? ids : [];
  const kinds = [];
  for (const id of list) {
    const kind = isArxivId(id) ? 'arxiv' : isVenueId(id) ? 'venue' : null;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  let leftOut = 0;
  const urls = kinds.map((kind) => {
    const ofKind = list.filter(kind === 'arxiv' ? isArxivId : isVenueId);
    leftOut += Math.max(0, ofKind.length - MAX_IDS);
    return new URL(`/${kind}/${ofKind.slice(0, MAX_IDS).join(',')}`, serviceUrl).href;
  });
  return { urls, leftOut };
}

/** `<service>/arxiv/<id>,<id>` or `<service>/venue/<id>,<id>`; null when no id is usable. */
export function buildTargetUrl(serviceUrl, ids) {
  const selected = selectIds(ids);
  if (!selected) return null;
  return new URL(`/${selected.kind}/${selected.ids.join(',')}`, serviceUrl).href;
}

/** `<service>/arxiv/search?highlight=1&query=<words>`; null when there are no words. */
export function buildSearchUrl(serviceUrl, words) {
  const query = searchWords(words);
  if (!query) return null;
  const url = new URL('/arxiv/search', serviceUrl);
  url.searchParams.set('highlight', '1');
  url.searchParams.set('query', query);
  return url.href;
}

/** `<service>/venue/search?query=<title>`: the site's conference search, for a paper whose id is unknown. */
export function buildVenueSearchUrl(serviceUrl, title) {
  const query = searchWords(title);
  if (!query) return null;
  const url = new URL('/venue/search', serviceUrl);
  url.searchParams.set('query', query);
  return url.href;
}

/** Selected text reduced to what a search box would hold: one line, trimmed, bounded. */
export function searchWords(text) {
  if (typeof text !== 'string') return '';
  const words = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (words.length <= MAX_SEARCH_CHARS) return words;
  const cut = words.slice(0, MAX_SEARCH_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trim();
}

/**
 * The text without white space at either end, white space as the service's Trim() sees it (.NET's
 * char.IsWhiteSpace): unlike trim(), it takes U+0085 and leaves U+FEFF. A loop, not /^\s+|\s+$/,
 * which is quadratic on a long run of inner spaces.
 */
export function trimSpace(text) {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_CHAR.test(text[start])) start++;
  while (end > start && SPACE_CHAR.test(text[end - 1])) end--;
  return text.slice(start, end);
}

// Escapes are decoded first, then full-width forms become ASCII (NFKC), as in the service's
// grammar: a full-width "％" is a character, not an escape.
export function prepare(text) {
  const bounded = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
  return percentDecode(bounded).normalize('NFKC');
}

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ANY_ESCAPE = /%[0-9A-Fa-f]{2}/;
const ASCII_ESCAPE = /%([0-7][0-9A-Fa-f])/g;

// Redirectors sometimes encode a URL twice; two rounds cover that, as in the service.
function percentDecode(text) {
  let current = text;
  for (let round = 0; round < 2 && ANY_ESCAPE.test(current); round++) {
    const next = current.replace(ESCAPE_RUN, decodeRun);
    if (next === current) break;
    current = next;
  }
  return current;
}

// A run that is not valid UTF-8 still has its ASCII escapes decoded, so one stray byte
// does not hide an id encoded next to it.
function decodeRun(run) {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(ASCII_ESCAPE, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  }
}

function findVenueIds(text, found) {
  for (const match of text.matchAll(CONFERENCE_URL)) {
    const id = conferenceUrlId(match[0].replace(/^www\./i, ''));
    if (id) found.push({ index: match.index, rank: RANK.conferenceUrl, id });
  }
  for (const match of text.matchAll(SITE_VENUE)) {
    const id = siteVenueId(match);
    if (id) found.push({ index: match.index, rank: RANK.siteVenueId, id });
  }
}

function conferenceUrlId(url) {
  const lower = url.toLowerCase();
  const entry = URL_PREFIXES.find(({ prefix }) => lower.startsWith(prefix));
  if (!entry) return null;
  const { source } = entry;
  const rest = url.slice(entry.prefix.length);
  let match;
  switch (source.reader) {
    case 'openreview':
      match = OPENREVIEW.exec(rest);
      return match ? openReviewId(match[2], source) : null;
    case 'acl':
      return aclUrlId(trimSentenceEnd(ACL.exec(rest)[1]), source);
    case 'ijcai':
      match = IJCAI.exec(rest);
      return match ? ijcaiId(match[1], match[2], match[3], source) : null;
    case 'pmlr':
      match = PMLR.exec(rest);
      return match ? pmlrUrlId(match[1], match[2], source) : null;
    case 'cvf':
      match = CVF.exec(rest);
      return match ? cvfId(match, source) : null;
    case 'aaai':
      match = AAAI.exec(rest);
      return match && SEGMENT_REST.test(match[2]) ? aaaiId(match[1], source) : null;
    case 'usenix':
      match = USENIX.exec(rest);
      return match ? usenixId(trimSentenceEnd(match[3]), match[1], match[2], source) : null;
    default:
      return segmentId(rest, source);
  }
}

function trimSentenceEnd(segment) {
  return segment.replace(SENTENCE_END, '');
}

// <key>, <key>/…, <key>.pdf: the first path segment without a file type, for a venue added as data alone.
function segmentId(rest, source) {
  const key = trimSentenceEnd(rest.split(/[/?#]/, 1)[0]).replace(/\.[A-Za-z]+$/, '');
  return segmentKeyId(key, source);
}

function segmentKeyId(key, source) {
  return SEGMENT_KEY.test(key) ? `${key}@${source.suffix}` : null;
}

// The first id= parameter decides: forum?id=X, pdf?id=X, parameters in any order.
function openReviewId(query, source) {
  for (const pair of query.split('&')) {
    if (!pair.startsWith('id=')) continue;
    const key = OPENREVIEW_ID.exec(pair.slice(3))[0];
    return key.length > 0 && key.length <= MAX_KEY ? `${key}@${source.suffix}` : null;
  }
  return null;
}

// 2023.acl-long.1, 2024.acl-long.800.pdf, P19-1001v2.pdf: a version and a file type may follow.
function aclUrlId(segment, source) {
  return aclKeyId(ACL_FILE.exec(segment)[1], source);
}

function aclKeyId(key, source) {
  const acl = ACL_KEY.exec(key);
  return acl && acl[0].length <= MAX_KEY ? `${aclId(acl[1], acl[2])}@${source.suffix}` : null;
}

function ijcaiId(yearText, paperText, rest, source) {
  const { firstYear, lastYear, maxPaperDigits, maxPaper } = source.facts;
  const year = Number(yearText);
  const paper = Number(paperText);
  if (paperText.length > maxPaperDigits || !SEGMENT_REST.test(rest)) return null;
  return year >= firstYear && year <= lastYear && paper > 0 && paper <= maxPaper ? `${paper}@${year}@${source.suffix}` : null;
}

// v202/chen23a.html, v202/chen23a/chen23a.pdf, v202/chen23a/chen23a-supp.pdf
function pmlrUrlId(volumeText, segment, source) {
  const volume = Number(volumeText);
  const key = trimSentenceEnd(segment).replace(/\.html$/i, '').split('.', 1)[0].replace(/-supp$/, '');
  return pmlrId(key, volume, source);
}

function pmlrId(key, volume, source) {
  return volume > 0 && volume <= source.facts.maxVolume && isPmlrKey(key) ? `${key}@v${volume}@${source.suffix}` : null;
}

// Paper keys are an author and a year ("chen23a"); digit-free names are site pages.
function isPmlrKey(key) {
  return key.length <= MAX_KEY && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(key) && /[0-9]/.test(key) && /[A-Za-z]/.test(key);
}

function siteVenueId(match) {
  const [, key, volumePrefix, volume, conference, conferenceYear, suffix] = match;
  const source = SOURCES.find((candidate) => candidate.suffix.toLowerCase() === suffix.toLowerCase());
  const noMiddle = volume === undefined && conference === undefined;
  switch (source.reader) {
    case 'openreview':
      return noMiddle && OPENREVIEW_KEY.test(key) ? `${key}@${source.suffix}` : null;
    case 'acl':
      return noMiddle ? aclKeyId(key, source) : null;
    case 'ijcai': {
      const { firstYear, lastYear, maxPaper } = source.facts;
      const paper = /^[0-9]+$/.test(key) && Number(key) <= maxPaper ? Number(key) : 0;
      const year = Number(volume);
      return volumePrefix === '' && paper > 0 && volume.length === 4 && year >= firstYear && year <= lastYear
        ? `${paper}@${year}@${source.suffix}`
        : null;
    }
    case 'pmlr':
      return volumePrefix !== '' && volumePrefix !== undefined ? pmlrId(key, Number(volume), source) : null;
    case 'aaai':
      return noMiddle && /^[0-9]+$/.test(key) ? aaaiId(key, source) : null;
    case 'cvf':
      return conference !== undefined && conferenceYear.length === 4 ? cvfStemId(key, conference, conferenceYear, source) : null;
    case 'usenix':
      return conference !== undefined && conferenceYear.length === 2 ? usenixId(key, conference, conferenceYear, source) : null;
    default:
      return noMiddle ? segmentKeyId(key, source) : null;
  }
}

function cvfId(match, source) {
  const [, folderConference, folderYear, section, stem, fileConference, fileYear, kind, rest] = match;
  if (!SEGMENT_REST.test(rest)) return null;
  const expectedKind = section.toLowerCase() === 'supplemental' ? 'supplemental' : 'paper';
  if (kind.toLowerCase() !== expectedKind || fileYear !== folderYear) return null;
  if (fileConference.toUpperCase() !== folderConference.toUpperCase()) return null;
  return cvfStemId(stem, folderConference, folderYear, source);
}

// Stems keep CVF's own spelling, case and truncation; only the listed conferences from the first listed year have site ids.
function cvfStemId(stem, conference, year, source) {
  const { conferences, firstYear, lastYear, maxStemLength } = source.facts;
  const name = conferences.find((known) => known.toUpperCase() === conference.toUpperCase());
  const number = Number(year);
  if (!name || number < firstYear || number > lastYear) return null;
  if (stem.length > maxStemLength || !CVF_STEM.test(stem)) return null;
  return `${stem}@${name}${year}@${source.suffix}`;
}

function aaaiId(digits, source) {
  const article = Number(digits);
  return article >= 1 && article <= source.facts.maxArticle ? `${article}@${source.suffix}` : null;
}

function usenixId(presentation, conference, year, source) {
  const name = source.facts.conferences.find((known) => known.toLowerCase() === conference.toLowerCase());
  if (!name || !USENIX_KEY.test(presentation)) return null;
  return `${presentation.toLowerCase()}@${name}${year}@${source.suffix}`;
}

function aclId(newStyle, oldStyle) {
  if (newStyle) return newStyle.toLowerCase();
  return oldStyle[0].toUpperCase() + oldStyle.slice(1);
}

// What follows a registrant's DOI prefix: 2023.acl-long.1 after 10.18653/v1/.
function doiPaperId(rest, source) {
  switch (source.reader) {
    case 'acl':
      return aclKeyId(trimSentenceEnd(rest), source);
    case 'aaai': {
      const aaai = AAAI_DOI.exec(rest);
      return aaai && SEGMENT_REST.test(aaai[2]) ? aaaiId(aaai[1], source) : null;
    }
    default:
      return segmentId(rest, source);
  }
}

// Numbers inside other registrants' DOIs are not arXiv ids, so those DOIs are claimed whole.
// An arXiv DOI gives up only its prefix: the id behind it is then found like any other.
function findDois(text, found, claimed) {
  for (const match of text.matchAll(DOI)) {
    const whole = match[0];
    const lower = whole.toLowerCase();
    if (lower.startsWith(ARXIV_DOI_PREFIX)) {
      claimed.push([match.index, match.index + ARXIV_DOI_PREFIX.length]);
      continue;
    }
    claimed.push([match.index, match.index + whole.length]);
    const registrant = PAPER_DOIS.find(({ prefix }) => lower.startsWith(prefix));
    const id = registrant ? doiPaperId(whole.slice(registrant.prefix.length), registrant.source) : null;
    if (id) found.push({ index: match.index, rank: RANK.doi, id });
  }
}

// Claimed spans become spaces, so positions stay comparable and no id starts inside them.
function blank(text, spans) {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const [start, end] of spans) chars.fill(' ', start, end);
  return chars.join('');
}

function findNewStyle(text, found) {
  for (const match of text.matchAll(NEW_STYLE)) {
    const id = canonicalNewStyle(Number(match[1]), Number(match[2]), Number(match[3]));
    if (id) found.push({ index: match.index, rank: RANK.newStyle, id });
  }
}

function findOldStyle(text, found) {
  for (const match of text.matchAll(OLD_STYLE)) {
    const [, archive, yy, mm, number] = match;
    if (isOldStyleValid(Number(yy), Number(mm), Number(number))) {
      found.push({ index: match.index, rank: RANK.oldStyle, id: `${archive.toLowerCase()}/${yy}${mm}${number}` });
    }
  }
}

// Range checks live here, after the match, where they read as the rules they are.
function canonicalNewStyle(yy, mm, number) {
  if (mm < 1 || mm > 12) return null;
  const yymm = yy * 100 + mm;
  if (yymm < 704) return null; // new style began in April 2007
  if (number < 1) return null;
  const fiveDigitEra = yymm >= 1501;
  if (!fiveDigitEra && number > 9999) return null;
  const digits = fiveDigitEra ? 5 : 4;
  return `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}.${String(number).padStart(digits, '0')}`;
}

function isOldStyleValid(yy, mm, number) {
  if (mm < 1 || mm > 12 || number < 1) return false;
  const yearMonth = (yy >= 91 ? 1900 + yy : 2000 + yy) * 100 + mm;
  return yearMonth >= 199107 && yearMonth <= 200703;
}
