// The "Cool Papers" links the content script adds to paper sites, in Firefox: placed where the site's
// own links are, pointing at the address the reader saved, and clicked with the real mouse.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ACL_PAPER, ARXIV_ABSTRACT, OPENREVIEW_FORUM } from './support/fixture-sites.mjs';
import { screenPoint } from './support/firefox.mjs';
import { expectPaperPage, middleOf, openPage, startSession, useServiceUnderTest, waitFor, x11 } from './support/session.mjs';

const QUICK_LINK = 'a.cool-papers-link';

describe('quick links in Firefox', () => {
  let session;
  before(async () => {
    session = await startSession();
    await useServiceUnderTest(session);
  });
  after(() => session?.close());

  /** The one quick link at `selector`, once the content script has placed it; its id and address. */
  async function placedLink(page, selector) {
    return waitFor(
      () =>
        page.evaluate(
          (selector, any) => ({
            here: [...document.querySelectorAll(selector)].map((a) => ({ id: a.dataset.paperId, href: a.href })),
            all: document.querySelectorAll(any).length,
          }),
          selector,
          QUICK_LINK,
        ),
      ({ here }) => here.length > 0,
      { what: `a quick link at ${selector}` },
    );
  }

  async function clickWithMouse(page, selector) {
    const [x, y] = await screenPoint(page, ...(await middleOf(page, selector)));
    await x11.moveTo(x, y);
    await x11.click(1);
  }

  test('an arXiv abstract page gets one link among its access buttons, and it opens the paper', async () => {
    const page = await openPage(session, ARXIV_ABSTRACT);

    const selector = `.extra-services .full-text ul li ${QUICK_LINK}`;
    const { here, all } = await placedLink(page, selector);
    assert.deepEqual(here, [{ id: '2401.12345', href: `${session.service.origin}/arxiv/2401.12345` }]);
    assert.equal(all, 1);

    await clickWithMouse(page, selector);
    const paper = await expectPaperPage(session, '/arxiv/2401.12345');
    assert.notEqual(paper, page, 'the link opens a new tab');
  });

  test('an OpenReview forum gets a link under its title once the page has rendered, and it opens the paper', async () => {
    const page = await openPage(session, OPENREVIEW_FORUM);

    const selector = `.forum-title + div ${QUICK_LINK}, .forum-title h2 + div ${QUICK_LINK}`;
    const { here } = await placedLink(page, selector);
    assert.deepEqual(here, [{ id: 'LcF-EEt8cCC@OpenReview', href: `${session.service.origin}/venue/LcF-EEt8cCC@OpenReview` }]);

    await clickWithMouse(page, selector);
    await expectPaperPage(session, '/venue/LcF-EEt8cCC@OpenReview');
  });

  test('an ACL Anthology paper gets a button next to its PDF and Cite buttons, and it opens the paper', async () => {
    const page = await openPage(session, ACL_PAPER);

    const selector = `.acl-paper-link-block ${QUICK_LINK}`;
    const { here } = await placedLink(page, selector);
    assert.deepEqual(here, [{ id: '2023.acl-long.1@ACL', href: `${session.service.origin}/venue/2023.acl-long.1@ACL` }]);

    await clickWithMouse(page, selector);
    await expectPaperPage(session, '/venue/2023.acl-long.1@ACL');
  });
});
