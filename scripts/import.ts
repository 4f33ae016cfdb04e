// `npm run import -- [--dry-run] [--confirm] [--indicator <id> | --describe <indicator.json>] <files…>`: the upload page's parsing, validation, harmonisation and diff in Node.
// Accepted files are kept as downloaded in data/raw/imports/ and listed in imports.csv, and the extracts are rebuilt from data/raw,
// so `npm run data` reproduces them. Any problem in any file: messages, exit 1, nothing in data/ changed.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from '../src/lib/dataset/readers/target';
import { formatCsv, parseCsv } from '../src/lib/dataset/parse';
import { formatProblem } from '../src/lib/dataset/problem';
import type { Observation } from '../src/lib/dataset/schema';
import { openNodeExtracts } from '../src/lib/db/node';
import { buildExtracts, writeExtracts } from './build-extracts';
import { compareImport, described, IMPORTS, manifest, MANIFEST, MANIFEST_COLUMNS } from './importers/imports';
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
const rawDir = join(dataDir, 'raw');
const indicators = parseCsv(
  'data/indicators.csv',
  await readFile(join(dataDir, 'indicators.csv'), 'utf8')
).table.rows.map((r) => r.values as unknown as Target);
const db = await openNodeExtracts(dataDir);
const accepted: {
  path: string;
  name: string;
  rows: Observation[];
  indicator: string;
  description: string;
}[] = [];
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
  const { diff: d, stops, probable } = preview;
  const unconfirmed = confirmed ? [] : probable;
  if (stops.length || unconfirmed.length) {
    failed = true;
    for (const m of stops) console.error(`${name}: passer ikke ${m.indicator}: ${m.message}`);
    for (const m of unconfirmed)
      console.error(`${name}: ${m.message}. Bekreft med --confirm: «${m.confirm}».`);
    continue;
  }
  for (const m of probable) console.log(`${name}: bekreftet (--confirm): ${m.confirm}`);
  console.log(
    `${name} (${result.format}, ${result.indicators.join(', ')}): ${d.added.length} nye rader, ${d.changed.length} endrede verdier, ${d.unchanged} uendrede.`
  );
  for (const c of d.changed.slice(0, 50))
    console.log(
      `  ${c.row.indicator} ${c.row.geo} ${c.row.period} ${c.row.breakdown}: ${c.old.value ?? c.old.missing} → ${c.row.value ?? c.row.missing}`
    );
  for (const o of d.added.slice(0, 50))
    console.log(`  ny: ${o.indicator} ${o.geo} ${o.period} ${o.breakdown}: ${o.value ?? o.missing}`);
  accepted.push({ path, name, rows: result.rows, indicator, description });
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

// Keep the files and list them, rebuild, and put everything back if the rebuild finds a problem.
const manifestPath = join(rawDir, MANIFEST);
const before = existsSync(manifestPath) ? await readFile(manifestPath, 'utf8') : null;
const entries = (await manifest(rawDir)).filter((e) => !accepted.some((a) => a.name === e.file));
const today = new Date().toISOString().slice(0, 10);
await mkdir(join(rawDir, IMPORTS), { recursive: true });
const copied: string[] = [];
for (const a of accepted) {
  const target = join(rawDir, IMPORTS, a.name);
  if (!existsSync(target)) copied.push(target);
  await copyFile(a.path, target);
  if (a.description) {
    const kept = join(rawDir, IMPORTS, described(a.name));
    if (!existsSync(kept)) copied.push(kept);
    await copyFile(a.description, kept);
  }
  entries.push({ file: a.name, indicator: a.indicator, imported: today });
}
await writeFile(
  manifestPath,
  formatCsv(MANIFEST_COLUMNS, entries as unknown as Record<string, unknown>[]),
  'utf8'
);
const { files, problems } = await buildExtracts(rawDir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  for (const c of copied) await rm(c);
  if (before === null) await rm(manifestPath);
  else await writeFile(manifestPath, before, 'utf8');
  console.error('Ingen filer i data/ er endret.');
  process.exit(1);
}
await writeExtracts(dataDir, files);
console.log(
  `Lagt inn ${accepted.map((a) => a.name).join(', ')} i data/raw/${IMPORTS}/ og skrev ${[...files.keys()].join(', ')}.`
);
