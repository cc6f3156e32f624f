import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const read = (path) => readFileSync(join(root, path), 'utf8');

const CONTENT_SITES = [
  'https://arxiv.org/abs/*',
  'https://arxiv.org/list/*',
  'https://openreview.net/forum*',
  'https://aclanthology.org/*',
  'https://openaccess.thecvf.com/content/*',
  'https://ojs.aaai.org/index.php/AAAI/article/view/*',
];

function extensionFiles(dir = join(root, 'extension')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? extensionFiles(join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
  );
}

function pngSize(path) {
  const bytes = readFileSync(join(root, path));
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${path} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.json', () => {
  test('is Manifest V3 with the basics', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.name, 'Cool Papers Redirector');
    assert.match(manifest.version, /^\d+(\.\d+){0,3}$/);
    assert.ok(manifest.description.length <= 132, 'the store limits descriptions to 132 characters');
  });

  test('asks for the least privilege', () => {
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'notifications', 'scripting', 'storage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.optional_permissions, undefined);
  });

  // Chrome runs the service worker and ignores `scripts`; Firefox runs `scripts` as an event page and
  // ignores `service_worker`. Both load the same ES module.
  test('the background is one ES module, as Chrome\'s service worker and as Firefox\'s event page', () => {
    assert.deepEqual(manifest.background, {
      service_worker: 'extension/background.js',
      scripts: ['extension/background.js'],
      type: 'module',
    });
  });

  test('content scripts run on the paper sites only', () => {
    assert.equal(manifest.content_scripts.length, 1);
    assert.deepEqual(manifest.content_scripts[0].matches, CONTENT_SITES);
    assert.equal(manifest.content_scripts[0].all_frames, undefined);
  });

  test('only the modules content scripts import are web-accessible, and only to those sites', () => {
    assert.equal(manifest.web_accessible_resources.length, 1);
    const [entry] = manifest.web_accessible_resources;
    assert.deepEqual(entry.resources, ['extension/ids.js', 'extension/settings.js']);
    const siteOrigins = new Set(CONTENT_SITES.map((pattern) => new URL(pattern.replace('*', '')).origin));
    for (const pattern of entry.matches) {
      assert.match(pattern, /^https:\/\/[a-z.]+\/\*$/, 'web-accessible matches take the form origin/*');
      assert.ok(siteOrigins.has(new URL(pattern.replace('*', '')).origin), pattern);
    }
    const contentScript = read('extension/content/quick-links.js');
    for (const resource of entry.resources) assert.ok(contentScript.includes(`'${resource}'`), resource);
  });

  test('web-accessible modules import nothing (their imports would not be accessible)', () => {
    for (const resource of manifest.web_accessible_resources[0].resources) {
      assert.doesNotMatch(read(resource), /^\s*import\s/m, resource);
    }
  });

  test('command, omnibox keyword and options page', () => {
    assert.deepEqual(Object.keys(manifest.commands), ['open-current-paper']);
    assert.ok(manifest.commands['open-current-paper'].suggested_key.default);
    assert.ok(manifest.commands['open-current-paper'].description);
    assert.deepEqual(manifest.omnibox, { keyword: 'cp' });
    assert.equal(manifest.options_ui.page, 'extension/options.html');
  });

  test('every file it names exists', () => {
    const named = [
      manifest.background.service_worker,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
      ...manifest.web_accessible_resources.flatMap((entry) => entry.resources),
      ...Object.values(manifest.icons),
      ...Object.values(manifest.action.default_icon),
    ];
    for (const path of named) assert.ok(existsSync(join(root, path)), path);
  });

  test('icons are PNGs of the declared sizes', () => {
    for (const [size, path] of [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)]) {
      assert.deepEqual(pngSize(path), [Number(size), Number(size)], path);
    }
  });
});

describe('extension sources', () => {
  test('every relative module import resolves to a file', () => {
    for (const file of extensionFiles().filter((path) => path.endsWith('.js'))) {
      for (const [, specifier] of read(file).matchAll(/^\s*import\s+(?:[^'"]*\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
        assert.ok(specifier.startsWith('./') || specifier.startsWith('../'), `${file}: ${specifier}`);
        assert.ok(existsSync(resolve(root, dirname(file), specifier)), `${file}: ${specifier}`);
      }
    }
  });

  test('the content script is a classic script', () => {
    assert.doesNotMatch(read('extension/content/quick-links.js'), /^\s*(import|export)\s/m);
  });

  test('the options page has one script and the documented element ids', () => {
    const html = read('extension/options.html');
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    for (const id of ['serviceUrl', 'openIn-newTab', 'openIn-currentTab', 'save', 'status']) {
      assert.match(html, new RegExp(`\\bid="${id}"`), id);
    }
  });

  test('no host permissions are smuggled in through the code', () => {
    for (const file of extensionFiles().filter((path) => path.endsWith('.js'))) {
      assert.doesNotMatch(read(file), /chrome\.(webRequest|cookies|history|bookmarks)\b/, file);
    }
  });

  // Scripting reaches only the tab the user just acted on (activeTab), to read a paper's title.
  test('pages are scripted in one place, only to read a title', () => {
    const scripted = extensionFiles().filter((path) => path.endsWith('.js') && /chrome\.scripting\b/.test(read(path)));
    assert.deepEqual(scripted, ['extension/open.js']);
    const uses = [...read('extension/open.js').matchAll(/chrome\.scripting\.?(\w*)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(uses)].sort(), ['', 'executeScript']);
  });
});
