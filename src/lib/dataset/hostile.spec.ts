// Hostile uploads that once landed wrong figures: each must be refused, or read as the value it is.
import { describe, expect, test } from 'vitest';
import { readUpload, type UploadContext, type UploadResult } from './upload';
import { catalogue, fixture } from './fixtures/corpus';
import { readFileSync } from 'node:fs';
import { READERS } from './readers/registry';
import { planTextReader } from './readers/planText';
import type { Input } from './readers/reader';

const ctx: UploadContext = { indicators: catalogue(), thisYear: 2026 };
const upload = (name: string, text: string) => readUpload(name, new TextEncoder().encode(text), ctx);
const messages = (r: UploadResult) => (r.kind === 'problems' ? r.problems.map((p) => p.message) : []);

describe('readUpload refuses what would land a wrong figure', () => {
  test('a CSV header with «value» twice is refused on line 1 (the last column won: 2,7 % → 9,9 %)', async () => {
    const r = await upload(
      'dobbel.csv',
      'indicator,geo,period,value,value\nbarnevern_tiltak_0_17,4001,2024,2.7,9.9\n'
    );
    expect(r).toMatchObject({ kind: 'problems', problems: [{ line: 1, column: 'value' }] });
  });

  test('an FHI two-year period or a school year is refused for the annual barnevern series', async () => {
    const text = new TextDecoder()
      .decode(fixture('fhi-337-barnevern.json'))
      .replaceAll('2024_2024', '2023_2024');
    expect(messages(await upload('fhi-337.json', text))).toContain(
      '«2023-2024» er ikke en periode for en årlig indikator (ventet en periode som «2024»)'
    );
    const school = await upload(
      'b.csv',
      'indicator,geo,period,value\nbarnevern_tiltak_0_17,4001,2023-24,2.7\n'
    );
    expect(messages(school).some((m) => /^«2023-24» er ikke en periode for en årlig indikator/.test(m))).toBe(
      true
    );
  });

  test('a year that disagrees with its period is refused, so a future period cannot pass as a past year', async () => {
    const r = await upload(
      'b.csv',
      'indicator,geo,period,year,value\nbarnevern_tiltak_0_17,4001,2031,2024,2.7\n'
    );
    expect(messages(r)).toEqual(['året 2024 passer ikke med perioden «2031» (ventet 2031)']);
  });

  test('-0 is read as 0, in CSV and in JSON-stat', async () => {
    const csv = await upload('b.csv', 'indicator,geo,period,value\nbarnevern_tiltak_0_17,4001,2024,-0\n');
    expect(csv.kind === 'rows' && Object.is(csv.rows[0].value, 0)).toBe(true);
    const text = new TextDecoder()
      .decode(fixture('fhi-337-barnevern.json'))
      .replace(/"value": \[\n\s*4\.3/, '"value": [-0');
    const json = await upload('fhi-337.json', text);
    expect(json.kind === 'rows' && json.rows.filter((o) => Object.is(o.value, -0))).toEqual([]);
    expect(json.kind === 'rows' && json.rows.filter((o) => Object.is(o.value, 0))).toHaveLength(1);
  });
});

describe('a row the parser found broken is never read, whichever CSV layout the file has', () => {
  test('NAV: a row with one field too many is refused on its line, not averaged into a year', async () => {
    // Porsgrunn's rows of the real NAV file; one «Helt ledige» row gets an extra field (the test's damage).
    const [header, ...lines] = readFileSync('data/raw/nav/arbeidsledighet.csv', 'utf8').trimEnd().split('\n');
    const mine = lines.filter((l) => l.split(',')[1] === 'Porsgrunn');
    const broken = mine.findIndex((l) => l.includes(',Helt ledige,Begge kjønn,'));
    mine[broken] = mine[broken].replace(/,(\d{4}-\d{2}-\d{2})$/, ',9.9,$1');
    const r = await upload('nav.csv', [header, ...mine].join('\n'));
    expect(r).toMatchObject({
      kind: 'problems',
      format: 'NAV CSV',
      problems: [
        { line: broken + 2, message: expect.stringMatching(/^raden har 8 felt, men overskriften har 7/) }
      ]
    });
  });

  test('every CSV reader hands back the parse problems and no rows', async () => {
    const problem = {
      file: 'f.csv',
      line: 3,
      column: '',
      message: 'raden har 1 felt, men overskriften har 2'
    };
    const input: Input = {
      layout: 'csv',
      file: 'f.csv',
      text: '',
      title: '',
      table: { header: ['a', 'b'], rows: [] },
      problems: [problem]
    };
    const csvReaders = READERS.filter((r) => r.layout === 'csv' && r !== planTextReader); // plan text is prose, not rows
    expect(csvReaders.length).toBeGreaterThanOrEqual(7);
    for (const reader of csvReaders)
      expect(
        await reader.read(input, { indicators: catalogue(), chosen: catalogue()[0].id }),
        reader.format
      ).toEqual({ drafts: [], problems: [problem], indicators: [] });
  });
});

/** A json-stat2 dataset of `dims` dimensions with `n` categories each and an empty value list (test data, no real figures). */
function declared(dims: string[], n: number, size = dims.map(() => n)) {
  const category = { index: Array.from({ length: n }, (_, i) => String(i)) };
  const dimension = Object.fromEntries(dims.map((d) => [d, { label: d, category }]));
  return JSON.stringify({ version: '2.0', class: 'dataset', id: dims, size, dimension, value: [] });
}

describe("readUpload checks a JSON-stat file's declared size before expanding it", () => {
  test('7 dimensions of 10 categories (10^7 cells, 1,5 kB) are refused at once with the limit stated', async () => {
    const text = declared(['GEO', 'AAR', 'KJONN', 'ALDER', 'A', 'B', 'C'], 10);
    expect(text.length).toBeLessThan(2000);
    const started = performance.now();
    const r = await upload('fhi-337.json', text);
    expect(performance.now() - started).toBeLessThan(10_000); // it once took 114 s
    expect(messages(r)).toEqual([
      'filen oppgir 10\u00a0000\u00a0000 celler; grensen er 1\u00a0000\u00a0000. Last ned færre år, steder eller kategorier per fil.'
    ]);
  });

  test("a size that does not match its dimension's categories is refused, naming the dimension", async () => {
    const r = await upload('fhi-337.json', declared(['GEO', 'AAR'], 2, [2, 10_000_000]));
    expect(messages(r)).toEqual(['dimensjonen «AAR» har 2 kategorier, men size[1] sier 10000000']);
  });

  test('more values than the size allows are refused', async () => {
    const text = declared(['GEO', 'AAR'], 1).replace('"value":[]', '"value":[1,2,3]');
    expect(messages(await upload('fhi-337.json', text))).toEqual([
      '«value» har 3 verdier, men size gir plass til 1'
    ]);
  });
});

describe('readUpload shows bidi controls as markers instead of obeying them', () => {
  test('a U+202E in the file name and in a note is a visible «[U+202E]» in the result and its rows', async () => {
    const r = await upload(
      'h26-barnevern\u202Enosj.csv',
      'indicator,geo,period,value,note\nbarnevern_tiltak_0_17,4001,2024,2.7,Se \u202Ekilde\n'
    );
    if (r.kind !== 'rows') throw new Error(JSON.stringify(r));
    expect(r.file).toBe('h26-barnevern[U+202E]nosj.csv');
    expect(r.rows.map((o) => o.note)).toEqual(['Se [U+202E]kilde']);
    expect(JSON.stringify(r)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  });

  test('a refused file is named with the marker in its problems', async () => {
    const r = await upload(
      'fil\u2067.csv',
      'indicator,geo,period,value\nbarnevern_tiltak_0_17,9999,2024,2.7\n'
    );
    expect(r.kind === 'problems' && r.problems.every((p) => p.file === 'fil[U+2067].csv')).toBe(true);
  });
});
