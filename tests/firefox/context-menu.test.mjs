// Firefox's own context menu, opened with a real right-click and driven from the keyboard, on a page,
// a link and a selection. Firefox lists an extension's item last, with its icon, and underlines the
// access key the title marks ("&Open…": O), which no built-in item of these menus uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ARXIV_ABSTRACT, NEURIPS_ABSTRACT, NEURIPS_TITLE, READING_NOTES } from './support/fixture-sites.mjs';
import {
  chooseFromMenu,
  expectPaperPage,
  expectSearchPage,
  middleOf,
  openPage,
  rightClick,
  selectText,
  startSession,
  useServiceUnderTest,
} from './support/session.mjs';

describe("Firefox's context menu", () => {
  let session;
  before(async () => {
    session = await startSession();
    await useServiceUnderTest(session);
  });
  after(() => session?.close());

  test('right-clicking an arXiv abstract page and pressing O opens its paper in a new tab', async () => {
    const page = await openPage(session, ARXIV_ABSTRACT);
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);

    const menu = await rightClick(page, width * 0.8, height * 0.8);
    await chooseFromMenu(menu, 'o');

    const paper = await expectPaperPage(session, '/arxiv/2401.12345');
    assert.notEqual(paper, page, 'the paper opens in a new tab');
    assert.equal(page.url(), ARXIV_ABSTRACT, 'the abstract page stays where it was');
  });

  test('right-clicking a link opens the linked paper', async () => {
    const page = await openPage(session, READING_NOTES);

    const menu = await rightClick(page, ...(await middleOf(page, '#link-openreview')));
    await chooseFromMenu(menu, 'o');

    await expectPaperPage(session, '/venue/LcF-EEt8cCC@OpenReview');
  });

  test('right-clicking selected text shows the item last, and it opens every selected id', async () => {
    const page = await openPage(session, READING_NOTES);

    const menu = await rightClick(page, ...(await selectText(page, '#two-ids')));
    // Up from nothing highlighted lands on the last item, which must be this one.
    await chooseFromMenu(menu, 'Up', 'Return');

    await expectPaperPage(session, '/arxiv/2401.12345,2312.00001');
  });

  test('selected words without an id open the site search for them', async () => {
    const page = await openPage(session, READING_NOTES);

    const menu = await rightClick(page, ...(await selectText(page, '#words')));
    // On a selection the item reads "Look up “…” in Cool Papers": its access key is L.
    await chooseFromMenu(menu, 'l');

    await expectSearchPage(session, '/arxiv/search', 'diffusion models for protein design');
  });

  // The page's address names no paper the site knows; the right-click lets the extension read the
  // title the page declares (activeTab and scripting, no host permission), and search for it.
  test('right-clicking a NeurIPS proceedings page searches the site for its title', async () => {
    const page = await openPage(session, NEURIPS_ABSTRACT);
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);

    const menu = await rightClick(page, width * 0.8, height * 0.8);
    await chooseFromMenu(menu, 'o');

    await expectSearchPage(session, '/venue/search', NEURIPS_TITLE);
  });
});
