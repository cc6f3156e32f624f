import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { MAX_IDS, buildSearchUrl, buildTargetUrl, searchWords, selectIds } from '../../extension/ids.js';
import { planCurrentTab, planMenuClick, planOmnibox, planOpen } from '../../extension/plan.js';

const SITE = 'https://papers.cool';
const arxivIds = (count) => Array.from({ length: count }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`);

describe('buildTargetUrl', () => {
  test('one arXiv id', () => {
    assert.equal(buildTargetUrl(SITE, ['2401.12345']), 'https://papers.cool/arxiv/2401.12345');
  });

  test('several arXiv ids, comma-separated, in order', () => {
    assert.equal(buildTargetUrl(SITE, ['2401.12345', 'hep-th/9901001']), 'https://papers.cool/arxiv/2401.12345,hep-th/9901001');
  });

  test('venue ids go to /venue/ with their @ kept', () => {
    assert.equal(
      buildTargetUrl(SITE, ['LcF-EEt8cCC@OpenReview', '123@2023@IJCAI']),
      'https://papers.cool/venue/LcF-EEt8cCC@OpenReview,123@2023@IJCAI',
    );
  });

  test('arXiv ids win when both kinds are present', () => {
    assert.equal(
      buildTargetUrl(SITE, ['X123abc@OpenReview', '2401.12345', 'chen23a@v202@PMLR', '2312.00001']),
      'https://papers.cool/arxiv/2401.12345,2312.00001',
    );
  });

  test('at most 50 ids, the first ones', () => {
    const ids = arxivIds(60);
    const url = new URL(buildTargetUrl(SITE, ids));
    const sent = url.pathname.replace('/arxiv/', '').split(',');
    assert.equal(MAX_IDS, 50);
    assert.equal(sent.length, 50);
    assert.deepEqual(sent, ids.slice(0, 50));
  });

  test('the cap applies to venue ids too', () => {
    const ids = Array.from({ length: 51 }, (_, i) => `p${i}@OpenReview`);
    assert.equal(selectIds(ids).ids.length, 50);
  });

  test('a self-hosted service with port, with or without a trailing slash', () => {
    assert.equal(buildTargetUrl('http://localhost:8080', ['2401.12345']), 'http://localhost:8080/arxiv/2401.12345');
    assert.equal(buildTargetUrl('http://localhost:8080/', ['2401.12345']), 'http://localhost:8080/arxiv/2401.12345');
  });

  test('nothing usable gives null', () => {
    assert.equal(buildTargetUrl(SITE, []), null);
    assert.equal(buildTargetUrl(SITE, undefined), null);
    assert.equal(buildTargetUrl(SITE, ['../../admin', 'not an id']), null);
  });
});

describe('buildSearchUrl', () => {
  test('highlight first, then the words, encoded by URLSearchParams', () => {
    assert.equal(
      buildSearchUrl(SITE, 'graph neural networks'),
      'https://papers.cool/arxiv/search?highlight=1&query=graph+neural+networks',
    );
  });

  test('characters that would break the query are encoded', () => {
    const url = buildSearchUrl(SITE, 'a&b=c #d +e 50% ü');
    assert.equal(url, 'https://papers.cool/arxiv/search?highlight=1&query=a%26b%3Dc+%23d+%2Be+50%25+%C3%BC');
    assert.equal(new URL(url).searchParams.get('query'), 'a&b=c #d +e 50% ü');
    assert.equal([...new URL(url).searchParams.keys()].length, 2);
  });

  test('whitespace of a selection collapses to single spaces', () => {
    assert.equal(new URL(buildSearchUrl(SITE, '  attention\n\tis   all\u00a0you need  ')).searchParams.get('query'), 'attention is all you need');
  });

  test('no words, no search', () => {
    assert.equal(buildSearchUrl(SITE, ''), null);
    assert.equal(buildSearchUrl(SITE, '   \n'), null);
    assert.equal(buildSearchUrl(SITE, undefined), null);
  });

  test('a long selection is cut at a word boundary', () => {
    const words = searchWords('word '.repeat(200));
    assert.ok(words.length <= 300);
    assert.ok(words.endsWith('word'));
  });
});

describe('planMenuClick', () => {
  const tab = { id: 7, index: 2, url: 'https://arxiv.org/abs/1406.2661' };

  test('the selection comes first, and all of its ids go', () => {
    const plan = planMenuClick(
      { selectionText: 'see 2401.12345 and 2312.00001', linkUrl: 'https://arxiv.org/abs/1501.00001', pageUrl: tab.url },
      tab,
      SITE,
    );
    assert.deepEqual(plan, {
      kind: 'papers',
      ids: ['2401.12345', '2312.00001'],
      urls: ['https://papers.cool/arxiv/2401.12345,2312.00001'],
      leftOut: 0,
    });
  });

  test('then the link', () => {
    const plan = planMenuClick({ selectionText: 'no ids', linkUrl: 'https://openreview.net/forum?id=LcF-EEt8cCC', pageUrl: tab.url }, tab, SITE);
    assert.deepEqual(plan.urls, ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
  });

  test('then the page, even when a link without ids was right-clicked and nothing was selected', () => {
    const plan = planMenuClick({ linkUrl: 'https://example.com/', pageUrl: tab.url }, tab, SITE);
    assert.deepEqual(plan.urls, ['https://papers.cool/arxiv/1406.2661']);
  });

  test("then the tab's URL when the page URL is missing", () => {
    assert.deepEqual(planMenuClick({}, tab, SITE).urls, ['https://papers.cool/arxiv/1406.2661']);
  });

  test('then the frame', () => {
    const plan = planMenuClick(
      { pageUrl: 'https://example.com/', frameUrl: 'https://proceedings.mlr.press/v202/chen23a/chen23a.pdf' },
      { id: 1, index: 0 },
      SITE,
    );
    assert.deepEqual(plan.urls, ['https://papers.cool/venue/chen23a@v202@PMLR']);
  });

  test('both kinds in the source that decides: one page each, the kind read first first', () => {
    const plan = planMenuClick({ selectionText: 'openreview.net/forum?id=abc then arXiv:2401.12345, hep-th/9901001' }, undefined, SITE);
    assert.deepEqual(plan.urls, ['https://papers.cool/venue/abc@OpenReview', 'https://papers.cool/arxiv/2401.12345,hep-th/9901001']);
    assert.equal(plan.leftOut, 0);
  });

  test('more ids of a kind than a page shows: the first page, and how many were left out', () => {
    const ids = Array.from({ length: 60 }, (_, n) => `2401.${String(n + 1).padStart(5, '0')}`);
    const plan = planMenuClick({ selectionText: ids.join(' ') }, undefined, SITE);
    assert.deepEqual(plan.urls, [`https://papers.cool/arxiv/${ids.slice(0, 50).join(',')}`]);
    assert.equal(plan.leftOut, 10);
  });

  test('no id anywhere: the selected words go to the site search', () => {
    const plan = planMenuClick({ selectionText: 'diffusion models', pageUrl: 'https://example.com/' }, undefined, SITE);
    assert.deepEqual(plan, { kind: 'search', url: 'https://papers.cool/arxiv/search?highlight=1&query=diffusion+models' });
  });

  test('no id and no selection: nothing to open', () => {
    assert.deepEqual(planMenuClick({ pageUrl: 'https://example.com/', linkUrl: 'https://example.com/x' }, undefined, SITE), { kind: 'none' });
  });

  test('missing fields never throw; a click on a page whose address names nothing reads the page', () => {
    for (const [info, missingTab] of [[undefined, undefined], [null, null], [{}, {}], [{ selectionText: null }, { url: null }]]) {
      assert.deepEqual(planMenuClick(info, missingTab, SITE), { kind: 'page' });
    }
    assert.deepEqual(planMenuClick({ selectionText: null, linkUrl: 5 }, { url: null }, SITE), { kind: 'none' });
  });

  test('a link to a listed venue searches for its text; to a publisher never collected, for its text among arXiv papers', () => {
    const neurips = 'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html';
    assert.deepEqual(planMenuClick({ linkUrl: neurips, linkText: '  Sparse  Mixtures ', pageUrl: 'https://example.com/' }, undefined, SITE), {
      kind: 'venueLink',
      venue: 'NeurIPS',
      title: 'Sparse Mixtures',
      link: { url: neurips, frameId: 0 },
    });
    assert.deepEqual(planMenuClick({ linkUrl: 'https://dl.acm.org/doi/10.1145/3600006.3613165', linkText: 'Efficient Memory', pageUrl: 'https://example.com/' }, undefined, SITE), {
      kind: 'notCollected',
      publisher: 'dl.acm.org',
      title: 'Efficient Memory',
      frameId: null,
      link: { url: 'https://dl.acm.org/doi/10.1145/3600006.3613165', frameId: 0 },
    });
    assert.deepEqual(planMenuClick({ pageUrl: 'https://dl.acm.org/doi/10.1145/3600006.3613165' }, undefined, SITE), {
      kind: 'notCollected',
      publisher: 'dl.acm.org',
      title: '',
      frameId: 0,
    });
  });

  test('the page URL itself is never part of the target', () => {
    const plan = planMenuClick({ pageUrl: 'https://arxiv.org/abs/2401.12345?secret=token' }, undefined, SITE);
    assert.ok(!plan.urls.join(' ').includes('secret'));
  });
});

describe('planCurrentTab and planOmnibox', () => {
  test("the tab's URL decides; words in it are not searched", () => {
    assert.deepEqual(planCurrentTab({ url: 'https://arxiv.org/pdf/2401.12345v3.pdf' }, SITE).urls, ['https://papers.cool/arxiv/2401.12345']);
    assert.deepEqual(planCurrentTab({ url: 'https://example.com/some words' }, SITE), { kind: 'page' });
    assert.deepEqual(planCurrentTab(undefined, SITE), { kind: 'page' });
  });

  test('omnibox: an id, a URL, or words', () => {
    assert.deepEqual(planOmnibox('2401.12345', SITE).urls, ['https://papers.cool/arxiv/2401.12345']);
    assert.deepEqual(planOmnibox('https://aclanthology.org/2023.acl-long.1/', SITE).urls, ['https://papers.cool/venue/2023.acl-long.1@ACL']);
    assert.equal(planOmnibox('vision transformers', SITE).url, 'https://papers.cool/arxiv/search?highlight=1&query=vision+transformers');
    assert.deepEqual(planOmnibox('', SITE), { kind: 'none' });
  });

  test('planOpen without arguments has nothing to open', () => {
    assert.deepEqual(planOpen(undefined, SITE), { kind: 'none' });
  });
});
