import { describe, expect, test } from 'vitest';
import { readUpload, type UploadContext } from './upload';
import { diff } from './diff';
import { decode, MAX_BYTES } from './decode';
import { BAD_FILES, catalogue, fixture } from './fixtures/corpus';
import type { Target } from './readers/target';

const ctx: UploadContext = { indicators: catalogue(), thisYear: 2026 };
const rowsOf = async (name: string, c = ctx) => {
  const r = await readUpload(name, fixture(name), c);
  if (r.kind !== 'rows') throw new Error(JSON.stringify(r).slice(0, 500));
  return r;
};

describe('readUpload rejects bad files with their file, line and a Norwegian message', () => {
  test.each(BAD_FILES)('%s → linje %i: %s', async (name, line, message) => {
    const r = await readUpload(name, fixture(name), ctx);
    expect(r.kind).toBe('problems');
    if (r.kind !== 'problems') return;
    expect(r.problems.every((p) => p.file === name)).toBe(true);
    // A file that does not fit its series is stopped with «passer ikke …» first; the expected
    // problem is then one of those that follow.
    const found = r.problems.find((p) => p.message.startsWith(message));
    expect(found, r.problems.map((p) => p.message).join('\n')).toBeDefined();
    if (line) expect(found?.line).toBe(line);
  });

  test('a file with several bad rows lists every problem, by line, each naming its own column', async () => {
    const r = await readUpload('bad-mange-feil.csv', fixture('bad-mange-feil.csv'), ctx);
    if (r.kind !== 'problems') throw new Error(r.kind);
    expect(r.problems.map((p) => [p.line, p.column, p.message.slice(0, 20)])).toEqual([
      [2, 'value', '«to komma sju» er ik'],
      [3, 'geo', 'ukjent geografi «999'],
      [4, 'value', '«140» er ikke en and'],
      [5, 'indicator', 'ukjent indikator «fi'],
      [6, 'period', '«24» er ikke en peri']
    ]);
  });

  test('a file above the size limit is refused with the limit stated, before it is decoded', async () => {
    const problem = decode('stor.csv', new Uint8Array(MAX_BYTES + 1));
    expect(problem).toMatchObject({ line: 1, message: expect.stringMatching(/grensen er 50,0 MB/) });
  });
});

describe('readUpload reads the real formats', () => {
  test('FHI json-stat2 of table 337 is recognised from its name and equals the published series', async () => {
    const r = await rowsOf('fhi-337-barnevern.json');
    expect(r.format).toBe('FHI json-stat2');
    expect(r.indicators).toEqual(['barnevern_tiltak_0_17']);
    expect(r.rows).toHaveLength(30);
    expect(r.rows.find((o) => o.geo === '4001' && o.period === '2024')).toMatchObject({
      value: 2.7,
      breakdown: 'alle',
      missing: ''
    });
  });

  test('a suppressed json-stat value (status «:») becomes a missing row with its reason, never 0', async () => {
    const r = await rowsOf('testdata-fhi-337-revidert.json');
    expect(r.rows.find((o) => o.geo === '4001' && o.period === '2023')).toMatchObject({
      value: null,
      missing: 'skjermet hos FHI (:)'
    });
  });

  test('SSB CSV in ISO-8859-1 with a title line, region labels «K-4001 Porsgrunn» and decimal commas', async () => {
    const r = await rowsOf('ssb-13556-unge-utenfor.csv');
    expect(r.format).toBe('SSB CSV');
    expect(r.indicators).toEqual(['unge_utenfor_15_29']);
    expect(r.rows.find((o) => o.geo === '4001')).toMatchObject({ period: '2024', value: 10.8 });
    expect(r.rows.find((o) => o.geo === '40')).toMatchObject({ value: 11 });
    expect(r.rows).toHaveLength(19);
  });

  test('FHI CSV with codes (semicolon, AAR as 2023_2023, «:» suppressed) reads like the json-stat2 of the same table', async () => {
    const text =
      'GEO;AAR;KJONN;ALDER;MEASURE_TYPE;value\n4001;2023_2023;0;0_17;RATE;3,1\n4001;2024_2024;0;0_17;RATE;:\n40;2024_2024;0;0_17;RATE;4\n';
    const r = await readUpload('fhi-337.csv', new TextEncoder().encode(text), ctx);
    expect(r.kind === 'rows' && r.format).toBe('FHI CSV');
    expect(r.kind === 'rows' && r.rows.map((o) => [o.geo, o.period, o.value, o.missing])).toEqual([
      ['4001', '2023', 3.1, ''],
      ['4001', '2024', null, 'skjermet hos FHI (:)'],
      ['40', '2024', 4, '']
    ]);
  });

  test('SSB json-stat2 names its table in extension.px.tableid; every row equals the published one', async () => {
    const r = await rowsOf('ssb-13556-unge-utenfor.json');
    expect(r.format).toBe('SSB json-stat2');
    expect(r.indicators).toEqual(['unge_utenfor_15_29']);
    expect(r.rows.find((o) => o.geo === '4001')).toMatchObject({ period: '2024', year: 2024, value: 10.8 });
    expect(r.rows).toEqual(
      (await rowsOf('ssb-13556-unge-utenfor.csv')).rows.map((o) => ({
        ...o,
        source: expect.stringMatching(/^opplastet: ssb-13556-unge-utenfor.json:1$/)
      }))
    );
  });

  test('Udir CSV (UTF-16 LE, sep=\\t, decimal comma) asks for an indicator, then reads the top-level code by place and sex', async () => {
    expect(await readUpload('u.csv', fixture('udir-elevundersokelsen-mobbing.csv'), ctx)).toMatchObject({
      kind: 'choose',
      format: 'Udir CSV'
    });
    const described: Target = {
      id: 'mobbing_vgs',
      name: 'Mobbing på skolen, videregående',
      unit: 'prosent',
      breakdowns: 'alle|jenter|gutter',
      period_type: 'school year',
      source_table: 'Udir, Elevundersøkelsen, indikator 67.19.00.11'
    };
    const r = await rowsOf('udir-elevundersokelsen-mobbing.csv', {
      ...ctx,
      indicators: [...ctx.indicators, described],
      chosen: 'mobbing_vgs'
    });
    expect(r.rows).toHaveLength(12); // 2 school years × Norway and county 38 × all, girls, boys
    expect(
      r.rows.find((o) => o.geo === '0' && o.period === '2020-21' && o.breakdown === 'alle')
    ).toMatchObject({ value: 3.3, year: 2021 });
    expect(
      r.rows.find((o) => o.geo === '0' && o.period === '2020-21' && o.breakdown === 'jenter')
    ).toMatchObject({ value: 2.8 });
    expect(r.rows.every((o) => o.geo === '0' || o.geo === '38')).toBe(true); // county 38 stays 38, never 40
  });

  test('old municipality codes are harmonised: 3806 in the project CSV is stored as 4001', async () => {
    const text =
      'indicator,geo,period,value\nbarnevern_tiltak_0_17,3806,2021,3.9\nbarnevern_tiltak_0_17,0805,2019,3.4\n';
    const r = await readUpload('p.csv', new TextEncoder().encode(text), ctx);
    expect(r.kind === 'rows' && r.rows.map((o) => o.geo)).toEqual(['4001', '4001']);
  });

  test('Windows-1252 text is decoded (æøå intact)', async () => {
    const bytes = new Uint8Array(
      [...'indicator;geo;period;value;note\nbarnevern_tiltak_0_17;4001;2024;2,7;']
        .map((c) => c.charCodeAt(0))
        .concat([0xe6, 0xf8, 0xe5, 10])
    );
    const r = await readUpload('w.csv', bytes, ctx);
    expect(r.kind === 'rows' && r.rows[0].note).toBe('æøå');
  });
});

describe('diff', () => {
  test('splits an upload into new, changed (old → new) and unchanged rows', async () => {
    const published = (await rowsOf('fhi-337-barnevern.json')).rows;
    const revised = (await rowsOf('testdata-fhi-337-revidert.json')).rows;
    const d = diff(
      revised,
      published.filter((o) => o.period !== '2015' || o.geo !== '0')
    );
    expect(d.added.map((o) => `${o.geo} ${o.period}`)).toEqual(['0 2015']);
    expect(d.changed.map((c) => [c.row.geo, c.row.period, c.old.value, c.row.value])).toEqual([
      ['4001', '2023', 3.1, null],
      ['4001', '2024', 2.7, 2.9]
    ]);
    expect(d.unchanged).toBe(27);
  });
});
