// `npm run data`: rebuilds data/*.csv from data/raw, or prints every problem and exits 1 leaving data/ untouched.
// Options for tests: --raw <dir> (default data/raw) and --out <dir> (default data).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/dataset/problem';
import { buildExtracts, writeExtracts } from './build-extracts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : join(root, fallback);
}

const rawDir = option('--raw', 'data/raw');
const outDir = option('--out', 'data');
const { files, problems } = await buildExtracts(rawDir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`Fant ${problems.length} feil; ingen filer i ${outDir} er endret.`);
  process.exit(1);
}
await writeExtracts(outDir, files);
console.log(`Skrev ${[...files.keys()].join(', ')} til ${outDir}.`);
