// The checkout the tests run from, and the Firefox package built from it by the one packaging command.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

/** The Chromium suite's copies of arXiv, OpenReview, ACL Anthology and other pages, shared rather than copied. */
export const fixturePath = (name) => join(ROOT, 'tests', 'Redirector.EndToEnd', 'Fixtures', name);

/**
 * Runs build/package-extension.sh into a directory of its own (dist/ is left to the user and the
 * Chromium suite) and returns the .xpi it wrote: the tests install exactly what is shipped.
 */
export async function packageFirefoxExtension() {
  const out = mkdtempSync(join(tmpdir(), 'cool-papers-firefox-package-'));
  try {
    await run('bash', [join(ROOT, 'build', 'package-extension.sh'), out], { cwd: ROOT });
  } catch (error) {
    throw new Error(`build/package-extension.sh failed: ${error.stderr || error.message}`);
  }
  const xpis = readdirSync(out).filter((name) => name.endsWith('-firefox.xpi'));
  if (xpis.length !== 1) throw new Error(`build/package-extension.sh wrote ${xpis.length} Firefox packages into ${out}: ${xpis}`);
  return join(out, xpis[0]);
}
