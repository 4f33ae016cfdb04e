// The one rule for «is this difference real?»: stated here, used by verdict, change and goal status, shown on /om-dataene.
import type { Indicator, Unit } from '$lib/dataset/schema';

/** Smallest difference that counts, per unit, for registry figures of a whole municipality. */
// Årsverk per 10 000 children (health-station staffing): one årsverk per 10 000 is about 1 % of a typical level.
export const UNIT_MARGIN: Record<Unit, number> = {
  prosent: 1,
  poeng: 0.5,
  'per 1000': 5,
  'per 10000': 1,
  forholdstall: 0.1
};

/** Surveys (Ungdata: a few hundred pupils a year) vary more between years than registries: a larger margin. */
export const SURVEY_MARGIN: Record<Unit, number> = {
  prosent: 4,
  poeng: 1.5,
  'per 1000': 15,
  'per 10000': 3,
  forholdstall: 0.3
};

/**
 * Per-indicator margins where the default is too small: figures from one school cohort or a pupil survey
 * (a few hundred pupils in Porsgrunn each year) move by a couple of points by chance alone. An indicator
 * not listed here, as any new one, gets the default for its unit and period type.
 */
export const MARGIN_OVERRIDE: Record<string, { margin: number; why: string }> = {
  mobbing_7: { margin: 2, why: 'Elevundersøkelsen: svar fra noen hundre elever per trinn' },
  trivsel_10: { margin: 2, why: 'Elevundersøkelsen: svar fra noen hundre elever per trinn' },
  lesing_5: { margin: 2, why: 'nasjonale prøver for ett årskull, noen hundre elever' },
  lesing_8: { margin: 2, why: 'nasjonale prøver for ett årskull, noen hundre elever' },
  regning_5: { margin: 2, why: 'nasjonale prøver for ett årskull, noen hundre elever' },
  regning_8: { margin: 2, why: 'nasjonale prøver for ett årskull, noen hundre elever' },
  // A register of the whole labour force (about 18 000 in Porsgrunn), not a sample: 0,3 points is some 50 people.
  helt_ledige: { margin: 0.3, why: 'NAVs register over hele arbeidsstyrken, ikke et utvalg' }
};

/** Years a period spans, from the period type: overlapping rolling periods share data. */
export const SPAN: Record<string, number> = { '3-year rolling': 3, '4-year rolling': 4, '5-year rolling': 5 };

/** The smallest difference that counts for `indicator`, in its unit. */
export function margin(indicator: Pick<Indicator, 'id' | 'unit' | 'period_type'>): number {
  const override = MARGIN_OVERRIDE[indicator.id];
  if (override) return override.margin;
  return (indicator.period_type === 'survey year' ? SURVEY_MARGIN : UNIT_MARGIN)[indicator.unit];
}

/** Whether two periods (by end year) share years: a rolling average is never compared with one it overlaps. */
export function overlaps(a: { year: number }, b: { year: number }, periodType: string): boolean {
  return Math.abs(a.year - b.year) < (SPAN[periodType] ?? 1);
}

/** The rounding step a point was published with: 1 where the source rounded to whole numbers (said in its note), else 0,1 as shown. */
export function step(point: { note: string | null }): number {
  return /avrundet til hele/i.test(point.note ?? '') ? 1 : 0.1;
}

/** `to − from` with both rounded to the coarser of their steps, so a whole percent is never read as 12,0. */
export function difference(from: number, to: number, coarser = 0.1): number {
  const round = (v: number) => Math.round(v / coarser);
  return Math.round((round(to) - round(from)) * coarser * 10) / 10;
}

/** Whether `to − from` counts for `indicator`: larger than its margin once compared at the coarser precision. */
export function counts(diff: number, indicator: Pick<Indicator, 'id' | 'unit' | 'period_type'>): boolean {
  return Math.abs(diff) > margin(indicator) + 1e-9;
}
