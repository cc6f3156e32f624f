// What Firefox needs from the one manifest both browsers load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const gecko = manifest.browser_specific_settings?.gecko;

test('Firefox gets a fixed add-on id: storage.sync and signing need one, and it must never change', () => {
  assert.equal(gecko?.id, 'cool-papers-redirector@papers.cool');
});

// The extension sends nothing anywhere by itself: it opens a tab on the address the user chose,
// when the user asks, with only ids, search words or a title in that address.
test('Firefox is told the extension collects no data', () => {
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
});

// data_collection_permissions arrived in Firefox 140 (desktop, also the ESR) and 142 on Android.
test('the minimum Firefox versions are those that understand every key', () => {
  assert.equal(gecko.strict_min_version, '140.0');
  assert.equal(manifest.browser_specific_settings.gecko_android?.strict_min_version, '142.0');
});

test('Firefox runs the same module as its background page', () => {
  assert.deepEqual(manifest.background.scripts, [manifest.background.service_worker]);
  assert.equal(manifest.background.type, 'module');
});

test('no browser-specific key adds a permission', () => {
  assert.deepEqual(Object.keys(manifest.browser_specific_settings).sort(), ['gecko', 'gecko_android']);
  assert.deepEqual(Object.keys(gecko).sort(), ['data_collection_permissions', 'id', 'strict_min_version']);
});
