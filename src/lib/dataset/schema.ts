// The data contract: the columns of data/*.csv, shared by importers, DuckDB loading and pages.

/** An indicator family: one extract file data/<family>.csv. */
export type Family = 'levekar' | 'psykisk-helse' | 'skoleresultater' | 'skolemiljo' | 'barnevern';

/** Families in the order the front page shows them, with their Norwegian names. */
export const FAMILIES: { id: Family; name: string; description: string }[] = [
  { id: 'levekar', name: 'Levekår', description: 'Inntekt, bolig, arbeid, barnehage, fritid og helse i familiene barna vokser opp i.' },
  { id: 'psykisk-helse', name: 'Psykisk helse', description: 'Hvordan ungdom har det, og hvor ofte barn og unge søker hjelp for psykiske plager.' },
  { id: 'skoleresultater', name: 'Skoleresultater', description: 'Grunnskolepoeng og grunnleggende ferdigheter i lesing og regning.' },
  { id: 'skolemiljo', name: 'Trivsel og skolemiljø', description: 'Trivsel og mobbing i skolen (Elevundersøkelsen).' },
  { id: 'barnevern', name: 'Barnevern', description: 'Barn som får tiltak fra barnevernet.' }
];

export type Unit = 'prosent' | 'poeng' | 'per 1000';
export type Polarity = 'higher-better' | 'lower-better' | 'neutral';
export type PeriodType = 'annual' | '3-year rolling' | '5-year rolling' | 'survey year' | 'school year' | 'plan figure';
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
  id: 'VARCHAR', family: 'VARCHAR', name: 'VARCHAR', definition: 'VARCHAR', unit: 'VARCHAR',
  polarity: 'VARCHAR', period_type: 'VARCHAR', standardised: 'BOOLEAN', breakdowns: 'VARCHAR',
  source_agency: 'VARCHAR', source_table: 'VARCHAR', source_url: 'VARCHAR', fetched: 'VARCHAR', note: 'VARCHAR'
} as const;

export const GEOGRAPHY_COLUMNS = {
  code: 'VARCHAR', name: 'VARCHAR', level: 'VARCHAR', valid_from: 'INTEGER', valid_to: 'INTEGER',
  successor: 'VARCHAR', harmonised: 'VARCHAR'
} as const;

/** Header of data/goals.csv (filled by the plan-goals work). */
export const GOAL_COLUMNS = {
  id: 'VARCHAR', plan: 'VARCHAR', section: 'VARCHAR', quote: 'VARCHAR', location: 'VARCHAR',
  target_kind: 'VARCHAR', target_value: 'DOUBLE', target_year: 'INTEGER', indicators: 'VARCHAR'
} as const;

/** The municipality the dashboard is about, and its comparators. */
export const HOME = { code: '4001', name: 'Porsgrunn', county: '40', countyName: 'Telemark', country: '0', countryName: 'Norge' };
