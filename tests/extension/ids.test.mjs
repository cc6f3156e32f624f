import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extractIds, isArxivId, isVenueId } from '../../extension/ids.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/paper-ids.json', import.meta.url), 'utf8'));

// A row's input as a test's name: quoted, with everything outside printable ASCII escaped, since the names go into
// the JUnit report, and XML has no place for some characters the rows hold (U+FFFE).
const named = (input) =>
  JSON.stringify(input).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('extractIds: shared vectors (extract)', () => {
  for (const row of vectors.extract) {
    test(named(row.input), () => {
      assert.deepEqual(extractIds(row.input), row.ids, row.why);
    });
  }
});

// The strict parser's success rows name one id each; the lenient finder must agree on them.
describe('extractIds: agrees with the strict parser on its success rows (parse)', () => {
  for (const row of vectors.parse) {
    test(named(row.input), () => {
      assert.deepEqual(extractIds(row.input), [row.canonical]);
    });
  }
});

describe('extractIds: beyond the shared vectors', () => {
  test('anything but a string has no ids', () => {
    for (const value of [undefined, null, 42, {}, ['2401.12345']]) {
      assert.deepEqual(extractIds(value), []);
    }
  });

  // Inputs shaped to make a backtracking pattern blow up; each must finish quickly.
  test('hostile inputs stay linear', () => {
    const size = 100_000;
    const inputs = [
      '1'.repeat(size),
      '1234.'.repeat(size / 5),
      '10.1234/'.repeat(size / 8),
      `aclanthology.org/2023.${'a-'.repeat(size / 2)}`,
      `openreview.net/forum?${'&id'.repeat(size / 3)}`,
      `proceedings.mlr.press/v1/${'a'.repeat(size)}`,
      'hep-th/'.repeat(size / 7),
      '%'.repeat(size),
    ];
    for (const input of inputs) {
      const started = performance.now();
      extractIds(input);
      assert.ok(performance.now() - started < 1000, `slow on ${input.slice(0, 30)}…`);
    }
  });
});

describe('id kinds: shared vectors (kinds)', () => {
  for (const row of vectors.kinds) {
    test(named(row.input), () => {
      assert.equal(isArxivId(row.input), row.kind === 'arxiv', row.why);
      assert.equal(isVenueId(row.input), row.kind === 'venue', row.why);
      // An id of either kind is written as the extractor writes it, so it reads back as itself.
      if (row.kind !== 'none') assert.deepEqual(extractIds(row.input), [row.input]);
    });
  }
});

describe('id kinds: beyond the shared vectors', () => {
  test('anything but a string is no id', () => {
    for (const value of [undefined, null, 42, {}, ['2401.12345']]) {
      assert.ok(!isArxivId(value), String(value));
      assert.ok(!isVenueId(value), String(value));
    }
  });
});

describe('classifySite: shared vectors (sites)', async () => {
  const { classifySite } = await import('../../extension/sites.js');
  for (const row of vectors.sites) {
    test(named(row.input), () => {
      const expected = row.kind === 'none' ? { kind: 'none' } : { kind: row.kind, name: row.name };
      assert.deepEqual(classifySite(row.input), expected, row.why);
      if (row.kind !== 'none') assert.deepEqual(extractIds(row.input), [], 'a named site never yields an id');
    });
  }
});
