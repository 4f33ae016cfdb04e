// Every file in data/raw loads through the path `npm run import --dry-run` uses and changes nothing: the build and an import read alike.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { keyOf } from '../../src/lib/dataset/diff';
import { parseCsv } from '../../src/lib/dataset/parse';
import type { Target } from '../../src/lib/dataset/readers/target';
import type { Observation } from '../../src/lib/dataset/schema';
import { openNodeExtracts } from '../../src/lib/db/node';
import { RAW_FILES } from '../../src/lib/server/rawFiles';
import { compareImport } from './imports';

const root = join(import.meta.dirname, '../..');
const rawDir = join(root, 'data/raw');
/** Files in data/raw that hold no figures: the provenance notes and the map outlines (read by scripts/maps.ts). */
const NOT_FIGURES = new Set(['README.md', 'maps/kommuner-2024-s.topojson']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(rawDir, path)];
  });
}

let db: Awaited<ReturnType<typeof openNodeExtracts>>;
const indicators = parseCsv(
  'indicators.csv',
  readFileSync(join(root, 'data/indicators.csv'), 'utf8')
).table.rows.map((r) => r.values as unknown as Target);
beforeAll(async () => {
  db = await openNodeExtracts(join(root, 'data'));
});
afterAll(() => db.close());

// imports/ holds files taken in later, queries/ the API requests `npm run update` sends (catalogue/queries.ts).
const files = walk(rawDir).filter(
  (f) => !NOT_FIGURES.has(f) && !f.startsWith('imports/') && !f.startsWith('queries/')
);

describe('every raw file loads through `npm run import --dry-run` unchanged', () => {
  test('the walk finds every file the build reads, and the build reads every file the walk finds', () => {
    expect(files.sort()).toEqual(RAW_FILES.map((r) => r.file).sort());
  });

  test.each(files)('%s: 0 nye, 0 endrede, every row of the build unchanged', async (file) => {
    const raw = RAW_FILES.find((r) => r.file === file)!;
    const bytes = new Uint8Array(readFileSync(join(rawDir, file)));
    let { result, preview } = await compareImport(db, file.split('/').pop()!, bytes, indicators);
    // A file that does not name its indicator asks, as `--indicator` answers: the analyst names what it feeds.
    if (result.kind === 'choose')
      ({ result, preview } = await compareImport(
        db,
        file.split('/').pop()!,
        bytes,
        indicators,
        raw.feeds[0]
      ));
    expect(result.kind === 'problems' ? result.problems.slice(0, 3) : []).toEqual([]);
    expect(result.kind).toBe('rows');
    if (result.kind !== 'rows' || !preview) return;
    const { diff, stops, probable } = preview;
    expect([...stops, ...probable]).toEqual([]);
    expect([...result.indicators].sort()).toEqual([...raw.feeds].sort());
    expect({ added: diff.added.length, changed: diff.changed.length }).toEqual({ added: 0, changed: 0 });
    expect(diff.unchanged).toBe(result.rows.length);
    const built = await db.all<Observation>(`SELECT * FROM observation WHERE source LIKE ? || ':%'`, [
      `data/raw/${file}`
    ]);
    // every built row from this file is in the upload; a row two files give alike (2020 in SSB 13135 and 12061) is built from the first
    const uploaded = new Set(result.rows.map(keyOf));
    expect(built.filter((b) => !uploaded.has(keyOf(b)))).toEqual([]);
  });
});
