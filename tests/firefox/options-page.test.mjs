// The options page in Firefox, filled in and saved from the keyboard; what it saves is what the next
// click uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';

import { ARXIV_ABSTRACT } from './support/fixture-sites.mjs';
import { expectPaperPage, openOptionsPage, openPage, pointAtPage, saveOptions, startSession, waitFor, x11 } from './support/session.mjs';

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

  test('an address typed without http:// but with a path is refused for its path', async () => {
    const { status } = await saveOptions(session, { serviceUrl: `${new URL(session.service.origin).host}/arxiv`, openIn: 'newTab' });

    assert.equal(status, 'Give only the site (scheme, host and port), without a path such as /arxiv.');
  });

  test('an address tested and then left without Save is kept, and nothing asked for access', async () => {
    const page = await openOptionsPage(session);
    await page.evaluate(() => {
      window.permissionPrompts = 0;
      const request = browser.permissions.request.bind(browser.permissions);
      browser.permissions.request = (permissions) => {
        window.permissionPrompts += 1;
        return request(permissions);
      };
    });
    // Nothing answers there, so there is no reason to ask for access.
    const dead = `http://127.0.0.1:${await closedPort()}`;
    await x11.key('Tab', 'ctrl+a');
    await x11.type(dead);
    await x11.key('Tab', 'Return');
    const result = await waitFor(
      () => page.$eval('#test-result', (element) => [element.dataset.state, element.textContent]),
      ([state]) => state === 'error',
      { what: 'the test to say the address does not answer' },
    );
    assert.deepEqual(result, ['error', `${dead} does not answer.`]);
    assert.equal(await page.evaluate(() => window.permissionPrompts), 0);

    const reopened = await openOptionsPage(session);
    assert.equal(await reopened.$eval('#serviceUrl', (input) => input.value), dead);
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

/** A loopback port nothing listens on: taken from the system, then let go. */
function closedPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
