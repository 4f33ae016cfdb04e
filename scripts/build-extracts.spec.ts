import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/dataset/parse';
import { GOAL_COLUMNS } from '../src/lib/dataset/schema';
import { buildExtracts, type Extracts } from './build-extracts';
import { GOALS } from './catalogue/goals';

const root = join(import.meta.dirname, '..');
const rawDir = join(root, 'data/raw');
const temps: string[] = [];
let built: Extracts;

/** A temp copy of data/raw with one file's text replaced. */
function corruptedRaw(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'raw-'));
  temps.push(dir);
  cpSync(rawDir, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const rows = (name: string) => parseCsv(name, built.files.get(name)!).table.rows.map((r) => r.values);
const value = (name: string, indicator: string, geo: string, period: string, breakdown = 'alle') =>
  rows(name).filter(
    (r) => r.indicator === indicator && r.geo === geo && r.period === period && r.breakdown === breakdown
  );

beforeAll(async () => {
  built = await buildExtracts(rawDir);
});
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('buildExtracts over data/raw', () => {
  it('has no problems and equals the committed data/*.csv byte for byte', () => {
    expect(built.problems).toEqual([]);
    expect([...built.files.keys()].sort()).toEqual(
      readdirSync(join(root, 'data'))
        .filter((f) => f.endsWith('.csv') || f.endsWith('.geojson'))
        .sort()
    );
    for (const [name, text] of built.files)
      expect(readFileSync(join(root, 'data', name), 'utf8'), name).toBe(text);
  });

  it('is deterministic', async () => {
    expect((await buildExtracts(rawDir)).files).toEqual(built.files);
  });

  it.each([
    ['skoleresultater.csv', 'grunnskolepoeng', '4001', '2020-2022', '42.1'],
    ['skoleresultater.csv', 'grunnskolepoeng', '0', '2020-2022', '43.3'],
    ['skolemiljo.csv', 'mobbing_7', '4001', '2020/21-2022/23', '9.2'],
    ['psykisk-helse.csv', 'ungdata_psykiske_plager', '4001', '2021', '20'],
    ['psykisk-helse.csv', 'ungdata_psykiske_plager', '0', '2021', '17.1'],
    ['levekar.csv', 'kulturskole_6_15', '4001', '2019', '14.3'], // 0805 harmonised to 4001
    ['levekar.csv', 'kulturskole_6_15', '4001', '2020', '14.2'], // 3806
    ['levekar.csv', 'kulturskole_6_15', '0821', '2019', '28.9'], // Bø stays apart
    ['skoleresultater.csv', 'grunnskolepoeng_udir', '40', '2018-19', '40.6'], // 08 harmonised to 40
    ['skoleresultater.csv', 'grunnskolepoeng_udir', '38', '2020-21', '42.9'], // 38 stays 38
    ['levekar.csv', 'barn_en_forsorger', '38', 'Folkehelseprofil 2023', '17']
  ])('%s: %s %s %s is %s', (file, indicator, geo, period, expected) => {
    expect(value(file, indicator, geo, period).map((r) => r.value)).toEqual([expected]);
  });

  it('never joins 0821 or 38 to today’s codes, and keeps codes as text', () => {
    expect(value('levekar.csv', 'kulturskole_6_15', '4020', '2019')).toEqual([]);
    expect(value('skoleresultater.csv', 'grunnskolepoeng_udir', '40', '2020-21')).toEqual([]);
    expect(rows('geographies.csv').find((g) => g.code === '0805')).toMatchObject({
      successor: '3806',
      harmonised: '4001'
    });
  });

  it('writes suppressed cells as an empty value with a reason, never 0', () => {
    expect(value('skoleresultater.csv', 'regning_8', '4028', '2022/23-2024/25')[0]).toMatchObject({
      value: '',
      missing: 'mangler i kilden (tom celle)'
    });
    const all = [
      'levekar.csv',
      'psykisk-helse.csv',
      'skoleresultater.csv',
      'skolemiljo.csv',
      'barnevern.csv'
    ].flatMap(rows);
    expect(all.filter((r) => (r.value === '') !== (r.missing !== ''))).toEqual([]);
  });

  it('writes goals.csv from the goals catalogue, in catalogue order, with the columns of GOAL_COLUMNS', () => {
    const goals = parseCsv('goals.csv', built.files.get('goals.csv')!).table;
    expect(goals.header).toEqual(Object.keys(GOAL_COLUMNS));
    expect(goals.rows.map((r) => r.values.id)).toEqual(GOALS.map((g) => g.id));
    expect(goals.rows.find((r) => r.values.id === 'fp-utfordring-skolemiljo')?.values).toMatchObject({
      indicators: 'mobbing_7|trivsel_10',
      baseline_period: '2020/21-2022/23',
      baseline_value: '9.2'
    });
  });
});

describe('a malformed raw file', () => {
  it('gives a Problem naming file, line, column and value', async () => {
    const dir = corruptedRaw('fhi/barnevern.csv', (text) =>
      text.replace(
        'Porsgrunn,2016-01-01,Kjønn samlet,0-17,0.',
        'Porsgrunn,2016-01-01,Kjønn samlet,0-17,abc0.'
      )
    );
    const { files, problems } = await buildExtracts(dir);
    expect(files.size).toBe(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/raw/fhi/barnevern.csv', line: 23, column: 'Andel' });
    expect(problems[0].message).toMatch(/^«abc0\.\d+» er ikke et tall$/);
  });

  it('gives a Problem for a missing column', async () => {
    const dir = corruptedRaw('fhi/mobbing-7.csv', (text) => text.replace('Kommune,Skoleår', 'Sted,Skoleår'));
    const { problems } = await buildExtracts(dir);
    expect(problems.map((p) => `${p.file}:${p.line} «${p.column}»: ${p.message}`)).toEqual([
      'data/raw/fhi/mobbing-7.csv:1 «Kommune»: kolonnen «Kommune» mangler i overskriften'
    ]);
  });

  it('makes the CLI print the problem, exit 1 and leave the output directory byte-identical', () => {
    const dir = corruptedRaw('fhi/trangboddhet.csv', (text) =>
      text.replace(
        '\n4001,Porsgrunn,2015-01-01,alle aldre,totalt,',
        '\n4O01,Porsgrunn,2015-01-01,alle aldre,totalt,'
      )
    );
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    temps.push(out);
    for (const name of built.files.keys()) cpSync(join(root, 'data', name), join(out, name));
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f))]);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/data.ts'), '--raw', dir, '--out', out],
      { cwd: root, encoding: 'utf8' }
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /data\/raw\/fhi\/trangboddhet\.csv, linje \d+, kolonne «Kommunenummer»: ukjent geografi «4O01»/
    );
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f))])).toEqual(before);
  });
});
