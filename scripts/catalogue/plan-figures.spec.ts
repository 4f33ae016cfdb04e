// The plan's challenge-picture figures: each quote stands in the plan at its lines, and «same period» claims hold.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_FIGURES } from './plan-figures';
import { excerpt, lineRange } from './plan-text';
import { parseCsv } from '../../src/lib/dataset/parse';
import { INDICATORS } from '../../src/lib/dataset/catalogue/index';
import { defaultBreakdown } from '../../src/lib/dataset/schema';

const PLAN = 'data/plans/forebyggende-plan-2023.txt';
const extracts = ['levekar', 'psykisk-helse', 'skoleresultater', 'skolemiljo', 'barnevern'].flatMap((f) =>
  parseCsv(f, readFileSync(`data/${f}.csv`, 'utf8')).table.rows.map((r) => r.values)
);

describe('plan figures', () => {
  test.each(PLAN_FIGURES.map((f) => [f.topic, f.geo, f] as const))(
    '%s %s: the quote stands at its lines',
    (_, __, f) => {
      const { from, to } = lineRange(f.location);
      expect(excerpt(PLAN, from, to)).toContain(f.quote);
    }
  );

  test('every figure names an indicator that exists, or none (no series continues it)', () => {
    const ids = new Set(INDICATORS.map((i) => i.id));
    for (const f of PLAN_FIGURES) expect(f.indicator === '' || ids.has(f.indicator), f.indicator).toBe(true);
  });

  test.each(PLAN_FIGURES.filter((f) => f.series_period).map((f) => [f.topic, f.geo, f] as const))(
    '%s %s: the series has the plan figure in the period it names (at the plan’s precision)',
    (_, __, f) => {
      const row = extracts.find(
        (r) =>
          r.indicator === f.indicator &&
          r.geo === f.geo &&
          r.period === f.series_period &&
          r.breakdown === defaultBreakdown(INDICATORS.find((i) => i.id === f.indicator)!)
      );
      const decimals = String(f.value).split('.')[1]?.length ?? 0;
      expect(Number(Number(row!.value).toFixed(decimals))).toBe(f.value);
    }
  );

  test('the county figures are the plan county 38 and say why they differ from Telemark (40)', () => {
    const county = PLAN_FIGURES.filter((f) => f.geo === '38');
    expect(county.length).toBe(6);
    for (const f of county)
      expect(f.comparable).toContain('Planens fylke er Vestfold og Telemark, som ikke finnes lenger');
  });
});
