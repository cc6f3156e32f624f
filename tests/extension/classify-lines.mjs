// Reads JSON strings, one per line, from the file named first and prints what the extension's classifySite says of
// each, as one JSON object per line. The service's tests use it to feed both site grammars the same random inputs.
import { readFileSync } from 'node:fs';

import { classifySite } from '../../extension/sites.js';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.length > 0);
process.stdout.write(lines.map((line) => JSON.stringify(classifySite(JSON.parse(line)))).join('\n') + '\n');
