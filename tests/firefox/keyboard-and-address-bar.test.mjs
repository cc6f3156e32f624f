// The extension's ways in that need no menu: its keyboard shortcut, and its `cp` keyword in the
// address bar, each pressed or typed on the display's real keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ACL_PAPER, READING_NOTES } from './support/fixture-sites.mjs';
import { expectPaperPage, openPage, pointAtPage, startSession, useServiceUnderTest, x11 } from './support/session.mjs';

describe('the shortcut and the address bar in Firefox', () => {
  let session;
  before(async () => {
    session = await startSession();
    await useServiceUnderTest(session);
  });
  after(() => session?.close());

  // The toolbar button runs the same code; Firefox keeps it in the Extensions menu until it is pinned.
  test('Alt+Shift+O opens the paper of the current tab in a new tab', async () => {
    const page = await openPage(session, ACL_PAPER);
    await pointAtPage(page);

    await x11.key('alt+shift+o');

    const paper = await expectPaperPage(session, '/venue/2023.acl-long.1@ACL');
    assert.notEqual(paper, page, 'the paper opens in a new tab');
    assert.equal(page.url(), ACL_PAPER, 'the ACL page stays where it was');
  });

  test('typing cp, a space and an id in the address bar opens the paper in that tab', async () => {
    const page = await openPage(session, READING_NOTES);
    await pointAtPage(page);

    await x11.key('ctrl+l');
    await x11.type('cp 2401.12345v3');
    await x11.key('Return');

    const paper = await expectPaperPage(session, '/arxiv/2401.12345');
    assert.equal(paper, page, 'the keyword opens the paper where it was typed');
  });
});
