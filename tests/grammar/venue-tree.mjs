// A copy of the parts of the repository generated from grammar/venues.json, in a temporary directory,
// so that a test can generate them from another data file without touching the working tree.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const REPOSITORY = new URL('../../', import.meta.url).pathname;
export const GENERATOR = join(REPOSITORY, 'build', 'generate-venues.mjs');

export function readData() {
  return JSON.parse(readFileSync(join(REPOSITORY, 'grammar', 'venues.json'), 'utf8'));
}

/** A temporary tree holding manifest.json, extension/, the grammar's C# sources and the build settings. */
export function copyTree() {
  const root = mkdtempSync(join(tmpdir(), 'venues-'));
  for (const path of ['manifest.json', 'extension', 'Directory.Build.props', 'service/PaperIds']) {
    cpSync(join(REPOSITORY, path), join(root, path), {
      recursive: true,
      filter: (source) => !/[/\\](bin|obj|node_modules)$/.test(source),
    });
  }
  return root;
}

/** Runs the generator; returns { status, stdout, stderr }. */
export function runGenerator(...args) {
  const result = spawnSync(process.execPath, [GENERATOR, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function writeData(root, data) {
  const file = join(root, 'venues.json');
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
