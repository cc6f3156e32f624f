// Each venue's host is written in one hand-written file, grammar/venues.json: every other source file
// takes it from there, so that adding or changing a venue is one edit. Generated files, tests, docs
// (which show hosts to readers) and the benchmarks (whose inputs are sample URLs, and whose nginx
// baseline mirrors the rules in nginx's own language) are outside the rule.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { readData, REPOSITORY } from './venue-tree.mjs';

const GENERATED = ['service/PaperIds/VenueFacts.g.cs', 'extension/venues.js', 'manifest.json'];
const OUTSIDE_THE_RULE = /^(grammar\/venues\.json$|tests\/|docs\/|bench\/|.*\.md$)/;

test('each venue host is written in grammar/venues.json alone among the hand-written sources', () => {
  const data = readData();
  const hosts = new Set([
    ...data.sources.flatMap((source) => source.urls.map((url) => url.host.split('/')[0])),
    ...data.sources.flatMap((source) => (source.quickLinks ?? []).map((link) => link.host)),
    ...data.listedVenues.flatMap((venue) => venue.hosts),
    ...data.notCollected.map((publisher) => publisher.host),
  ]);
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPOSITORY, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !GENERATED.includes(file) && !OUTSIDE_THE_RULE.test(file))
    .filter((file) => !/\.(png|ico|jpg|woff2?|zip|xpi)$/.test(file));
  assert.ok(files.includes('service/PaperIds/ConferenceUrls.cs') && files.includes('extension/ids.js'), 'the sources are read');

  const found = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(join(REPOSITORY, file), 'utf8').toLowerCase();
    } catch {
      continue; // listed but deleted in the working tree
    }
    for (const host of hosts) if (text.includes(host)) found.push(`${host} in ${file}`);
  }
  assert.deepEqual(found, []);
});
