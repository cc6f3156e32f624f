// The add-on kept installed, as Firefox ESR allows for an unsigned one (xpinstall.signatures.required
// set to false), rather than the temporary install the other files use: it runs, and after Firefox
// restarts, its menu item and the reader's saved address are still there. Chrome keeps menus across
// service-worker restarts; this is the same promise in Firefox, whose background is an event page.
import { after, before, describe, test } from 'node:test';

import { ARXIV_ABSTRACT, READING_NOTES } from './support/fixture-sites.mjs';
import {
  chooseFromMenu,
  expectPaperPage,
  middleOf,
  openPage,
  rightClick,
  startSession,
  useServiceUnderTest,
} from './support/session.mjs';

describe('an unsigned add-on kept installed in Firefox ESR', () => {
  let session;
  before(async () => {
    session = await startSession({ keptInProfile: true });
    await useServiceUnderTest(session);
  });
  after(() => session?.close());

  test('it runs: a right-click on an arXiv abstract page opens its paper', async () => {
    const page = await openPage(session, ARXIV_ABSTRACT);
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);

    const menu = await rightClick(page, width * 0.8, height * 0.8);
    await chooseFromMenu(menu, 'o');

    await expectPaperPage(session, '/arxiv/2401.12345');
  });

  test('after Firefox restarts, the menu item is there and opens papers on the saved address', async () => {
    await session.restart();
    const page = await openPage(session, READING_NOTES);

    const menu = await rightClick(page, ...(await middleOf(page, '#link-arxiv')));
    await chooseFromMenu(menu, 'o');

    await expectPaperPage(session, '/arxiv/2312.00001');
  });
});
