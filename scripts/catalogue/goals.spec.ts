import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/dataset/parse';
import { defaultBreakdown, FAMILIES, GOAL_COLUMNS, HOME, type Goal } from '../../src/lib/dataset/schema';
import { GOALS } from './goals';
import { excerpt, fold, lineRange, planLines } from './plan-text';

const root = join(import.meta.dirname, '../..');
const csv = (name: string) =>
  parseCsv(name, readFileSync(join(root, 'data', name), 'utf8')).table.rows.map((r) => r.values);
const indicators = new Map(csv('indicators.csv').map((i) => [i.id, i]));
const observations = FAMILIES.flatMap((f) => csv(`${f.id}.csv`));
const planText = (file: string) => fold(planLines(file).join('\n'));
const linked = (g: Goal) => (g.indicators ? g.indicators.split('|') : []);
const byId = (id: string) => GOALS.find((g) => g.id === id)!;
const row = (g: Goal) => [g.id, g] as const;

/** Porsgrunn's value of an indicator's default breakdown in one period, as the extracts hold it. */
function homeValue(indicator: string, period: string): string[] {
  const breakdown = defaultBreakdown(indicators.get(indicator)!);
  return observations
    .filter(
      (o) =>
        o.indicator === indicator && o.geo === HOME.code && o.period === period && o.breakdown === breakdown
    )
    .map((o) => o.value);
}

describe('GOALS', () => {
  it('has unique ids and exactly the columns of goals.csv', () => {
    expect(new Set(GOALS.map((g) => g.id)).size).toBe(GOALS.length);
    for (const g of GOALS) expect(Object.keys(g).sort(), g.id).toEqual(Object.keys(GOAL_COLUMNS).sort());
  });

  it.each(GOALS.map(row))('%s: quote stands verbatim (white space folded) in its plan file', (_, g) => {
    expect(g.quote).not.toBe('');
    expect(g.quote).toBe(fold(g.quote));
    expect(planText(g.plan_file)).toContain(g.quote);
  });

  it.each(GOALS.map(row))('%s: location is the tightest line range holding the quote', (_, g) => {
    const { from, to } = lineRange(g.location);
    expect(excerpt(g.plan_file, from, to)).toContain(g.quote);
    if (to > from) {
      expect(excerpt(g.plan_file, from + 1, to)).not.toContain(g.quote);
      expect(excerpt(g.plan_file, from, to - 1)).not.toContain(g.quote);
    }
  });

  it.each(GOALS.map(row))('%s: measures stand in the plan file, once each', (_, g) => {
    const measures = g.measures ? g.measures.split('|') : [];
    expect(new Set(measures).size).toBe(measures.length);
    for (const m of measures) expect(planText(g.plan_file), m).toContain(m);
  });

  it('takes the Forebyggende plan measures from its table of main areas of effort', () => {
    const table = excerpt('data/plans/forebyggende-plan-2023.txt', 1384, 1662);
    const rows = GOALS.filter((g) => g.id.startsWith('fp-mal-'));
    expect(rows).toHaveLength(10);
    for (const g of rows) for (const m of g.measures.split('|')) expect(table, `${g.id}: ${m}`).toContain(m);
  });

  it.each(GOALS.filter((g) => g.indicators !== '').map(row))(
    '%s: links only indicators of data/indicators.csv, in the direction their polarity says',
    (_, g) => {
      for (const id of linked(g)) expect(indicators.has(id), id).toBe(true);
      const polarity = indicators.get(linked(g)[0])!.polarity;
      const better = { 'higher-better': 'up', 'lower-better': 'down', neutral: g.direction }[polarity];
      expect(g.direction === '' || g.direction === better).toBe(true);
    }
  );

  it.each(GOALS.map(row))('%s: target fields fit the target kind', (_, g) => {
    expect(['direction', 'national-level', 'number-by-year', 'none']).toContain(g.target_kind);
    if (g.target_kind === 'direction') expect(g.direction).not.toBe('');
    if (g.target_kind === 'national-level') expect(linked(g).length > 0 && g.direction !== '').toBe(true);
    if (g.target_kind === 'number-by-year') expect(g.quote).toContain(`${g.target_value} %`);
    else expect([g.target_value, g.target_year]).toEqual([null, null]);
    if (linked(g).length === 0)
      expect(g.unmeasured, 'an unmeasured goal names the statistic that would measure it').not.toBe('');
  });

  it.each(GOALS.filter((g) => g.baseline_period !== '' || g.baseline_value !== null).map(row))(
    '%s: baseline equals Porsgrunn’s value in the extracts for that period',
    (_, g) => {
      expect(homeValue(linked(g)[0], g.baseline_period).map(Number)).toEqual([g.baseline_value]);
      expect(g.quote).toContain(String(g.baseline_value).replace('.', ','));
    }
  );

  it('has the challenges with the plan’s Porsgrunn figures as baselines', () => {
    const challenges = GOALS.filter((g) => g.kind === 'hovedutfordring').map((g) => [
      g.id,
      linked(g)[0],
      g.target_kind,
      g.baseline_period,
      g.baseline_value
    ]);
    expect(challenges).toEqual([
      ['fp-utfordring-levekar', 'lavinntekt_0_17', 'national-level', '', null],
      ['fp-utfordring-en-forsorger', 'barn_en_forsorger', 'none', 'Folkehelseprofil 2023', 19.1],
      ['fp-utfordring-psykisk-helse', 'ungdata_psykiske_plager', 'national-level', '2021', 20],
      ['fp-utfordring-skoleprestasjoner', 'grunnskolepoeng', 'national-level', '2020-2022', 42.1],
      ['fp-utfordring-skolemiljo', 'mobbing_7', 'national-level', '2020/21-2022/23', 9.2],
      ['fp-utfordring-barnevern', 'barnevern_tiltak_0_17', 'none', '', null]
    ]);
  });

  it('leaves the lavinntekt baseline empty because no period in the extracts is the plan’s 13 %', () => {
    const periods = observations.filter(
      (o) => o.indicator === 'lavinntekt_0_17' && o.geo === HOME.code && o.breakdown === 'alle'
    );
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.filter((o) => Number(o.value) === 13)).toEqual([]);
    expect(byId('fp-utfordring-levekar').quote).toContain('13 %');
  });

  it('quotes the main goal, «Klart vi kan!» and kommuneplanens samfunnsdel', () => {
    expect(byId('fp-hovedmal')).toMatchObject({ kind: 'hovedmål', target_kind: 'none' });
    expect(byId('fp-hovedmal').quote).toContain(
      'sette barnet og ungdommen i sentrum slik at alle opplever livsmestring'
    );
    expect(byId('fp-klart-vg1')).toMatchObject({
      target_kind: 'number-by-year',
      target_value: 90,
      indicators: ''
    });
    expect(byId('fp-klart-vg1').unmeasured).toContain('tabell 12973');
    expect(byId('fp-samfunnsdel-frafall')).toMatchObject({
      quote: 'Redusere frafallet i videregående skole',
      direction: 'down',
      indicators: ''
    });
    expect(byId('fp-samfunnsdel-frafall').unmeasured).toContain('«frafall i videregående skole»');
  });
});
