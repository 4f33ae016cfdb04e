// What `npm run import` and `npm run update` share once files are accepted: print the diff, keep the files in
// data/raw/imports/ with the manifest, rebuild the extracts, and put everything back if the rebuild finds a problem.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCsv } from '../../src/lib/dataset/parse';
import type { Preview } from '../../src/lib/dataset/preview';
import { formatProblem } from '../../src/lib/dataset/problem';
import { buildExtracts, writeExtracts } from '../build-extracts';
import { described, IMPORTS, manifest, MANIFEST, MANIFEST_COLUMNS } from './imports';

/** One accepted file: its name in data/raw/imports, its bytes, the indicator chosen ('' when the file says), any description beside it. */
export interface Accepted {
  name: string;
  bytes: Uint8Array;
  indicator: string;
  description?: Uint8Array;
}

/** The preview's diff as lines an analyst reads: «name (format, ids): n nye rader, …» then «  id geo period breakdown: old → new». */
export function diffLines(name: string, format: string, ids: string[], preview: Preview): string[] {
  const d = preview.diff;
  const shown = (o: { value: number | null; missing: string }) => o.value ?? o.missing;
  return [
    `${name} (${format}, ${ids.join(', ')}): ${d.added.length} nye rader, ${d.changed.length} endrede verdier, ${d.unchanged} uendrede.`,
    ...d.changed
      .slice(0, 50)
      .map(
        (c) =>
          `  ${c.row.indicator} ${c.row.geo} ${c.row.period} ${c.row.breakdown}: ${shown(c.old)} → ${shown(c.row)}`
      ),
    ...d.added
      .slice(0, 50)
      .map((o) => `  ny: ${o.indicator} ${o.geo} ${o.period} ${o.breakdown}: ${shown(o)}`)
  ];
}

/** Writes the files and the manifest, rebuilds data/*.csv; on a build problem restores data/raw and returns the problems (data/ unchanged). */
export async function keepAndRebuild(
  dataDir: string,
  accepted: Accepted[]
): Promise<{ problems: string[]; written: string[] }> {
  const rawDir = join(dataDir, 'raw');
  const manifestPath = join(rawDir, MANIFEST);
  const before = existsSync(manifestPath) ? await readFile(manifestPath, 'utf8') : null;
  const entries = (await manifest(rawDir)).filter((e) => !accepted.some((a) => a.name === e.file));
  const today = new Date().toISOString().slice(0, 10);
  await mkdir(join(rawDir, IMPORTS), { recursive: true });
  const restore: { path: string; bytes: Uint8Array | null }[] = [];
  const put = async (path: string, bytes: Uint8Array) => {
    restore.push({ path, bytes: existsSync(path) ? new Uint8Array(await readFile(path)) : null });
    await writeFile(path, bytes);
  };
  for (const a of accepted) {
    await put(join(rawDir, IMPORTS, a.name), a.bytes);
    if (a.description) await put(join(rawDir, IMPORTS, described(a.name)), a.description);
    entries.push({ file: a.name, indicator: a.indicator, imported: today });
  }
  await writeFile(
    manifestPath,
    formatCsv(MANIFEST_COLUMNS, entries as unknown as Record<string, unknown>[]),
    'utf8'
  );
  const { files, problems } = await buildExtracts(rawDir);
  if (problems.length) {
    for (const r of restore.reverse()) await (r.bytes ? writeFile(r.path, r.bytes) : rm(r.path));
    if (before === null) await rm(manifestPath);
    else await writeFile(manifestPath, before, 'utf8');
    return { problems: problems.map(formatProblem), written: [] };
  }
  await writeExtracts(dataDir, files);
  return { problems: [], written: [...files.keys()] };
}

/** keepAndRebuild for a command line: a rebuild problem is printed and exits 1 (data/ unchanged), else says what was written. */
export async function keepOrExit(dataDir: string, accepted: Accepted[]): Promise<void> {
  const { problems, written } = await keepAndRebuild(dataDir, accepted);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error('Ombyggingen feilet. Ingen filer i data/ er endret.');
    process.exit(1);
  }
  const names = accepted.map((a) => a.name).join(', ');
  console.log(`Lagt inn ${names} i data/raw/${IMPORTS}/ og skrev ${written.join(', ')}.`);
}
