// Addresses that hold no paper id but still say something: a paper of a venue the site lists
// whose site id cannot be read from the address (search for its title instead), or a publisher
// the site never collects. Mirrors the service's KnownSites; both are tested against the
// shared vectors ("sites").
import { DOI, prepare, trimSpace } from './ids.js';
import { VENUES } from './venues.js';

// paper_files/paper/2023/hash/<hash>-Abstract-Conference.html, …/file/<hash>-Paper.pdf, older paper/2020/hash/….
const PROCEEDINGS_PAPER = /^(?:paper_files\/)?paper\/([0-9]{4})\/(?:hash|file)\/[^/?#]/i;

// How each kind of listed venue's paper pages are told from its other pages; which venue is which
// kind, on which hosts, is in grammar/venues.json (listedVenues).
const PAPER_RULES = {
  proceedings: (path, venue) => {
    const match = PROCEEDINGS_PAPER.exec(path);
    return match !== null && Number(match[1]) >= (venue.firstYear ?? 0);
  },
  eccv: (path) => /^papers\/eccv_[^/?#]*\/papers_ECCV\/(?:html|papers)\/[^/?#]/i.test(path),
  fileInFolder: (path, venue) => isFileInFolder(path, venue.folder),
  ndss: (path) =>
    /^ndss-paper\/[^/?#]/i.test(path) || (/^wp-content\/uploads\//i.test(path) && /paper\.pdf$/i.test(fileName(path))),
};

/**
 * What an address without ids still tells: `{ kind: 'listed', name: 'NeurIPS' }`,
 * `{ kind: 'notCollected', name: <the publisher's host> }`, or `{ kind: 'none' }`. Never throws.
 */
export function classifySite(input) {
  if (typeof input !== 'string' || input.length === 0) return { kind: 'none' };
  const text = trimSpace(prepare(input));
  const address = withoutScheme(text).replace(/^www\./i, '');

  for (const { host } of VENUES.notCollected) {
    if (pathOn(address, host) !== null) return { kind: 'notCollected', name: host };
  }
  for (const venue of VENUES.listedVenues) {
    for (const host of venue.hosts) {
      const path = pathOn(address, host);
      if (path !== null && PAPER_RULES[venue.paper](path, venue)) return { kind: 'listed', name: venue.name };
    }
  }
  for (const match of text.matchAll(DOI)) {
    const publisher = VENUES.notCollected.find(({ doiPrefix }) => match[0].startsWith(doiPrefix));
    if (publisher) return { kind: 'notCollected', name: publisher.host };
  }
  return { kind: 'none' };
}

function withoutScheme(text) {
  const separator = text.indexOf('://');
  return separator > 0 && separator <= 5 ? text.slice(separator + 3) : text;
}

// The path after `host/` when the address is on exactly that host (any port), '' for the bare
// host, null for another host.
function pathOn(address, host) {
  if (address.slice(0, host.length).toLowerCase() !== host) return null;
  let rest = address.slice(host.length);
  if (rest.startsWith(':')) {
    const end = rest.search(/[/?#]/);
    rest = end < 0 ? '' : rest.slice(end);
  }
  if (rest === '') return '';
  if (!/^[/?#]/.test(rest)) return null;
  return rest.startsWith('/') ? rest.slice(1) : '';
}

// interspeech_2024/doe24_interspeech.html: a file in a year's folder, not the folder's index.
function isFileInFolder(path, folderPrefix) {
  if (!path.toLowerCase().startsWith(folderPrefix)) return false;
  const slash = path.indexOf('/');
  if (slash < 0) return false;
  const file = fileName(path.slice(slash + 1));
  return file.length > 0 && !/^index/i.test(file);
}

function fileName(path) {
  const bare = path.split(/[?#]/, 1)[0].replace(/\/+$/, '');
  return bare.slice(bare.lastIndexOf('/') + 1);
}
