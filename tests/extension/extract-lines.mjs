// Reads JSON strings, one per line, from the file named first and prints the ids the extension finds in each,
// as one JSON array per line. The service's tests use it to feed both grammars the same random inputs.
import { readFileSync } from 'node:fs';

import { extractIds } from '../../extension/ids.js';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.length > 0);
process.stdout.write(lines.map((line) => JSON.stringify(extractIds(JSON.parse(line)))).join('\n') + '\n');
