import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extractIds, isArxivId, isVenueId } from '../../extension/ids.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/paper-ids.json', import.meta.url), 'utf8'));

describe('extractIds: shared vectors (extract)', () => {
  for (const row of vectors.extract) {
    test(JSON.stringify(row.input), () => {
      assert.deepEqual(extractIds(row.input), row.ids, row.why);
    });
  }
});

// The strict parser's success rows name one id each; the lenient finder must agree on them.
describe('extractIds: agrees with the strict parser on its success rows (parse)', () => {
  for (const row of vectors.parse) {
    test(JSON.stringify(row.input), () => {
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

  test('ACL DOIs name the Anthology paper', () => {
    assert.deepEqual(extractIds('https://doi.org/10.18653/v1/2023.acl-long.1 and 10.18653/v1/P19-1001'), [
      '2023.acl-long.1@ACL',
      'P19-1001@ACL',
    ]);
  });

  test('a bad percent escape does not hide an encoded id next to it', () => {
    assert.deepEqual(extractIds('q=%FF%2F2401.12345%ZZ'), ['2401.12345']);
  });

  test('old ACL Anthology paths on aclweb.org', () => {
    assert.deepEqual(extractIds('https://www.aclweb.org/anthology/papers/N/N19/N19-1423/'), ['N19-1423@ACL']);
  });

  test('an id at the end of a sentence keeps its full stop out', () => {
    assert.deepEqual(extractIds('See https://aclanthology.org/2023.acl-long.1.'), ['2023.acl-long.1@ACL']);
    assert.deepEqual(extractIds('See https://www.ijcai.org/proceedings/2023/0123.'), ['123@2023@IJCAI']);
  });

  test('PMLR volume pages are not papers', () => {
    assert.deepEqual(extractIds('https://proceedings.mlr.press/v202/index.html'), []);
  });

  test('every source kind in one text, in order of appearance', () => {
    const text = [
      'https://proceedings.mlr.press/v202/chen23a.html',
      'hep-th/9901001',
      'https://www.ijcai.org/proceedings/2023/0123',
      '2401.12345',
      'https://aclanthology.org/P19-1001/',
    ].join(' ');
    assert.deepEqual(extractIds(text), [
      'chen23a@v202@PMLR',
      'hep-th/9901001',
      '123@2023@IJCAI',
      '2401.12345',
      'P19-1001@ACL',
    ]);
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

describe('id kinds', () => {
  test('isArxivId accepts canonical ids only', () => {
    assert.ok(isArxivId('2401.12345'));
    assert.ok(isArxivId('1406.2661'));
    assert.ok(isArxivId('hep-th/9901001'));
    assert.ok(!isArxivId('2401.12345v2'));
    assert.ok(!isArxivId('HEP-TH/9901001'));
    assert.ok(!isArxivId('stat/0101001'));
    assert.ok(!isArxivId('X@OpenReview'));
  });

  test('isVenueId accepts the venue forms', () => {
    for (const id of ['LcF-EEt8cCC@OpenReview', '2023.acl-long.1@ACL', 'P19-1001@ACL', '123@2023@IJCAI', 'chen23a@v202@PMLR']) {
      assert.ok(isVenueId(id), id);
    }
    for (const id of ['2401.12345', '@ACL', 'a@', 'a b@ACL', 'a/b@ACL', undefined]) {
      assert.ok(!isVenueId(id), String(id));
    }
  });
});

describe('classifySite: shared vectors (sites)', async () => {
  const { classifySite } = await import('../../extension/sites.js');
  for (const row of vectors.sites) {
    test(JSON.stringify(row.input), () => {
      const expected = row.kind === 'none' ? { kind: 'none' } : { kind: row.kind, name: row.name };
      assert.deepEqual(classifySite(row.input), expected, row.why);
      if (row.kind !== 'none') assert.deepEqual(extractIds(row.input), [], 'a named site never yields an id');
    });
  }
});
