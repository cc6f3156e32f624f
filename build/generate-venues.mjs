#!/usr/bin/env node
// Writes every file generated from grammar/venues.json: the service grammar's facts (C#), the extension's
// (a JavaScript module), and the manifest's host lists. The service's build runs it when node is installed;
// the committed outputs serve machines without node, and a test fails when they are stale.
//
//   node build/generate-venues.mjs                 write what changed
//   node build/generate-venues.mjs --check         write nothing; exit 1 naming each stale file
//   --data FILE --root DIR                          another data file, another tree (the made-up-venue test)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { csharpFacts } from './venues/csharp.mjs';
import { javascriptFacts } from './venues/javascript.mjs';
import { manifestWithHosts } from './venues/manifest.mjs';
import { validate } from './venues/validate.mjs';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const OUTPUTS = {
  csharp: 'service/PaperIds/VenueFacts.g.cs',
  javascript: 'extension/venues.js',
  manifest: 'manifest.json',
};

/** The generated text of each output, keyed by its path under the tree's root. */
export function generate(data, manifestText) {
  validate(data);
  return {
    [OUTPUTS.csharp]: csharpFacts(data),
    [OUTPUTS.javascript]: javascriptFacts(data),
    [OUTPUTS.manifest]: manifestWithHosts(manifestText, data),
  };
}

function main(argv) {
  const options = { check: false, data: join(repository, 'grammar', 'venues.json'), root: repository };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') options.check = true;
    else if (argv[i] === '--data') options.data = resolve(argv[++i]);
    else if (argv[i] === '--root') options.root = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }

  const data = JSON.parse(readFileSync(options.data, 'utf8'));
  const manifestPath = join(options.root, OUTPUTS.manifest);
  const outputs = generate(data, readFileSync(manifestPath, 'utf8'));
  const stale = [];
  for (const [path, text] of Object.entries(outputs)) {
    const file = join(options.root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    stale.push(path);
    if (!options.check) writeFileSync(file, text);
  }

  const inTree = relative(options.root, options.data);
  const source = inTree.startsWith('..') ? options.data : inTree;
  if (options.check && stale.length > 0) {
    console.error(`stale, not generated from ${source}: ${stale.join(', ')}. Run: node build/generate-venues.mjs`);
    return 1;
  }
  if (!options.check && stale.length > 0) console.log(`generated from ${source}: ${stale.join(', ')}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`build/generate-venues.mjs: ${error.message}`);
    process.exitCode = 2;
  }
}
