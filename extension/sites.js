// Addresses that hold no paper id but still say something: a paper of a venue the site lists
// whose site id cannot be read from the address (search for its title instead), or a publisher
// the site never collects. Mirrors the service's KnownSites; both are tested against the
// shared vectors ("sites").
import { DOI, prepare } from './ids.js';

const FIRST_LISTED_NEURIPS_YEAR = 2021;

const PUBLISHER_HOSTS = ['dl.acm.org', 'ieeexplore.ieee.org', 'link.springer.com'];

const PUBLISHER_DOIS = [
  ['10.1145/', 'dl.acm.org'],
  ['10.1109/', 'ieeexplore.ieee.org'],
  ['10.1007/', 'link.springer.com'],
];


// paper_files/paper/2023/hash/<hash>-Abstract-Conference.html, …/file/<hash>-Paper.pdf, older paper/2020/hash/….
const PROCEEDINGS_PAPER = /^(?:paper_files\/)?paper\/([0-9]{4})\/(?:hash|file)\/[^/?#]/i;

const LISTED_VENUES = [
  {
    name: 'NeurIPS',
    hosts: ['proceedings.neurips.cc', 'papers.nips.cc', 'papers.neurips.cc'],
    isPaper: (path) => {
      const match = PROCEEDINGS_PAPER.exec(path);
      return match !== null && Number(match[1]) >= FIRST_LISTED_NEURIPS_YEAR;
    },
  },
  { name: 'MLSys', hosts: ['proceedings.mlsys.org'], isPaper: (path) => PROCEEDINGS_PAPER.test(path) },
  {
    name: 'ECCV',
    hosts: ['ecva.net'],
    isPaper: (path) => /^papers\/eccv_[^?#]*?\/papers_ECCV\/(?:html|papers)\/[^/?#]/i.test(path),
  },
  { name: 'Interspeech', hosts: ['isca-archive.org'], isPaper: (path) => isFileInFolder(path, 'interspeech_') },
  { name: 'MICCAI', hosts: ['papers.miccai.org'], isPaper: (path) => isFileInFolder(path, 'miccai-') },
  {
    name: 'NDSS',
    hosts: ['ndss-symposium.org'],
    isPaper: (path) =>
      /^ndss-paper\/[^/?#]/i.test(path) || (/^wp-content\/uploads\//i.test(path) && /paper\.pdf$/i.test(fileName(path))),
  },
];

/**
 * What an address without ids still tells: `{ kind: 'listed', name: 'NeurIPS' }`,
 * `{ kind: 'notCollected', name: 'dl.acm.org' }`, or `{ kind: 'none' }`. Never throws.
 */
export function classifySite(input) {
  if (typeof input !== 'string' || input.length === 0) return { kind: 'none' };
  const text = prepare(input).trim();
  const address = withoutScheme(text).replace(/^www\./i, '');

  for (const host of PUBLISHER_HOSTS) {
    if (pathOn(address, host) !== null) return { kind: 'notCollected', name: host };
  }
  for (const venue of LISTED_VENUES) {
    for (const host of venue.hosts) {
      const path = pathOn(address, host);
      if (path !== null && venue.isPaper(path)) return { kind: 'listed', name: venue.name };
    }
  }
  for (const match of text.matchAll(DOI)) {
    const publisher = PUBLISHER_DOIS.find(([prefix]) => match[0].startsWith(prefix));
    if (publisher) return { kind: 'notCollected', name: publisher[1] };
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
