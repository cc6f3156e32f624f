// The options page in Firefox, filled in and saved from the keyboard; what it saves is what the next
// click uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { ARXIV_ABSTRACT } from './support/fixture-sites.mjs';
import { expectPaperPage, openOptionsPage, openPage, pointAtPage, saveOptions, startSession, x11 } from './support/session.mjs';

describe('the options page in Firefox', () => {
  let session;
  before(async () => {
    session = await startSession();
  });
  after(() => session?.close());

  test('a fresh install shows papers.cool, opening papers in a new tab', async () => {
    const page = await openOptionsPage(session);

    assert.equal(await page.$eval('#serviceUrl', (input) => input.value), 'https://papers.cool');
    assert.equal(await page.$eval('input[name="openIn"]:checked', (radio) => radio.id), 'openIn-newTab');
  });

  test('an address with a path is refused with the reason, and nothing is saved', async () => {
    const { page, status } = await saveOptions(session, { serviceUrl: `${session.service.origin}/arxiv`, openIn: 'newTab' });

    assert.equal(status, 'Give only the site (scheme, host and port), without a path such as /arxiv.');
    assert.equal(await page.$eval('#status', (element) => element.dataset.state), 'error');
    const reopened = await openOptionsPage(session);
    assert.equal(await reopened.$eval('#serviceUrl', (input) => input.value), 'https://papers.cool');
  });

  test('a saved address and "in the current tab" are what the shortcut then uses', async () => {
    const { status } = await saveOptions(session, { serviceUrl: `${session.service.origin}/`, openIn: 'currentTab' });
    assert.equal(status, 'Saved.');
    const reopened = await openOptionsPage(session);
    assert.equal(await reopened.$eval('#serviceUrl', (input) => input.value), session.service.origin, 'kept without the slash');

    const page = await openPage(session, ARXIV_ABSTRACT);
    await pointAtPage(page);
    await x11.key('alt+shift+o');

    const paper = await expectPaperPage(session, '/arxiv/2401.12345');
    assert.equal(paper, page, 'the paper replaces the abstract page in its tab');
    // The target is reached only through the saved address: the service's redirect.
    assert.ok(session.target.requests.includes('/arxiv/2401.12345'), session.target.requests.join(' '));
  });
});
