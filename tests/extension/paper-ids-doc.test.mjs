// docs/paper-ids.md says that every example in it is a row of the shared vectors (tests/vectors/paper-ids.json),
// which both grammars are tested against. This holds it to that: each example in its tables, and in its "Refused:"
// lists, must be the input of a vector row with the answer the document gives.
//
// How the document is read:
// - An example is a code span. In the tables of ids, only those outside parentheses: a parenthesis is a remark.
// - "…" in an example stands for any text, and such an example may match anywhere in a row's input; an example
//   without "…" is a whole input.
// - Tables of ids ("input | canonical", "input | site id"): an example's row finds exactly one id, one of the code spans
//   of the answer cell, and each of those is found by one of the row's examples.
// - "Refused:" paragraphs: each example is (part of) the input of a row that finds no id.
// - The table of addresses ("address | what the user is told"): "Name (examples)" groups; a row that says the venue
//   is listed wants `listed` with that name, one that says the site does not list it wants `notCollected` with the
//   group's first example (the publisher's host) as the name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const vectors = JSON.parse(readFileSync(new URL('../vectors/paper-ids.json', import.meta.url), 'utf8'));
const doc = readFileSync(new URL('../../docs/paper-ids.md', import.meta.url), 'utf8');

/** The tables of the document: their header cells, and their rows as cells. */
function tables(markdown) {
  const found = [];
  let current = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
    if (current === null) {
      current = { header: cells, rows: [] };
      found.push(current);
    } else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) {
      current.rows.push(cells);
    }
  }
  return found;
}

/**
 * The code spans of a cell, each with the parenthesised group it is in (null outside parentheses) and that group's
 * label: the words in front of its opening parenthesis, back to the last comma.
 */
function codeSpans(cell) {
  const spans = [];
  let depth = 0;
  let label = '';
  let group = null;
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    if (char === '`') {
      const end = cell.indexOf('`', i + 1);
      assert.ok(end > i, `an unclosed code span in ${cell}`);
      spans.push({ text: cell.slice(i + 1, end), group });
      if (group) group.spans.push(cell.slice(i + 1, end));
      i = end;
    } else if (char === '(') {
      if (depth === 0) group = { label: label.trim(), spans: [] };
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth === 0) {
        group = null;
        label = '';
      }
    } else if (depth === 0) {
      label = char === ',' || char === ';' ? '' : label + char;
    }
  }
  return spans;
}

/** Whether a row's input is the example: the whole input, or with "…" for any text, anywhere in it. */
function matches(example, input) {
  if (!example.includes('…')) return input === example;
  const pattern = example.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]*');
  return new RegExp(pattern).test(input);
}

const idTables = tables(doc).filter((table) => ['canonical', 'site id'].includes(table.header[1]));
const siteTables = tables(doc).filter((table) => table.header[0] === 'address');

describe('docs/paper-ids.md: the tables of ids are vector rows', () => {
  test('the document has its tables', () => {
    assert.equal(idTables.length, 3);
    assert.equal(siteTables.length, 1);
  });

  for (const [inputs, answers] of idTables.flatMap((table) => table.rows)) {
    const examples = codeSpans(inputs).filter((span) => span.group === null).map((span) => span.text);
    const ids = codeSpans(answers).filter((span) => span.group === null).map((span) => span.text);
    test(inputs, () => {
      assert.ok(examples.length > 0 && ids.length > 0, 'a row without examples or without ids');
      const reached = new Set();
      for (const example of examples) {
        const rows = vectors.extract.filter((row) => matches(example, row.input));
        const row = rows.find((candidate) => candidate.ids.length === 1 && ids.includes(candidate.ids[0]));
        assert.ok(
          row,
          `${example}: no extract row finds one of ${ids.join(', ')}; its rows: ${JSON.stringify(rows.map((r) => [r.input, r.ids]))}`,
        );
        reached.add(row.ids[0]);
      }
      for (const id of ids) assert.ok(reached.has(id), `${id} is not what any of the row's examples finds`);
    });
  }
});

describe('docs/paper-ids.md: what it says is refused finds no id in the vectors', () => {
  const refused = doc.split('\n\n').filter((paragraph) => paragraph.startsWith('Refused:'));

  test('the document has its lists', () => {
    assert.equal(refused.length, 3);
  });

  for (const paragraph of refused) {
    for (const { text: example } of codeSpans(paragraph)) {
      test(example, () => {
        const rows = vectors.extract.filter((row) => matches(example, row.input) || (!example.includes('…') && row.input.includes(example)));
        assert.ok(
          rows.some((row) => row.ids.length === 0),
          `no extract row without ids holds it; its rows: ${JSON.stringify(rows.map((r) => [r.input, r.ids]))}`,
        );
      });
    }
  }
});

describe('docs/paper-ids.md: the table of addresses is vector rows', () => {
  for (const [addresses, answer] of siteTables.flatMap((table) => table.rows)) {
    const kind = /is listed/.test(answer) ? 'listed' : /does not list/.test(answer) ? 'notCollected' : null;
    const groups = [...new Set(codeSpans(addresses).map((span) => span.group))];
    test(addresses, () => {
      assert.ok(kind, `what kind of answer is "${answer}"?`);
      assert.ok(groups.length > 0 && !groups.includes(null), 'every example belongs to a "Name (examples)" group');
      for (const group of groups) {
        const name = kind === 'listed' ? group.label.split(' ')[0] : group.spans[0];
        for (const example of group.spans) {
          const rows = vectors.sites.filter((row) => matches(example, row.input) || (!example.includes('…') && row.input.includes(example)));
          assert.ok(
            rows.some((row) => row.kind === kind && row.name === name),
            `${example}: no sites row says ${kind} ${name}; its rows: ${JSON.stringify(rows.map((r) => [r.input, r.kind, r.name]))}`,
          );
        }
      }
    });
  }
});
