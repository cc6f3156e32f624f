// A PDF in Firefox is shown by pdf.js as an ordinary page at the PDF's own address. The extension's
// "page" item appears there and is given that address, and it is the only item there: a second one
// (Chrome's PDF viewer needs it) would make Firefox fold both into a submenu named after the extension.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ARXIV_PDF } from './support/fixture-sites.mjs';
import { chooseFromMenu, expectPaperPage, openPage, rightClick, startSession, useServiceUnderTest, waitFor } from './support/session.mjs';

describe('a PDF in Firefox', () => {
  let session;
  before(async () => {
    session = await startSession();
    await useServiceUnderTest(session);
  });
  after(() => session?.close());

  test("right-clicking an arXiv PDF in pdf.js shows the item at the top level, and it opens the PDF's paper", async () => {
    const page = await openPage(session, ARXIV_PDF);
    // pdf.js, not a download or another viewer: its application object, and the PDF's text laid out.
    const shown = await waitFor(
      () => page.evaluate(() => [document.contentType, typeof window.PDFViewerApplication, document.querySelector('.textLayer')?.textContent ?? '']),
      ([, , text]) => text.includes('2401.12345'),
      { what: "pdf.js to show the PDF's text" },
    );
    assert.deepEqual(shown.slice(0, 2), ['application/pdf', 'object']);
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);

    const menu = await rightClick(page, width * 0.6, height * 0.6);
    // Up from nothing highlighted lands on the last item. Were it a submenu, Return would only open it.
    await chooseFromMenu(menu, 'Up', 'Return');

    await expectPaperPage(session, '/arxiv/2401.12345');
    assert.equal(page.url(), ARXIV_PDF, 'the PDF stays open in its own tab');
  });
});
