// The data contract: the columns of data/*.csv, shared by importers, DuckDB loading and pages.
import type { Home } from './home';

/** An indicator family: one extract file data/<family>.csv. */
export type Family = 'levekar' | 'psykisk-helse' | 'skoleresultater' | 'skolemiljo' | 'barnevern';

/** Families in the order the front page shows them, with their Norwegian names. */
export const FAMILIES: { id: Family; name: string; description: string }[] = [
  {
    id: 'levekar',
    name: 'Levekår',
    description: 'Inntekt, bolig, arbeid, barnehage, fritid og helse i familiene barna vokser opp i.'
  },
  {
    id: 'psykisk-helse',
    name: 'Psykisk helse',
    description: 'Hvordan ungdom har det, og hvor ofte barn og unge søker hjelp for psykiske plager.'
  },
  {
    id: 'skoleresultater',
    name: 'Skoleresultater',
    description: 'Grunnskolepoeng og grunnleggende ferdigheter i lesing og regning.'
  },
  {
    id: 'skolemiljo',
    name: 'Trivsel og skolemiljø',
    description: 'Trivsel og mobbing i skolen (Elevundersøkelsen).'
  },
  { id: 'barnevern', name: 'Barnevern', description: 'Barn som får tiltak fra barnevernet.' }
];

export type Unit = 'prosent' | 'poeng' | 'per 1000' | 'per 10000' | 'forholdstall';
export type Polarity = 'higher-better' | 'lower-better' | 'neutral';
export type PeriodType =
  | 'annual'
  | '3-year rolling'
  | '4-year rolling'
  | '5-year rolling'
  | 'survey year'
  | 'school year'
  | 'plan figure';
export type GeoLevel = 'kommune' | 'fylke' | 'land';

/** One row of data/indicators.csv. */
export interface Indicator {
  id: string;
  family: Family;
  name: string;
  definition: string;
  unit: Unit;
  polarity: Polarity;
  period_type: PeriodType;
  standardised: boolean;
  breakdowns: string; // '|'-separated breakdown values; the first is the default view
  source_agency: string;
  source_table: string;
  source_url: string;
  fetched: string; // ISO date the raw file was taken into data/raw
  note: string;
}

/** One row of data/geographies.csv. Codes are text: '0805' keeps its zero. */
/** The breakdown an indicator is shown in unless another is chosen: the first of its breakdowns. */
export const defaultBreakdown = (indicator: Pick<Indicator, 'breakdowns'>): string =>
  indicator.breakdowns.split('|')[0];

export interface Geography {
  code: string;
  name: string;
  level: GeoLevel;
  valid_from: number; // first year the code was in force
  valid_to: number | null; // last year, null while in force
  successor: string; // the code that replaced it ('' when none or not one-to-one)
  harmonised: string; // today's code the series is joined to ('' when it must not be joined)
}

/**
 * One row of an extract data/<family>.csv: a value in the indicator's unit (percent as 5.7, not 0.057),
 * or null with a reason in `missing` — never 0 for a suppressed cell.
 */
export interface Observation {
  indicator: string;
  geo: string; // harmonised code: '0' Norway, '40' Telemark, '38' Vestfold og Telemark, '4001' Porsgrunn …
  period: string; // the source's own label: '2020-2022', '2020/21-2022/23', '2021', '2019-20'
  year: number; // calendar year used to order periods and place them on the x axis
  breakdown: string; // 'alle' unless the indicator has breakdowns (e.g. 'jenter', 'gutter')
  value: number | null;
  missing: string; // '' when value is present; else why it is missing
  note: string; // the source's note on this value, e.g. Udir's «eksamen avlyst»
  source: string; // raw file and line it came from: 'data/raw/fhi/barnevern.csv:12'
}

/** Column order and DuckDB types of an extract; geo and period stay text. */
export const OBSERVATION_COLUMNS = {
  indicator: 'VARCHAR',
  geo: 'VARCHAR',
  period: 'VARCHAR',
  year: 'INTEGER',
  breakdown: 'VARCHAR',
  value: 'DOUBLE',
  missing: 'VARCHAR',
  note: 'VARCHAR',
  source: 'VARCHAR'
} as const;

export const INDICATOR_COLUMNS = {
  id: 'VARCHAR',
  family: 'VARCHAR',
  name: 'VARCHAR',
  definition: 'VARCHAR',
  unit: 'VARCHAR',
  polarity: 'VARCHAR',
  period_type: 'VARCHAR',
  standardised: 'BOOLEAN',
  breakdowns: 'VARCHAR',
  source_agency: 'VARCHAR',
  source_table: 'VARCHAR',
  source_url: 'VARCHAR',
  fetched: 'VARCHAR',
  note: 'VARCHAR'
} as const;

export const GEOGRAPHY_COLUMNS = {
  code: 'VARCHAR',
  name: 'VARCHAR',
  level: 'VARCHAR',
  valid_from: 'INTEGER',
  valid_to: 'INTEGER',
  successor: 'VARCHAR',
  harmonised: 'VARCHAR'
} as const;

export type GoalKind = 'hovedmål' | 'hovedutfordring' | 'mål' | 'tiltak' | 'anmodning';
export type TargetKind = 'direction' | 'national-level' | 'number-by-year' | 'none';

/**
 * One row of data/goals.csv: a goal, challenge, measure or request in a plan's own words.
 * `quote` stands verbatim in the plan text `plan_file` (compared with runs of white space folded).
 */
export interface Goal {
  id: string; // e.g. 'fp-utfordring-skolemiljo', 'hp-tiltak-05'
  plan: string; // 'Forebyggende plan (2023)' | 'Handlingsplan for inkludering av barn og unge 2020-2024' | 'Bystyret 30.01.24, sak 4/24'
  plan_file: string; // 'data/plans/forebyggende-plan-2023.txt'
  section: string; // heading or table the quote stands under
  kind: GoalKind;
  quote: string; // the exact text, white space folded to single spaces
  location: string; // where in the document: 'linje 985-1001'
  target_kind: TargetKind;
  target_value: number | null; // for number-by-year, in the linked indicator's unit
  target_year: number | null;
  direction: 'up' | 'down' | ''; // for direction targets: which way is «på rett vei»
  indicators: string; // '|'-separated indicator ids that measure it ('' when none here)
  baseline_period: string; // the plan's baseline period for the first indicator, e.g. '2020/21-2022/23'
  baseline_value: number | null; // the figure the plan cites for Porsgrunn, in the indicator's unit
  unmeasured: string; // when no indicator here measures it: the statistic that would, and where it is published
  measures: string; // the measures (tiltak) the plan lists for it, '|'-separated
  follow_up: string; // the 2026 follow-up text (handlingsplan measures), white space folded
}

/** Column order and DuckDB types of data/goals.csv. */
export const GOAL_COLUMNS = {
  id: 'VARCHAR',
  plan: 'VARCHAR',
  plan_file: 'VARCHAR',
  section: 'VARCHAR',
  kind: 'VARCHAR',
  quote: 'VARCHAR',
  location: 'VARCHAR',
  target_kind: 'VARCHAR',
  target_value: 'DOUBLE',
  target_year: 'INTEGER',
  direction: 'VARCHAR',
  indicators: 'VARCHAR',
  baseline_period: 'VARCHAR',
  baseline_value: 'DOUBLE',
  unmeasured: 'VARCHAR',
  measures: 'VARCHAR',
  follow_up: 'VARCHAR'
} as const;

/**
 * One row of data/plan-figures.csv: a figure the plan cites in «Utfordringsbildet» (Folkehelseprofil 2023),
 * with the series that continues it and why the two may not be comparable.
 */
export interface PlanFigure {
  topic: string; // 'levekar-lavinntekt', 'skolemiljo-mobbing' …
  label: string; // what the figure is, in Norwegian
  indicator: string; // the series here that continues it ('' when none)
  geo: string; // the plan's geography: '4001' Porsgrunn (then 3806), '38' the plan's county, '0' Norway
  value: number;
  series_period: string; // the series period the figure equals ('' when none does)
  quote: string; // the plan's words for it, white space folded
  location: string; // 'linje 986-988'
  comparable: string; // '' when the series continues it exactly; else why not
}

export const PLAN_FIGURE_COLUMNS = {
  topic: 'VARCHAR',
  label: 'VARCHAR',
  indicator: 'VARCHAR',
  geo: 'VARCHAR',
  value: 'DOUBLE',
  series_period: 'VARCHAR',
  quote: 'VARCHAR',
  location: 'VARCHAR',
  comparable: 'VARCHAR'
} as const;

/**
 * The municipality the dashboard is about, and its comparators: OPPVEKST_KOMMUNE resolved by vite.config.ts
 * at build time. Undefined only in Node scripts run outside Vite (tsx), which never read it.
 */
export const HOME = (typeof __OPPVEKST_HOME__ === 'undefined' ? undefined : __OPPVEKST_HOME__) as Home;
