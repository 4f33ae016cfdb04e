// A value as an importer reads it, before geography codes are harmonised.

/** One source cell in the indicator's unit, with the source code and where it came from. */
export interface Draft {
  indicator: string;
  code: string; // geography code as the source gives it (or as its name maps): '0805', '3806', '4001', '38'
  period: string;
  year: number;
  breakdown: string;
  value: number | null;
  missing: string;
  note: string;
  file: string; // 'data/raw/fhi/barnevern.csv'
  line: number; // 1-based line (xlsx: sheet row)
  column: string; // the source column the value was read from
  geoColumn?: string; // the column that names the place, when it is not `column` (for geography problems)
  codesInForce: boolean; // true when the source labels each year with the code in force then (SSB, Udir), false when back-cast (FHI)
}

/** 'data/raw/fhi/barnevern.csv:12' */
export function sourceOf(draft: Pick<Draft, 'file' | 'line'>): string {
  return `${draft.file}:${draft.line}`;
}
