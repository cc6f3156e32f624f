// The extension's ways in that need no menu: its keyboard shortcut, and its `cp` keyword in the
// address bar, each pressed or typed on the display's real keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ACL_PAPER, READING_NOTES } from './support/fixture-sites.mjs';
import { expectPaperPage, openOptionsPage, openPage, pointAtPage, startSession, useServiceUnderTest, waitFor, x11 } from './support/session.mjs';

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

  // Firefox shows the suggestion's text as it is: <match> tags or a %s in it would be read as such.
  test('typing cp gives the address bar a suggestion with no markup in it', async () => {
    const options = await openOptionsPage(session);
    // What the background hands the address bar, seen from an extension page of the same add-on.
    await options.evaluate(async () => {
      const background = await browser.runtime.getBackgroundPage();
      const omnibox = background.chrome.omnibox;
      const setDefaultSuggestion = omnibox.setDefaultSuggestion.bind(omnibox);
      background.suggestionsGiven = [];
      omnibox.setDefaultSuggestion = (suggestion) => {
        background.suggestionsGiven.push(suggestion.description);
        return setDefaultSuggestion(suggestion);
      };
    });
    await pointAtPage(options);

    await x11.key('ctrl+l');
    await x11.type('cp 2401.12345v3');

    const given = await waitFor(
      () => options.evaluate(async () => (await browser.runtime.getBackgroundPage()).suggestionsGiven),
      (descriptions) => descriptions.length > 0,
      { what: 'the keyword to describe itself' },
    );
    await x11.key('Escape', 'Escape');
    assert.deepEqual(given, ['Open in Cool Papers: a paper id, a link, or search words']);
  });
});
