// `npm run update -- [--dry-run] [--fhi-api=<base>] [--ssb-api=<base>] [ids…]`: fetches each indicator that has an API query (catalogue/queries.ts) from FHI or SSB and
// takes the answer in exactly as `npm run import` takes a file: same reader, harmonisation, validation, diff and rebuild.
// A source that fails (network, HTTP error, changed format) is named, its indicator stays as it was, and the run exits 1.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_BASE, answerName, QUERIED, queryOf, requestOf } from '../src/lib/dataset/catalogue/queries';
import { formatProblem } from '../src/lib/dataset/problem';
import { targets } from '../src/lib/dataset/readers/target';
import { openNodeExtracts } from '../src/lib/db/node';
import { compareImport } from './importers/imports';
import { diffLines, keepOrExit, type Accepted } from './importers/keep';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((id) => !queryOf(id));
if (unknown.length) {
  console.error(
    `Ingen API-spørring for ${unknown.join(', ')}. Indikatorer som kan hentes: ${QUERIED.join(', ')}.`
  );
  process.exit(2);
}
const ids = asked.length ? asked : QUERIED;
const dataDir = process.env.OPPVEKST_DATA_DIR ?? join(root, 'data');
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const base = {
  FHI: (flag('fhi-api') || process.env.OPPVEKST_FHI_API || API_BASE.FHI).replace(/\/+$/, ''),
  SSB: (flag('ssb-api') || process.env.OPPVEKST_SSB_API || API_BASE.SSB).replace(/\/+$/, '')
};
const TIMEOUT_MS = 60_000;

/** The answer's bytes, or why there is none («HTTP 500», «fetch failed: …»). */
async function fetchAnswer(url: string, init: RequestInit): Promise<Uint8Array | string> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) return `HTTP ${response.status} ${response.statusText}`.trim();
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    return `nettverksfeil (${e instanceof Error ? e.message : String(e)}${cause})`;
  }
}

const indicators = targets(await readFile(join(dataDir, 'indicators.csv'), 'utf8'));
const db = await openNodeExtracts(dataDir);
const accepted: Accepted[] = [];
const failed: string[] = [];
const answers = new Map<string, Promise<Uint8Array | string>>(); // one request file can feed several indicators: fetch it once
for (const id of ids) {
  const query = queryOf(id)!;
  const source = `${query.agency}-tabell ${query.table} (${id})`;
  const requestText =
    query.agency === 'FHI' ? await readFile(join(dataDir, 'raw/queries', query.request), 'utf8') : '';
  const request = requestOf(query, base[query.agency], requestText);
  if (typeof request === 'string') {
    console.error(`${source} feilet: ${request}. ${id} er uendret.`);
    failed.push(source);
    continue;
  }
  const { url, init } = request;
  console.log(`Henter ${source}: ${init.method} ${url}`);
  if (query.agency === 'SSB' && query.unconfirmed) console.log(`  Merk: ${query.unconfirmed}.`);
  const key = `${url}\u0000${init.body ?? ''}`;
  if (!answers.has(key)) answers.set(key, fetchAnswer(url, init));
  const answer = await answers.get(key)!;
  if (typeof answer === 'string') {
    console.error(`${source} feilet: ${answer}. ${id} er uendret.`);
    failed.push(source);
    continue;
  }
  const name = answerName(query, id);
  const { result, preview } = await compareImport(db, name, answer, indicators, id);
  if (result.kind !== 'rows' || !preview) {
    console.error(`${source} feilet: svaret kunne ikke leses (endret format?). ${id} er uendret.`);
    if (result.kind === 'problems')
      for (const p of result.problems.slice(0, 10)) console.error(`  ${formatProblem(p)}`);
    if (result.kind === 'choose') console.error(`  ${result.reason}`);
    failed.push(source);
    continue;
  }
  const stops = [...preview.stops, ...preview.probable];
  if (stops.length) {
    for (const m of stops)
      console.error(`${source} feilet: passer ikke ${id}: ${m.message}. ${id} er uendret.`);
    failed.push(source);
    continue;
  }
  for (const line of diffLines(name, result.format, result.indicators, preview)) console.log(line);
  // An answer that changes nothing is not kept: the weekly run then leaves the tree clean and opens no pull request.
  if (preview.diff.added.length + preview.diff.changed.length > 0)
    accepted.push({ name, bytes: answer, indicator: id });
}
db.close();
const changed = accepted.length > 0;
if (dryRun) console.log('Tørrkjøring (--dry-run): ingenting er skrevet.');
else if (!changed) console.log('Ingen nye eller endrede verdier; ingenting er skrevet.');
else {
  await keepOrExit(dataDir, accepted);
}
if (failed.length) {
  console.error(`Feilet: ${failed.join(', ')}.`);
  process.exit(1);
}
