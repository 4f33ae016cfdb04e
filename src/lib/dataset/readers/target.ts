// What a reader needs to know about the indicator a file feeds, and how sources' sex codes map to its breakdowns.
import type { Indicator } from '../schema';
import { parseCsv } from '../parse';

/** The catalogue fields an upload is read and checked against. */
export type Target = Pick<Indicator, 'id' | 'name' | 'unit' | 'breakdowns' | 'period_type' | 'source_table'>;

/** The catalogue (the text of data/indicators.csv) as upload targets. */
export function targets(indicatorsCsv: string): Target[] {
  return parseCsv('data/indicators.csv', indicatorsCsv).table.rows.map((r) => r.values as unknown as Target);
}

export type Sex = 'all' | 'male' | 'female';

/** The breakdown a sex is stored under for this indicator ('menn' or 'gutter' …), or undefined when the indicator has none. */
export function sexBreakdown(sex: Sex, target: Target): string | undefined {
  const names = target.breakdowns.split('|');
  if (sex === 'all') return names[0];
  const wanted = sex === 'male' ? ['menn', 'gutter'] : ['kvinner', 'jenter'];
  return names.find((n) => wanted.includes(n));
}

/** A sex as sources write it: FHI codes 0/1/2, SSB and Udir labels. */
export function sexOf(text: string): Sex | undefined {
  const t = text.trim().toLowerCase();
  if (['0', 'begge kjønn', 'kjønn samlet', 'alle', 'totalt'].includes(t)) return 'all';
  if (['1', 'menn', 'mann', 'gutt', 'gutter'].includes(t)) return 'male';
  if (['2', 'kvinner', 'kvinne', 'jente', 'jenter'].includes(t)) return 'female';
  return undefined;
}
