// Real-looking addresses (arxiv.org, openreview.net, …) answered from the fixture files through
// WebDriver BiDi request interception, so the extension's content script and URL matching see the
// real sites while nothing leaves the machine: every other request that is not to loopback or the
// extension itself is answered with a 404 here rather than sent.
import { readFileSync } from 'node:fs';

import { fixturePath } from './repository.mjs';

export const ARXIV_ABSTRACT = 'https://arxiv.org/abs/2401.12345v2';
export const ARXIV_PDF = 'https://arxiv.org/pdf/2401.12345v2';
export const OPENREVIEW_FORUM = 'https://openreview.net/forum?id=LcF-EEt8cCC';
export const ACL_PAPER = 'https://aclanthology.org/2023.acl-long.1/';
export const NEURIPS_ABSTRACT =
  'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123456789abcdef0123456789abcdef-Abstract-Conference.html';
/** The title the NeurIPS page declares in its citation_title meta tag (its document title is longer). */
export const NEURIPS_TITLE = 'Sparse Mixtures of Experts Learn Faster';
/** A reader's notes: ids in prose and links, none in its own address. */
export const READING_NOTES = 'https://notes.example.net/reading-list.html';

const HTML = 'text/html; charset=utf-8';
const PAGES = new Map([
  [ARXIV_ABSTRACT, ['arxiv-abs.html', HTML]],
  [ARXIV_PDF, ['arxiv-paper.pdf', 'application/pdf']],
  [OPENREVIEW_FORUM, ['openreview-forum.html', HTML]],
  [ACL_PAPER, ['acl-paper.html', HTML]],
  [NEURIPS_ABSTRACT, ['neurips-abstract.html', HTML]],
  [READING_NOTES, ['reading-notes.html', HTML]],
]);

const PASSES_THROUGH = /^(http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?\/|moz-extension:|resource:|chrome:|about:|data:|blob:)/;

/** Answers `page`'s requests for the fixture sites from files; call before the page goes to one. */
export async function serveFixtureSites(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // Another handler may have answered already; answering twice throws.
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url().split('#', 1)[0];
    const fixture = PAGES.get(url);
    if (fixture) {
      const [file, contentType] = fixture;
      void request.respond({ status: 200, contentType, body: readFileSync(fixturePath(file)) });
    } else if (PASSES_THROUGH.test(url)) {
      void request.continue();
    } else {
      // A page the tests did not plan for is a test bug; the 404 says which, on screen and in a failure.
      void request.respond({ status: 404, contentType: 'text/plain', body: `No fixture for ${url}` });
    }
  });
}
