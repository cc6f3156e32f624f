// Adding a venue is one step: an entry in grammar/venues.json. This test adds a made-up one from a
// fixture (made-up-venue.json) to a copy of the data, generates a copy of the tree from it, and
// checks that the extension's grammar and site classifier, the manifest, and the service's grammar
// (built and run from the copy) all take it up, with no code changed, and agree on every line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, test } from 'node:test';

import { installFakeChrome } from '../extension/fake-chrome.mjs';
import { extractIds as realExtractIds } from '../../extension/ids.js';
import { classifySite as realClassifySite } from '../../extension/sites.js';
import { copyTree, readData, runGenerator, writeData } from './venue-tree.mjs';

const fixture = JSON.parse(readFileSync(new URL('./made-up-venue.json', import.meta.url), 'utf8'));

// Each line: what both grammars must answer, as "ids<TAB>site".
const LINES = [
  ['see https://papers.made-up-venue.org/paper/Xy7-abc.pdf.', 'Xy7-abc@MUV\tnone:'],
  ['http://www.papers.made-up-venue.org/paper/q42?from=list', 'q42@MUV\tnone:'],
  ['Xy7-abc@muv and 2401.12345', 'Xy7-abc@MUV,2401.12345\tnone:'],
  ['doi:10.99999/muv.Q42', 'Q42@MUV\tnone:'],
  ['https://papers.made-up-venue.org/about/q42', '\tnone:'],
  ['https://papers.made-up-venue.org/paper/-q42', '\tnone:'],
  ['https://proceedings.made-up-conf.org/madeup-2025/p12.html', '\tlisted:MadeUpConf'],
  ['https://proceedings.made-up-conf.org/madeup-2025/index.html', '\tnone:'],
  ['https://openreview.net/forum?id=LcF-EEt8cCC', 'LcF-EEt8cCC@OpenReview\tnone:'],
];

function withFixture(data) {
  return {
    ...data,
    sources: [...data.sources, ...fixture.sources],
    listedVenues: [...data.listedVenues, ...fixture.listedVenues],
  };
}

describe('a made-up venue added to grammar/venues.json', () => {
  let root;
  let grammar;
  let sites;

  before(async () => {
    root = copyTree();
    const generated = runGenerator('--data', writeData(root, withFixture(readData())), '--root', root);
    assert.equal(generated.status, 0, generated.stderr);
    grammar = await import(pathToFileURL(join(root, 'extension', 'ids.js')).href);
    sites = await import(pathToFileURL(join(root, 'extension', 'sites.js')).href);
  });

  const answer = (extractIds, classifySite, line) => {
    const site = classifySite(line);
    return `${extractIds(line).join(',')}\t${site.kind}:${site.name ?? ''}`;
  };

  test('is not known before it is added', () => {
    assert.deepEqual(realExtractIds(LINES[0][0]), []);
    assert.deepEqual(realClassifySite(LINES[6][0]), { kind: 'none' });
  });

  test("the extension's grammar and site classifier take it up", () => {
    for (const [line, expected] of LINES) assert.equal(answer(grammar.extractIds, sites.classifySite, line), expected, line);
  });

  test("the manifest's host lists take it up", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    assert.ok(manifest.content_scripts[0].matches.includes('https://papers.made-up-venue.org/paper/*'));
    assert.ok(manifest.web_accessible_resources[0].matches.includes('https://papers.made-up-venue.org/*'));
  });

  test("the PDF viewer's menu item takes up its PDF pages", async () => {
    installFakeChrome();
    const menus = await import(pathToFileURL(join(root, 'extension', 'menus.js')).href);
    assert.ok(menus.PDF_URL_PATTERNS.includes('*://papers.made-up-venue.org/pdf/*'), menus.PDF_URL_PATTERNS.join(' '));
  });

  test("the service's grammar, built from the generated C#, takes it up and agrees line for line", () => {
    const probe = join(root, 'probe');
    mkdirSync(probe);
    writeFileSync(
      join(probe, 'Probe.csproj'),
      '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>' +
        '<ItemGroup><ProjectReference Include="../service/PaperIds/Redirector.PaperIds.csproj" /></ItemGroup></Project>\n',
    );
    writeFileSync(
      join(probe, 'Program.cs'),
      [
        'using Redirector.PaperIds;',
        'while (Console.ReadLine() is { } line)',
        '{',
        '    var ids = PaperIdExtractor.Extract(line, 50, out _);',
        '    var site = KnownSites.Classify(line);',
        '    var kind = site.Kind switch { SiteKind.ListedVenue => "listed", SiteKind.NotCollected => "notCollected", _ => "none" };',
        '    Console.WriteLine($"{string.Join(\',\', ids)}\\t{kind}:{site.Name}");',
        '}',
        '',
      ].join('\n'),
    );
    const build = spawnSync('dotnet', ['build', probe, '--configuration', 'Release', '--nologo', '-v', 'q'], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const run = spawnSync('dotnet', [join(probe, 'bin', 'Release', 'net10.0', 'Probe.dll')], {
      input: `${LINES.map(([line]) => line).join('\n')}\n`,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const answers = run.stdout.trimEnd().split('\n');
    LINES.forEach(([line, expected], index) => assert.equal(answers[index], expected, line));
  });
});
