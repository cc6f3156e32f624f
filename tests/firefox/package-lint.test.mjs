// Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs on upload) on the very
// Firefox package build/package-extension.sh writes: no errors, and no warning that was not weighed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { packageFirefoxExtension } from './support/repository.mjs';

const run = promisify(execFile);
// Installed by `npm ci` in this folder (tests/run does it), at the version package-lock.json pins.
const WEB_EXT = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'web-ext', 'bin', 'web-ext.js');

// Each accepted warning, with the reason it stays.
const ACCEPTED_WARNINGS = {
  BACKGROUND_SERVICE_WORKER_IGNORED:
    'one manifest for both browsers: Chrome runs background.service_worker, Firefox runs background.scripts',
};

test('web-ext lint finds no errors in the Firefox package, and only the accepted warnings', async (t) => {
  const xpi = await packageFirefoxExtension();
  const unpacked = mkdtempSync(join(tmpdir(), 'cool-papers-firefox-lint-'));
  t.after(() => {
    rmSync(dirname(xpi), { recursive: true, force: true });
    rmSync(unpacked, { recursive: true, force: true });
  });
  await run('python3', ['-m', 'zipfile', '-e', xpi, unpacked]);

  // web-ext exits non-zero when there are errors; the report is on stdout either way.
  const { stdout, stderr } = await run(process.execPath, [WEB_EXT, 'lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'], {
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error) => error);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`web-ext lint gave no report (run npm ci in tests/firefox): ${stderr || stdout}`);
  }
  const describe = (message) => `${message.code} ${message.file ?? ''}: ${message.message}`;

  t.diagnostic(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
  for (const warning of report.warnings) t.diagnostic(`warning ${describe(warning)}`);
  assert.deepEqual(report.errors.map(describe), []);
  assert.deepEqual(report.warnings.map((warning) => warning.code).filter((code) => !(code in ACCEPTED_WARNINGS)), []);
});
