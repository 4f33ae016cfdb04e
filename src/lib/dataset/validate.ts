// Checks every harmonised row against the catalogue: known indicator, a period of its type, a number or a reason, percent within 0-100.
import type { Harmonised } from './combine';
import type { Problem } from './problem';
import type { Indicator, PeriodType } from './schema';

type Rule = { form: RegExp; years: (m: number[]) => number[] | undefined; example: string };

const next = (year: number, yy: number) => (year + 1) % 100 === yy;

/** Each period type's label form, the years a row's `year` may take for it (undefined: not a period of the type). */
const RULES: Record<PeriodType, Rule[]> = {
  annual: [{ form: /^(\d{4})$/, years: ([y]) => [y], example: '«2024»' }],
  'survey year': [{ form: /^(\d{4})$/, years: ([y]) => [y], example: '«2024»' }],
  'school year': [
    {
      form: /^(\d{4})-(\d{2})$/,
      years: ([a, b]) => (next(a, b) ? [a, a + 1] : undefined),
      example: '«2023-24»'
    }
  ],
  '3-year rolling': [
    { form: /^(\d{4})-(\d{4})$/, years: ([a, b]) => (b - a === 2 ? [b] : undefined), example: '«2020-2022»' },
    {
      form: /^(\d{4})\/(\d{2})-(\d{4})\/(\d{2})$/,
      years: ([a, aa, c, cc]) => (c - a === 2 && next(a, aa) && next(c, cc) ? [c, c + 1] : undefined),
      example: '«2020/21-2022/23»'
    }
  ],
  '4-year rolling': [
    { form: /^(\d{4})-(\d{4})$/, years: ([a, b]) => (b - a === 3 ? [b] : undefined), example: '«2022-2025»' }
  ],
  '5-year rolling': [
    { form: /^(\d{4})-(\d{4})$/, years: ([a, b]) => (b - a === 4 ? [b] : undefined), example: '«2018-2022»' }
  ],
  'plan figure': [
    { form: /^Folkehelseprofil (\d{4})$/, years: ([y]) => [y], example: '«Folkehelseprofil 2023»' }
  ]
};

const TYPE_NAMES: Record<PeriodType, string> = {
  annual: 'en årlig indikator',
  'survey year': 'en indikator per undersøkelsesår',
  'school year': 'en indikator per skoleår',
  '3-year rolling': 'et treårig glidende snitt',
  '4-year rolling': 'et fireårig glidende snitt',
  '5-year rolling': 'et femårig glidende snitt',
  'plan figure': 'et tall fra planen'
};

/** Why a period label does not fit the period type, or why `year` disagrees with it; undefined when both fit. */
export function periodProblem(period: string, year: number, type: PeriodType): string | undefined {
  const rules = RULES[type];
  if (!rules) return undefined;
  for (const rule of rules) {
    const m = rule.form.exec(period);
    const years = m && rule.years(m.slice(1).map(Number));
    if (!years) continue;
    return years.includes(year)
      ? undefined
      : `året ${year} passer ikke med perioden «${period}» (ventet ${years.join(' eller ')})`;
  }
  const examples = rules.map((r) => r.example).join(' eller ');
  return `«${period}» er ikke en periode for ${TYPE_NAMES[type]} (ventet en periode som ${examples})`;
}

/** Problems in rows that passed import: unknown indicator or breakdown, a period not of the indicator's type, null without reason, percent outside 0-100. */
export function validate(
  rows: Harmonised[],
  indicators: Pick<Indicator, 'id' | 'unit' | 'breakdowns' | 'period_type'>[]
): Problem[] {
  const catalogue = new Map(indicators.map((i) => [i.id, i]));
  const problems: Problem[] = [];
  for (const row of rows) {
    const at = (message: string) =>
      problems.push({ file: row.file, line: row.line, column: row.column, message });
    const indicator = catalogue.get(row.indicator);
    if (!indicator) at(`ukjent indikator «${row.indicator}»`);
    else if (!indicator.breakdowns.split('|').includes(row.breakdown))
      at(`ukjent inndeling «${row.breakdown}» for ${row.indicator}`);
    const period = indicator && periodProblem(row.period, row.year, indicator.period_type);
    if (period) at(period);
    if (row.value === null && !row.missing) at('verdien mangler, men ingen grunn er oppgitt');
    if (row.value !== null && !Number.isFinite(row.value)) at(`«${row.value}» er ikke et tall`);
    if (indicator?.unit === 'prosent' && row.value !== null && (row.value < 0 || row.value > 100))
      at(`«${row.value}» er ikke en andel mellom 0 og 100 prosent`);
  }
  return problems;
}
