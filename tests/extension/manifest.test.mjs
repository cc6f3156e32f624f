import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const read = (path) => readFileSync(join(root, path), 'utf8');

const LOCALES = ['en', 'zh_CN'];
const messages = (locale) => JSON.parse(read(`_locales/${locale}/messages.json`));

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
    assert.equal(manifest.name, '__MSG_extName__');
    assert.equal(manifest.default_locale, 'en');
    assert.match(manifest.version, /^\d+(\.\d+){0,3}$/);
    for (const locale of LOCALES) {
      const description = messages(locale).extDescription.message;
      assert.ok(description.length <= 132, `${locale}: the store limits descriptions to 132 characters`);
    }
  });

  test('asks for the least privilege', () => {
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'notifications', 'scripting', 'storage']);
    assert.equal(manifest.host_permissions, undefined);
    // Asked for only by the options page's Test button, for the one address the reader typed.
    assert.deepEqual(manifest.optional_host_permissions, ['http://*/*', 'https://*/*']);
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
    assert.deepEqual(entry.resources, ['extension/ids.js', 'extension/venues.js', 'extension/settings.js', 'extension/page-papers.js']);
    const siteOrigins = new Set(CONTENT_SITES.map((pattern) => new URL(pattern.replace('*', '')).origin));
    for (const pattern of entry.matches) {
      assert.match(pattern, /^https:\/\/[a-z.]+\/\*$/, 'web-accessible matches take the form origin/*');
      assert.ok(siteOrigins.has(new URL(pattern.replace('*', '')).origin), pattern);
    }
    const contentScript = read('extension/content/quick-links.js');
    for (const resource of entry.resources) assert.ok(contentScript.includes(`'${resource}'`), resource);
  });

  test('web-accessible modules import only each other (anything else would not be accessible to the page)', () => {
    const resources = manifest.web_accessible_resources[0].resources;
    for (const resource of resources) {
      for (const [, imported] of read(resource).matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)) {
        assert.ok(resources.includes(new URL(imported, `https://x/${resource}`).pathname.slice(1)), `${resource} imports ${imported}`);
      }
    }
  });

  test('command, omnibox keyword and options page', () => {
    // The toolbar button opens the popup (and has a shortcut of its own); the other shortcut acts at once.
    assert.deepEqual(Object.keys(manifest.commands), ['_execute_action', 'open-current-paper']);
    assert.equal(manifest.action.default_popup, 'extension/popup.html');
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
      manifest.action.default_popup,
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
    assert.deepEqual(scripted, ['extension/page-reading.js']);
    const uses = [...read('extension/page-reading.js').matchAll(/chrome\.scripting\.?(\w*)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(uses)].sort(), ['', 'executeScript']);
  });
});

describe('localisation', () => {
  const english = messages('en');

  test('every locale has exactly the English messages, with the same placeholders', () => {
    for (const locale of LOCALES) {
      const translated = messages(locale);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), locale);
      for (const [name, entry] of Object.entries(english)) {
        const used = (text) => [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1].toLowerCase()).sort();
        assert.deepEqual(used(translated[name].message), used(entry.message), `${locale}: ${name}`);
        assert.deepEqual(Object.keys(translated[name].placeholders ?? {}), Object.keys(entry.placeholders ?? {}), `${locale}: ${name}`);
        assert.ok(translated[name].message.trim().length > 0, `${locale}: ${name}`);
      }
    }
  });

  test('the Chinese is Chinese, and keeps the menu access key', () => {
    const chinese = messages('zh_CN');
    for (const name of ['extName', 'menuOpen', 'noPaperId', 'optionsAddressLabel', 'serviceUrlEmpty']) {
      assert.match(chinese[name].message, /[\u4e00-\u9fff]/, name);
    }
    assert.match(chinese.menuOpen.message, /\(&O\)$/);
    assert.match(english.menuOpen.message, /&O/);
  });

  test('every message the manifest and the code name exists, and every message is used', () => {
    const sources = [read('manifest.json'), ...extensionFiles().filter((path) => /\.(js|html)$/.test(path)).map(read)];
    const named = new Set();
    for (const text of sources) {
      for (const match of text.matchAll(/__MSG_(\w+)__|getMessage\('(\w+)'|data-i18n="(\w+)"|: '(serviceUrl\w+)'|MESSAGE = '(\w+)'|'(popupFrom\w+)'/g)) {
        named.add(match.slice(1).find(Boolean));
      }
    }
    for (const name of named) assert.ok(name in english, `${name} is not in _locales/en`);
    for (const name of Object.keys(english)) assert.ok(named.has(name), `${name} is never used`);
  });

  test('no English sentence is left in the code or the options page', () => {
    const options = read('extension/options.html').replace(/<!--[^]*?-->/g, '').replace(/<(style|script)[^]*?<\/\1>/g, '');
    const text = options.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    assert.equal(text, '', 'text on the options page outside _locales');
    for (const file of extensionFiles().filter((path) => path.endsWith('.js'))) {
      // A user-visible sentence: a capital letter, then words with spaces, in a string literal. The console is
      // for developers, not users.
      const code = read(file).split('\n').filter((line) => !line.includes('console.')).join('\n');
      const sentences = [...code.matchAll(/(['"`])([A-Z][a-z]+(?: [a-z]+){2,}[^'"`]*)\1/g)].map((match) => match[2]);
      assert.deepEqual(sentences, [], file);
    }
  });
});
