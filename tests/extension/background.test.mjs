import { before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { installFakeChrome } from './fake-chrome.mjs';

const fake = installFakeChrome();
const { chrome } = fake;

before(async () => {
  await import('../../extension/background.js');
});

beforeEach(() => fake.reset());

const NO_ID = [
  'notifications.create',
  'no-paper-id',
  {
    type: 'basic',
    iconUrl: 'chrome-extension://fake-id/extension/icons/icon-128.png',
    title: 'Cool Papers Redirector',
    message: 'No paper id found on this page',
  },
];

const tab = { id: 7, index: 2, windowId: 3, url: 'https://example.com/' };
const click = (info, clickedTab = tab) =>
  chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-in-cool-papers', ...info }, clickedTab);

describe('service worker start-up', () => {
  test('every listener is registered at the top level, once', () => {
    assert.equal(chrome.runtime.onInstalled.listeners.length, 1);
    assert.equal(chrome.contextMenus.onClicked.listeners.length, 1);
    // The toolbar button opens the popup instead.
    assert.equal(chrome.action.onClicked.listeners.length, 0);
    assert.equal(chrome.runtime.onMessage.listeners.length, 2);
    assert.equal(chrome.notifications.onClicked.listeners.length, 1);
    assert.equal(chrome.commands.onCommand.listeners.length, 1);
    assert.equal(chrome.omnibox.onInputEntered.listeners.length, 1);
  });

  test('menus are created only when installed, after removing old ones', async () => {
    assert.deepEqual(fake.calls, []);
    await chrome.runtime.onInstalled.dispatch({ reason: 'install' });
    assert.deepEqual(fake.calls, [
      ['contextMenus.removeAll'],
      [
        'contextMenus.create',
        { id: 'open-in-cool-papers', title: '&Open in Cool Papers', contexts: ['page', 'link'] },
      ],
      [
        'contextMenus.create',
        // The title says what a selection gets: its papers opened, or its words searched.
        { id: 'look-up-in-cool-papers', title: '&Look up “%s” in Cool Papers', contexts: ['selection'] },
      ],
      [
        'contextMenus.create',
        {
          id: 'open-in-cool-papers-pdf',
          title: 'Op&en in Cool Papers',
          contexts: ['all'],
          documentUrlPatterns: ['*://arxiv.org/pdf/*', '*://*.arxiv.org/pdf/*', '*://openreview.net/pdf*', '*://*/*.pdf', 'file:///*.pdf'],
        },
      ],
    ]);
  });
});

describe('context menu click', () => {
  test('selection ids open next to the current tab', async () => {
    await click({ selectionText: 'arXiv:2401.12345v2 and hep-th/9901001', pageUrl: tab.url });
    assert.deepEqual(fake.effects(), [
      ['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345,hep-th/9901001', openerTabId: 7, index: 3, windowId: 3 }],
    ]);
  });

  test('a link without a selection (the original crashed here)', async () => {
    await click({ linkUrl: 'https://openreview.net/forum?id=LcF-EEt8cCC', pageUrl: tab.url });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview');
  });

  test('the PDF viewer item uses the page URL', async () => {
    await chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'open-in-cool-papers-pdf', pageUrl: 'https://arxiv.org/pdf/2401.12345v1', frameUrl: 'chrome-extension://viewer/index.html' },
      tab,
    );
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/2401.12345');
  });

  test('no ids: the selected words are searched', async () => {
    await click({ selectionText: 'contrastive learning', pageUrl: tab.url });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/search?highlight=1&query=contrastive+learning');
  });

  test('a link that names no paper: a notification and nothing else', async () => {
    await click({ linkUrl: 'https://example.com/about', pageUrl: tab.url });
    assert.deepEqual(fake.effects(), [[NO_ID[0], NO_ID[1], { ...NO_ID[2], message: 'No paper id found in this link' }]]);
  });

  test('missing info fields and a missing tab do not throw', async () => {
    await chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-in-cool-papers' }, undefined);
    assert.deepEqual(fake.effects(), [NO_ID]);
  });

  test('without a tab, ids still open in a new tab', async () => {
    await chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-in-cool-papers', selectionText: '2401.12345' }, undefined);
    assert.deepEqual(fake.effects(), [['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345' }]]);
  });

  test('a tab without an id (TAB_ID_NONE) is treated as no tab', async () => {
    fake.reset({ openIn: 'currentTab' });
    await click({ selectionText: '2401.12345' }, { id: -1, index: 0 });
    assert.deepEqual(fake.effects(), [['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345' }]]);
  });

  test('openIn = currentTab replaces the page', async () => {
    fake.reset({ openIn: 'currentTab' });
    await click({ selectionText: '2401.12345' });
    assert.deepEqual(fake.effects(), [['tabs.update', 7, { url: 'https://papers.cool/arxiv/2401.12345' }]]);
  });

  test('the configured service is used', async () => {
    fake.reset({ serviceUrl: 'http://localhost:8080' });
    fake.answer('http://localhost:8080');
    await click({ selectionText: '2401.12345' });
    assert.equal(fake.effects()[0][1].url, 'http://localhost:8080/arxiv/2401.12345');
  });

  test('a broken stored service address falls back to papers.cool', async () => {
    fake.reset({ serviceUrl: 'javascript:alert(1)' });
    await click({ selectionText: '2401.12345' });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/2401.12345');
  });

  test("another extension item's click is ignored", async () => {
    await chrome.contextMenus.onClicked.dispatch({ menuItemId: 'something-else', selectionText: '2401.12345' }, tab);
    assert.deepEqual(fake.effects(), []);
  });
});

describe('keyboard command', () => {
  const paperTab = { id: 4, index: 0, windowId: 1, url: 'https://arxiv.org/abs/2401.12345' };

  test('the command opens the current tab\'s paper at once', async () => {
    await chrome.commands.onCommand.dispatch('open-current-paper', paperTab);
    assert.deepEqual(fake.effects(), [
      ['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345', openerTabId: 4, index: 1, windowId: 1 }],
    ]);
  });

  test('no id in the tab, or a tab whose URL is hidden: a notification', async () => {
    await chrome.commands.onCommand.dispatch('open-current-paper', { id: 4, index: 0, url: 'https://example.com/' });
    await chrome.commands.onCommand.dispatch('open-current-paper', { id: 4, index: 0 });
    assert.deepEqual(fake.effects(), [NO_ID, NO_ID]);
  });

  test('other commands are ignored', async () => {
    await chrome.commands.onCommand.dispatch('something-else', paperTab);
    assert.deepEqual(fake.effects(), []);
  });
});

describe('omnibox keyword', () => {
  test('describes itself when input starts', async () => {
    await chrome.omnibox.onInputStarted.dispatch();
    assert.equal(fake.calls[0][0], 'omnibox.setDefaultSuggestion');
    assert.match(fake.calls[0][1].description, /%s/);
  });

  test('Enter (currentTab) replaces the current page', async () => {
    await chrome.omnibox.onInputEntered.dispatch('2401.12345', 'currentTab');
    assert.deepEqual(fake.effects(), [['tabs.update', { url: 'https://papers.cool/arxiv/2401.12345' }]]);
  });

  test('newForegroundTab and newBackgroundTab are respected', async () => {
    await chrome.omnibox.onInputEntered.dispatch('https://openreview.net/pdf?id=LcF-EEt8cCC', 'newForegroundTab');
    await chrome.omnibox.onInputEntered.dispatch('2401.12345', 'newBackgroundTab');
    assert.deepEqual(fake.effects(), [
      ['tabs.create', { url: 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview', active: true }],
      ['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345', active: false }],
    ]);
  });

  test('words go to the site search', async () => {
    await chrome.omnibox.onInputEntered.dispatch('state space models', 'currentTab');
    assert.deepEqual(fake.effects(), [
      ['tabs.update', { url: 'https://papers.cool/arxiv/search?highlight=1&query=state+space+models' }],
    ]);
  });

  test('nothing typed opens the front page', async () => {
    await chrome.omnibox.onInputEntered.dispatch('   ', 'currentTab');
    assert.deepEqual(fake.effects(), [['tabs.update', { url: 'https://papers.cool/' }]]);
  });
});

describe('venues without ids and publishers the site never collects', () => {
  const neurips =
    'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html';

  test('a listed venue page opens the venue search for the title the page declares', async () => {
    chrome.scripting.pageResult = 'Attention Is  All You Need';
    await click({ pageUrl: neurips }, { ...tab, url: neurips });
    assert.deepEqual(fake.calls.find(([name]) => name === 'scripting.executeScript'), [
      'scripting.executeScript',
      { tabId: 7, frameIds: [0] },
    ]);
    assert.deepEqual(fake.effects(), [
      [
        'tabs.create',
        { url: 'https://papers.cool/venue/search?query=Attention+Is+All+You+Need', openerTabId: 7, index: 3, windowId: 3 },
      ],
    ]);
  });

  test('the keyboard command does the same', async () => {
    chrome.scripting.pageResult = 'A Title';
    await chrome.commands.onCommand.dispatch('open-current-paper', { ...tab, url: neurips });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/venue/search?query=A+Title');
  });

  test('a page that cannot be scripted: a notification that names the venue, no tab', async () => {
    chrome.scripting.pageResult = () => {
      throw new Error('Cannot access contents of the page');
    };
    await click({ pageUrl: neurips }, { ...tab, url: neurips });
    const effects = fake.effects();
    assert.equal(effects.length, 1);
    assert.equal(effects[0][0], 'notifications.create');
    assert.match(effects[0][2].message, /lists NeurIPS papers/);
  });

  test('selected words still mean a search for those words', async () => {
    await click({ selectionText: 'diffusion', pageUrl: neurips }, { ...tab, url: neurips });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/search?highlight=1&query=diffusion');
  });

  test('a link to a listed venue whose text cannot be read: the user is told where to click', async () => {
    chrome.scripting.pageResult = () => {
      throw new Error('Cannot access contents of the page');
    };
    await click({ linkUrl: neurips, pageUrl: tab.url });
    const effects = fake.effects();
    assert.equal(effects.length, 1);
    assert.match(effects[0][2].message, /lists NeurIPS papers, but this link does not say which one/);
  });

  test("a link to a listed venue, where the browser does not give the link's text: it is read from the page", async () => {
    chrome.scripting.pageResult = 'Attention Is All You Need';
    await click({ linkUrl: neurips, pageUrl: tab.url, frameId: 0 });
    assert.deepEqual(fake.calls.find(([name]) => name === 'scripting.executeScript'), ['scripting.executeScript', { tabId: 7, frameIds: [0] }]);
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/venue/search?query=Attention+Is+All+You+Need');
  });

  test('a publisher the site never collects is named, and nothing opens', async () => {
    await click({ pageUrl: 'https://dl.acm.org/doi/10.1145/3292500.3330701' });
    const effects = fake.effects();
    assert.equal(effects.length, 1);
    assert.match(effects[0][2].message, /^Cool Papers does not list papers from dl\.acm\.org/);
  });

  test('CVF, AAAI and USENIX pages open their venue pages', async () => {
    await chrome.commands.onCommand.dispatch('open-current-paper', {
      ...tab,
      url: 'https://openaccess.thecvf.com/content/CVPR2024/html/Smith_Some_Title_CVPR_2024_paper.html',
    });
    await click({ linkUrl: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963', pageUrl: tab.url });
    await click({ pageUrl: 'https://www.usenix.org/conference/osdi23/presentation/zhang-yi' });
    assert.deepEqual(
      fake.effects().map(([, properties]) => properties.url),
      [
        'https://papers.cool/venue/Smith_Some_Title@CVPR2024@CVF',
        'https://papers.cool/venue/36963@AAAI',
        'https://papers.cool/venue/zhang-yi@osdi23@USENIX',
      ],
    );
  });
});

describe('nothing dropped', () => {
  test('a selection with arXiv and conference ids opens one tab per kind, in reading order, one after the other', async () => {
    await click({ selectionText: 'LcF-EEt8cCC@OpenReview, then arXiv:2401.12345 and 2312.00001', pageUrl: tab.url });
    assert.deepEqual(fake.effects(), [
      ['tabs.create', { url: 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview', openerTabId: 7, index: 3, windowId: 3 }],
      ['tabs.create', { url: 'https://papers.cool/arxiv/2401.12345,2312.00001', openerTabId: 1000, index: 4, windowId: 3 }],
    ]);
  });

  test('more ids than a page shows: the first page opens and a notice says how many were left out', async () => {
    const ids = Array.from({ length: 53 }, (_, n) => `2401.${String(n + 1).padStart(5, '0')}`);
    await click({ selectionText: ids.join(' '), pageUrl: tab.url });
    const effects = fake.effects();
    assert.equal(effects.length, 2);
    assert.equal(effects[0][1].url, `https://papers.cool/arxiv/${ids.slice(0, 50).join(',')}`);
    assert.equal(effects[1][0], 'notifications.create');
    assert.match(effects[1][2].message, /^Found 53 ids; 3 of them were left out/);
  });
});

describe('a self-hosted address that does not answer', () => {
  test('nothing opens; a notice names the address and offers papers.cool, which a click opens', async () => {
    fake.reset({ serviceUrl: 'http://localhost:8080' });
    await click({ selectionText: 'LcF-EEt8cCC@OpenReview and 2401.12345', pageUrl: tab.url });

    const [notice, ...rest] = fake.effects();
    assert.deepEqual(rest, []);
    assert.equal(notice[0], 'notifications.create');
    assert.equal(notice[1], 'service-down');
    assert.match(notice[2].message, /http:\/\/localhost:8080 does not answer/);
    assert.equal(notice[2].buttons[0].title, 'Open on papers.cool');

    fake.calls.length = 0;
    await chrome.notifications.onButtonClicked.dispatch('service-down', 0);
    assert.deepEqual(
      fake.effects().filter(([name]) => name === 'tabs.create').map(([, properties]) => properties.url),
      ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview', 'https://papers.cool/arxiv/2401.12345'],
    );
  });

  test('papers.cool itself is never checked first', async () => {
    await click({ selectionText: '2401.12345', pageUrl: tab.url });
    assert.equal(fake.calls.some(([name]) => name === 'fetch'), false);
  });

  test('a self-hosted address that answers is used as chosen', async () => {
    fake.reset({ serviceUrl: 'http://localhost:8080' });
    fake.answer('http://localhost:8080');
    await click({ selectionText: '2401.12345', pageUrl: tab.url });
    assert.deepEqual(fake.calls.find(([name]) => name === 'fetch'), ['fetch', 'http://localhost:8080/healthz', 'no-cors']);
    assert.equal(fake.effects()[0][1].url, 'http://localhost:8080/arxiv/2401.12345');
  });
});

describe('badge', () => {
  test('a page that starts loading in a tab loses the count of the page before', async () => {
    await chrome.tabs.onUpdated.dispatch(9, { status: 'loading' });
    await chrome.tabs.onUpdated.dispatch(9, { status: 'complete' });
    assert.deepEqual(fake.calls.filter(([name]) => name === 'action.setBadgeText'), [['action.setBadgeText', { tabId: 9, text: '' }]]);
  });

  test('a quick-link page reports its count, and the button shows it for that tab only', async () => {
    await chrome.runtime.onMessage.dispatch({ type: 'paper-count', count: 3 }, { tab: { id: 9 } });
    await chrome.runtime.onMessage.dispatch({ type: 'something-else', count: 3 }, { tab: { id: 9 } });
    assert.deepEqual(fake.calls.filter(([name]) => name === 'action.setBadgeText'), [['action.setBadgeText', { tabId: 9, text: '3' }]]);
  });
});

describe('open all, asked by the popup', () => {
  const popup = { id: 'fake-id', url: 'chrome-extension://fake-id/extension/popup.html' };
  const request = (urls, sender = popup) =>
    chrome.runtime.onMessage.dispatch({ type: 'open-pages', urls, tab, idCount: 3, leftOut: 0 }, sender);

  test('the worker opens every page, one after the other', async () => {
    chrome.runtime.id = 'fake-id';
    await request(['https://papers.cool/arxiv/2401.12345', 'https://papers.cool/venue/X@OpenReview']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(fake.effects().map(([, properties]) => properties.url), ['https://papers.cool/arxiv/2401.12345', 'https://papers.cool/venue/X@OpenReview']);
  });

  test("only pages on the chosen site, and only from the extension's own pages", async () => {
    chrome.runtime.id = 'fake-id';
    await request(['https://evil.example/arxiv/2401.12345']);
    await request(['https://papers.cool/arxiv/2401.12345'], { id: 'fake-id', url: 'https://arxiv.org/abs/2401.12345', tab: { id: 3 } });
    await request(['https://papers.cool/arxiv/2401.12345'], { id: 'another-extension' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(fake.effects(), []);
  });
});

describe('the selection item', () => {
  const lookUp = (info) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'look-up-in-cool-papers', ...info }, tab);

  test('ids in the selection open their papers', async () => {
    await lookUp({ selectionText: 'see arXiv:2401.12345', pageUrl: tab.url });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/2401.12345');
  });

  test('words are searched, which its title ("Look up …") says', async () => {
    await lookUp({ selectionText: 'state space models', pageUrl: tab.url });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/search?highlight=1&query=state+space+models');
  });
});

describe('gestures that end somewhere', () => {
  const notes = { ...tab, url: 'https://notes.example.net/reading-list.html', title: 'Reading notes' };
  const noticeOf = () => fake.effects().find(([name]) => name === 'notifications.create');

  test('a click on a page whose address names no paper opens what the page names, as "open all" would', async () => {
    chrome.scripting.pageResult = {
      selection: '',
      text: 'We build on arXiv:2401.12345 and 2312.00001.',
      links: [{ href: 'https://openreview.net/forum?id=LcF-EEt8cCC', text: 'A forum paper' }],
      title: 'Reading notes',
    };
    await click({ pageUrl: notes.url }, notes);
    assert.deepEqual(
      fake.effects().map(([name, properties]) => [name, properties.url]),
      [
        ['tabs.create', 'https://papers.cool/arxiv/2401.12345,2312.00001'],
        ['tabs.create', 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview'],
      ],
    );
  });

  test('the keyboard command reads the page too', async () => {
    chrome.scripting.pageResult = { text: 'see 2401.12345', links: [], selection: '', title: '' };
    await chrome.commands.onCommand.dispatch('open-current-paper', notes);
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/2401.12345');
  });

  test('a page that names no paper says so and offers the search for its title, which a click opens', async () => {
    chrome.scripting.pageResult = { text: 'nothing here', links: [], selection: '', title: 'Scaling laws, revisited' };
    await click({ pageUrl: notes.url }, notes);
    const notice = noticeOf();
    assert.match(notice[2].message, /^No paper id found on this page\. Search Cool Papers for its title, “Scaling laws, revisited”\?$/);
    assert.equal(notice[2].buttons[0].title, 'Search for the title');
    assert.equal(fake.effects().filter(([name]) => name.startsWith('tabs.')).length, 0);

    fake.calls.length = 0;
    await chrome.notifications.onClicked.dispatch('no-paper-id');
    assert.deepEqual(fake.effects().filter(([name]) => name === 'tabs.create').map(([, properties]) => properties.url), [
      'https://papers.cool/arxiv/search?highlight=1&query=Scaling+laws%2C+revisited',
    ]);
  });

  test('a publisher the site never collects: its title searched among arXiv preprints, and a notice that says why', async () => {
    const acm = 'https://dl.acm.org/doi/10.1145/3600006.3613165';
    chrome.scripting.pageResult = 'Efficient Memory Management for Large Language Model Serving';
    await click({ pageUrl: acm }, { ...tab, url: acm });
    const [opened, notice] = fake.effects();
    assert.equal(opened[1].url, 'https://papers.cool/arxiv/search?highlight=1&query=Efficient+Memory+Management+for+Large+Language+Model+Serving');
    assert.match(notice[2].message, /^Cool Papers does not list papers from dl\.acm\.org, so its arXiv papers are searched/);
  });

  test("a link to a listed venue searches for the link's text", async () => {
    const neurips = 'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html';
    await click({ linkUrl: neurips, linkText: 'Sparse Mixtures of Experts', pageUrl: tab.url });
    assert.deepEqual(fake.effects().map(([name, properties]) => [name, properties.url]), [
      ['tabs.create', 'https://papers.cool/venue/search?query=Sparse+Mixtures+of+Experts'],
    ]);
  });

  test("a listed venue's PDF, which no script can read: the title the viewer shows for the document", async () => {
    const pdf = 'https://proceedings.neurips.cc/paper_files/paper/2023/file/0123456789abcdef0123456789abcdef-Paper-Conference.pdf';
    chrome.scripting.pageResult = () => {
      throw new Error('Cannot access contents of the page');
    };
    await chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-in-cool-papers-pdf', pageUrl: pdf }, { ...tab, url: pdf, title: 'Sparse Mixtures of Experts' });
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/venue/search?query=Sparse+Mixtures+of+Experts');
  });

  test("a PDF without a declared title (the viewer shows its file name) is said so, not searched", async () => {
    const pdf = 'https://proceedings.neurips.cc/paper_files/paper/2023/file/0123456789abcdef0123456789abcdef-Paper-Conference.pdf';
    chrome.scripting.pageResult = () => {
      throw new Error('Cannot access contents of the page');
    };
    await chrome.contextMenus.onClicked.dispatch({ menuItemId: 'open-in-cool-papers-pdf', pageUrl: pdf }, { ...tab, url: pdf, title: '0123456789abcdef0123456789abcdef-Paper-Conference.pdf' });
    assert.equal(fake.effects()[0][0], 'notifications.create');
  });

  test("the PDF viewer's item opens the PDF's paper even with text selected in it", async () => {
    await chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'open-in-cool-papers-pdf', selectionText: 'see also 2312.00001', pageUrl: 'https://arxiv.org/pdf/2401.12345v2' },
      tab,
    );
    assert.equal(fake.effects()[0][1].url, 'https://papers.cool/arxiv/2401.12345');
  });

  test('a slow self-hosted check shows that work is under way, and the badge is back as it was after', async () => {
    fake.reset({ serviceUrl: 'http://localhost:5080' });
    await chrome.action.setBadgeText({ tabId: 7, text: '3' });
    const answered = globalThis.fetch;
    fake.answer('http://localhost:5080');
    globalThis.fetch = (...args) => new Promise((resolve) => setTimeout(() => resolve(answered(...args)), 600));
    await click({ selectionText: '2401.12345' });
    const badges = fake.calls.filter(([name]) => name === 'action.setBadgeText').map(([, details]) => details.text);
    assert.deepEqual(badges, ['3', '…', '3']);
    assert.equal(fake.effects().at(-1)[1].url, 'http://localhost:5080/arxiv/2401.12345');
  });

  test('a quick self-hosted check leaves the badge alone', async () => {
    fake.reset({ serviceUrl: 'http://localhost:5080' });
    fake.answer('http://localhost:5080');
    await click({ selectionText: '2401.12345' });
    assert.equal(fake.calls.some(([name]) => name === 'action.setBadgeText'), false);
  });
});
