// A data release rehearsed: data/raw copied, one FHI file given a newer period of made-up values (test data, never written
// to data/), the extracts rebuilt by `npm run data`'s own code into a temp dir, and the page views asked of them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '../src/lib/db/node';
import { familyView, frontView, goalsView, indicatorView } from '../src/lib/queries/pages';
import { indicators } from '../src/lib/queries/catalogue';
import { HOME } from '../src/lib/dataset/schema';
import { buildExtracts, writeExtracts } from './build-extracts';

const root = join(import.meta.dirname, '..');
const FILE = 'fhi/barnevern.csv'; // Geografi,År,Kjønn,Alder,Andel — Andel a fraction, År «2024-01-01»
const ID = 'barnevern_tiltak_0_17';
const temp = mkdtempSync(join(tmpdir(), 'oppvekst-release-'));
let db: Awaited<ReturnType<typeof openNodeExtracts>>;
let newest: number; // the raw file's newest year, read from it
const made = new Map<string, number>(); // place name → the made-up fraction of the new year

beforeAll(async () => {
  const raw = join(temp, 'raw');
  const out = join(temp, 'data');
  cpSync(join(root, 'data/raw'), raw, { recursive: true });
  cpSync(join(root, 'data'), out, { recursive: true, filter: (src) => !src.includes('/data/raw') });
  const text = readFileSync(join(raw, FILE), 'utf8');
  const lines = text.trimEnd().split('\n').slice(1);
  newest = Math.max(...lines.map((l) => Number(l.split(',')[1].slice(0, 4))));
  // TEST DATA: every place of the file gets a next year, its newest value plus 0.003 (not a real figure).
  const added = lines
    .filter((l) => l.split(',')[1].startsWith(String(newest)))
    .map((l) => {
      const [place, , sex, age, share] = l.split(',');
      const value = Math.round((Number(share) + 0.003) * 1000) / 1000;
      made.set(place, value);
      return [place, `${newest + 1}-01-01`, sex, age, value].join(',');
    });
  writeFileSync(join(raw, FILE), `${text.trimEnd()}\n${added.join('\n')}\n`);
  const built = await buildExtracts(raw);
  expect(built.problems).toEqual([]);
  await writeExtracts(out, built.files);
  db = await openNodeExtracts(out);
}, 180_000);
afterAll(() => {
  db?.close();
  rmSync(temp, { recursive: true, force: true });
});

const next = () => String(newest + 1);
const percent = (place: string) => Math.round(made.get(place)! * 1000) / 10;

describe('after a release with a newer period', () => {
  test('the theme page shows the new period as newest, with the change since the old newest', async () => {
    const row = (await familyView(db, 'barnevern')).rows.find((r) => r.indicator.id === ID)!;
    expect(row.period).toBe(next());
    expect(row.home).toBeCloseTo(percent(HOME.name), 6);
    expect(row.country).toBeCloseTo(percent('Hele landet'), 6);
    expect(row.sincePrevious?.from.period).toBe(String(newest));
  });

  test('the front page, the indicator page’s ranking and the goal status read the new period', async () => {
    const all = await indicators(db);
    const front = await frontView(db, all);
    expect(new Set(front.latest.filter((l) => l.indicator === ID).map((l) => l.period))).toEqual(
      new Set([next()])
    );
    const view = await indicatorView(
      db,
      all.find((i) => i.id === ID)!
    );
    expect(new Set(view.ranking.alle.map((r) => r.period))).toEqual(new Set([next()]));
    expect(view.series.alle.at(-1)?.period).toBe(next());
    if (HOME.plan) {
      const goal = (await goalsView(db)).find((g) => g.indicators[0]?.id === ID && g.detail?.newest);
      expect(goal?.detail?.newest?.period).toBe(next());
    }
  });

  test('data/ itself is untouched', () => {
    expect(readFileSync(join(root, 'data/raw', FILE), 'utf8')).not.toContain(`${newest + 1}-01-01`);
    expect(readFileSync(join(root, 'data/barnevern.csv'), 'utf8')).not.toContain(`,${newest + 1},`);
  });
});
