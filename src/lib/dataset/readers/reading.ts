// What the catalogue says about reading one indicator from each layout it comes in: its categories, measure, scale, age or grade.
import type { FhiTable } from './fhiTables';

/** Telemark fylkeskommune's FHI-derived label CSV (data/raw/fhi/*.csv): which columns, which rows, which scale. */
export interface LabelReading {
  geo: { name: string } | { code: string }; // column with the place name, or with its code
  year: string; // column whose first four digits are the year ('2022-01-01', '2021')
  period?: string; // column with the period label ('2020-2022'); the year itself when absent
  value: string;
  scale: 'fraction' | 'percent'; // fraction: 0.057 → 5.7 (also FHI's grunnskolepoeng 0.421 → 42.1)
  decimals?: number; // round to FHI's published precision
  filters?: Record<string, string>; // keep rows with exactly these cells
  breakdown?: { column: string; values: Record<string, string> }; // source value → our breakdown
  regions?: RegionFix[]; // a code the file uses for another region in some years
  codesInForce?: boolean; // the file labels each year with the code in force then (SSB's own tables)
  columns?: string[]; // further columns the file has, telling it from another indicator's file of the same shape
  capped?: { value: number; reason: string }; // the upstream script cut values above this: such a cell is not the source's number
  suppressedZero?: string; // the upstream script wrote suppressed cells as 0: a 0 is missing, with this reason
  pooled?: string; // note on a county value of a year no municipality has one: the agency pooled earlier surveys
}

/** In the years `from`-`to` the file's code `code` stands for the region `is` (Telemark's file writes 08 for EKA38). */
export interface RegionFix {
  code: string;
  from: number;
  to: number;
  is: string;
}

/**
 * How one indicator is read, per layout: the one place that knows its categories and scale. A reader uses the
 * part for its layout; an indicator without that part is read with the layout's defaults (or not at all).
 */
export interface Reading {
  fhi?: FhiTable; // FHI Statistikk json-stat2 / CSV: the table's fixed categories and breakdown dimension
  labels?: LabelReading; // Telemark's FHI label CSV
  singlePeriod?: {
    note: string;
    skip?: string[]; // rows that are the script's own figures (a weighted mean), not the source's
    suppressedZero?: string; // the script wrote suppressed cells as 0: a 0 is missing, with this reason
  }; // Telemark's one-period file «Kommune, Andel (2021-2023), Label»
  nav?: { status: string; sex: string }; // NAV's monthly file: which «Arbeidsmarkedsstatus» and «Kjønn»
  udir?: { measure: string }; // Udir Statistikkbanken xlsx or CSV per unit: the measure that ends the value columns' names
  workbook?: { age: string; note?: string }; // Telemark fylkeskommune's workbook (Sted, Alder, one column per period)
  plan?: { phrase: string }; // the plan text: the phrase its figure stands before
}
