// `npm run import -- [--dry-run] [--confirm] [--indicator <id> | --describe <indicator.json>] <files…>`: the upload page's parsing, validation, harmonisation and diff in Node.
// Accepted files are kept as downloaded in data/raw/imports/ and listed in imports.csv, and the extracts are rebuilt from data/raw,
// so `npm run data` reproduces them. Any problem in any file: messages, exit 1, nothing in data/ changed.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { targets, type Target } from '../src/lib/dataset/readers/target';
import { formatProblem } from '../src/lib/dataset/problem';
import { openNodeExtracts } from '../src/lib/db/node';
import { compareImport } from './importers/imports';
import { diffLines, keepOrExit, type Accepted } from './importers/keep';
import { readDescription } from '../src/lib/dataset/describe';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const confirmed = args.includes('--confirm'); // the CLI's «Jeg vet at …»: accept mismatches that are only probable
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : '');
const chosen = valueOf('--indicator');
const describeFlag = valueOf('--describe'); // a new indicator's JSON; else <file>.indicator.json beside the file, if there is one
const values = new Set(['--indicator', '--describe'].map((f) => args.indexOf(f) + 1).filter((i) => i > 0));
const paths = args.filter((a, i) => !a.startsWith('--') && !values.has(i));
if (!paths.length) {
  console.error(
    'Bruk: npm run import -- [--dry-run] [--confirm] [--indicator <id> | --describe <indikator.json>] <filer …>'
  );
  process.exit(2);
}

const dataDir = process.env.OPPVEKST_DATA_DIR ?? join(root, 'data');
const indicators = targets(await readFile(join(dataDir, 'indicators.csv'), 'utf8'));
const db = await openNodeExtracts(dataDir);
const accepted: Accepted[] = [];
let failed = false;
for (const path of paths.map((p) => resolve(process.env.INIT_CWD ?? process.cwd(), p))) {
  const name = basename(path);
  const description = describeFlag
    ? resolve(process.env.INIT_CWD ?? process.cwd(), describeFlag)
    : existsSync(`${path}.indicator.json`)
      ? `${path}.indicator.json`
      : '';
  const newIndicator = description
    ? readDescription(
        basename(description),
        await readFile(description, 'utf8'),
        new Date().toISOString().slice(0, 10)
      )
    : undefined;
  if (Array.isArray(newIndicator) || (newIndicator && indicators.some((t) => t.id === newIndicator.id))) {
    failed = true;
    const problems = Array.isArray(newIndicator) ? newIndicator : [];
    for (const p of problems) console.error(formatProblem(p));
    if (!problems.length)
      console.error(
        `${basename(description)}: indikatoren «${(newIndicator as Target).id}» finnes allerede i katalogen`
      );
    continue;
  }
  const indicator = newIndicator?.id ?? chosen;
  const { result, preview } = await compareImport(
    db,
    name,
    new Uint8Array(await readFile(path)),
    newIndicator ? [...indicators, newIndicator] : indicators,
    indicator
  );
  if (result.kind === 'problems') {
    failed = true;
    for (const p of result.problems.slice(0, 50)) console.error(formatProblem(p));
    if (result.problems.length > 50) console.error(`… og ${result.problems.length - 50} problemer til.`);
    continue;
  }
  if (result.kind === 'choose') {
    failed = true;
    console.error(`${name}: ${result.reason}. Oppgi indikatoren med --indicator <id>.`);
    continue;
  }
  if (!preview) continue;
  const { stops, probable } = preview;
  const unconfirmed = confirmed ? [] : probable;
  if (stops.length || unconfirmed.length) {
    failed = true;
    for (const m of stops) console.error(`${name}: passer ikke ${m.indicator}: ${m.message}`);
    for (const m of unconfirmed)
      console.error(`${name}: ${m.message}. Bekreft med --confirm: «${m.confirm}».`);
    continue;
  }
  for (const m of probable) console.log(`${name}: bekreftet (--confirm): ${m.confirm}`);
  for (const line of diffLines(name, result.format, result.indicators, preview)) console.log(line);
  accepted.push({
    name,
    bytes: new Uint8Array(await readFile(path)),
    indicator,
    description: description ? new Uint8Array(await readFile(description)) : undefined
  });
}
db.close();
if (failed) {
  console.error('Ingen filer i data/ er endret.');
  process.exit(1);
}
if (dryRun) {
  console.log('Tørrkjøring (--dry-run): ingenting er skrevet.');
  process.exit(0);
}

await keepOrExit(dataDir, accepted);
