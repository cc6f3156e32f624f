// build/package-extension.sh: the release files, what they hold, and that the same sources always
// give the same bytes (reproducible), whatever the checkout's file times and permissions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const CHROME_ZIP = `cool-papers-redirector-${version}-chrome.zip`;
const FIREFOX_XPI = `cool-papers-redirector-${version}-firefox.xpi`;
// What the packaging reads; _locales/ once the extension is translated.
const INPUTS = ['manifest.json', 'extension', 'build', '_locales'].filter((path) => existsSync(join(root, path)));

const work = mkdtempSync(join(tmpdir(), 'cool-papers-package-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function packageInto(checkout, out) {
  execFileSync('bash', [join(checkout, 'build', 'package-extension.sh'), out], { stdio: 'pipe' });
  return out;
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

/** Each entry's name, timestamp, Unix mode and compression, as Python's zipfile reads them. */
function entries(archive) {
  const script =
    'import json, sys, zipfile\n' +
    'print(json.dumps([[i.filename, list(i.date_time), i.external_attr >> 16, i.compress_type, i.extra.hex(), i.comment.hex()]' +
    ' for i in zipfile.ZipFile(sys.argv[1]).infolist()]))';
  return JSON.parse(execFileSync('python3', ['-c', script, archive], { encoding: 'utf8' }));
}

/** What the browser runs: the manifest, the extension's files but the unit tests' package.json, the translations. */
function shippedFiles() {
  const fromDir = (dir) => (existsSync(join(root, dir)) ? filesUnder(join(root, dir)).map((file) => `${dir}/${file}`) : []);
  return ['manifest.json', ...fromDir('extension'), ...fromDir('_locales')]
    .filter((path) => path !== 'extension/package.json')
    // Editor and OS leftovers stay out, as the script leaves them out.
    .filter((path) => !/(^|\/)\.|~$|\.swp$/.test(path))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

describe('build/package-extension.sh', () => {
  let first;
  before(() => {
    first = packageInto(root, join(work, 'first'));
  });

  test('writes the Chrome zip and the Firefox xpi, named with the manifest version, and the unpacked Chrome copy', () => {
    assert.deepEqual(readdirSync(first).sort(), [CHROME_ZIP, FIREFOX_XPI, 'extension-unpacked'].sort());
    assert.ok(existsSync(join(first, 'extension-unpacked', 'manifest.json')));
  });

  test('each package holds only what the browser runs, in byte order, with fixed times and permissions', () => {
    for (const archive of [CHROME_ZIP, FIREFOX_XPI]) {
      const found = entries(join(first, archive));
      assert.deepEqual(found.map(([name]) => name), shippedFiles(), archive);
      for (const [name, time, mode, compression, extra, comment] of found) {
        assert.deepEqual([time, mode.toString(8), compression, extra, comment], [[1980, 1, 1, 0, 0, 0], '100644', 8, '', ''], `${archive}: ${name}`);
      }
    }
  });

  test('both packages carry the same files, the one manifest both browsers accept included', () => {
    assert.equal(sha256(join(first, CHROME_ZIP)), sha256(join(first, FIREFOX_XPI)));
  });

  test('the unpacked copy is the Chrome zip, file for file', () => {
    const unpacked = join(first, 'extension-unpacked');
    assert.deepEqual(filesUnder(unpacked).sort(), [...shippedFiles()].sort());
    for (const file of shippedFiles()) {
      assert.ok(readFileSync(join(unpacked, file)).equals(readFileSync(join(root, file))), file);
    }
  });

  test('a checkout with other file times and permissions gives the same bytes', (t) => {
    const clone = join(work, 'clone');
    for (const input of INPUTS) cpSync(join(root, input), join(clone, input), { recursive: true });
    const later = new Date(Date.UTC(2031, 6, 15, 12, 34, 56));
    filesUnder(clone).forEach((file, index) => {
      chmodSync(join(clone, file), index % 2 ? 0o600 : 0o755);
      utimesSync(join(clone, file), later, later);
    });

    const second = packageInto(clone, join(work, 'second'));

    for (const archive of [CHROME_ZIP, FIREFOX_XPI]) {
      const [one, two] = [sha256(join(first, archive)), sha256(join(second, archive))];
      t.diagnostic(`${archive}: ${one} and ${two}`);
      assert.equal(two, one, archive);
    }
  });

  test('packaging again replaces the packages with the same bytes', () => {
    const before = sha256(join(first, CHROME_ZIP));
    packageInto(root, first);
    assert.deepEqual(readdirSync(first).sort(), [CHROME_ZIP, FIREFOX_XPI, 'extension-unpacked'].sort());
    assert.equal(sha256(join(first, CHROME_ZIP)), before);
  });
});
