// The row types every layer shares: queries return them, the model judges them, charts draw them.

/** One point of a series: value in the indicator's unit, or null with the reason in `missing`. */
export interface SeriesPoint {
  geo: string;
  geo_name: string;
  period: string;
  year: number;
  value: number | null;
  missing: string | null;
  note: string | null;
  source: string;
}
