// One importer for FHI Statistikk CSV files as Telemark fylkeskommune stores them, configured per indicator.
import type { Draft } from '../../src/lib/dataset/draft';
import { codeForName, geography } from '../../src/lib/dataset/geographies';
import { percent, round } from '../../src/lib/dataset/number';
import { missingColumns, parseCsv, type CsvRow } from '../../src/lib/dataset/parse';
import type { Problem } from '../../src/lib/dataset/problem';
import { cellValue, isProblem, label, readText, yearOf, type Imported, type Importer } from './source';

/** How one indicator is read from one FHI file. */
export interface FhiSource {
  indicator: string;
  file: string; // relative to data/raw
  geo: { name: string } | { code: string }; // column with the place name, or with its code
  year: string; // column whose first four digits are the year ('2022-01-01', '2021')
  period?: string; // column with the period label ('2020-2022'); the year itself when absent
  value: string;
  scale: 'fraction' | 'percent'; // fraction: 0.057 → 5.7 (also FHI's grunnskolepoeng 0.421 → 42.1)
  decimals?: number; // round to FHI's published precision
  filters?: Record<string, string>; // keep rows with exactly these cells
  breakdown?: { column: string; values: Record<string, string> }; // source value → our breakdown
  note?: string;
}

/** Reads one configured FHI file into drafts; FHI back-casts to 2024 codes, so names map to today's codes. */
export async function importFhi(rawDir: string, source: FhiSource): Promise<Imported> {
  const file = label(source.file);
  const { table, problems } = parseCsv(file, await readText(rawDir, source.file));
  const required = [source.year, source.value, ...Object.keys(source.filters ?? {})];
  required.push('name' in source.geo ? source.geo.name : source.geo.code);
  if (source.period) required.push(source.period);
  if (source.breakdown) required.push(source.breakdown.column);
  const absent = missingColumns(file, table, required);
  if (absent.length > 0) return { drafts: [], problems: [...problems, ...absent] };
  const drafts: Draft[] = [];
  for (const row of table.rows) {
    if (!Object.entries(source.filters ?? {}).every(([column, wanted]) => row.values[column] === wanted))
      continue;
    const draft = readRow(file, row, source);
    if (isProblem(draft)) problems.push(draft);
    else drafts.push(draft);
  }
  return { drafts, problems };
}

function readRow(file: string, row: CsvRow, source: FhiSource): Draft | Problem {
  const at = (column: string, message: string): Problem => ({ file, line: row.line, column, message });
  const geoColumn = 'name' in source.geo ? source.geo.name : source.geo.code;
  const geoText = row.values[geoColumn];
  const code = 'name' in source.geo ? codeForName(geoText) : geoText;
  if (!code || !geography(code)) return at(geoColumn, `ukjent geografi «${geoText}»`);
  const year = yearOf(row.values[source.year]);
  if (year === undefined) return at(source.year, `«${row.values[source.year]}» er ikke et år`);
  let breakdown = 'alle';
  if (source.breakdown) {
    const found = source.breakdown.values[row.values[source.breakdown.column]];
    if (!found) return at(source.breakdown.column, `ukjent verdi «${row.values[source.breakdown.column]}»`);
    breakdown = found;
  }
  const scale = (n: number) => {
    const value = source.scale === 'fraction' ? percent(n) : n;
    return source.decimals === undefined ? value : round(value, source.decimals);
  };
  const place = { file, line: row.line, column: source.value };
  const cell = cellValue(row.values[source.value], place, scale);
  if (isProblem(cell)) return cell;
  const period = source.period ? row.values[source.period] : String(year);
  return {
    indicator: source.indicator,
    code,
    period,
    year,
    breakdown,
    ...cell,
    note: source.note ?? '',
    ...place,
    codesInForce: false
  };
}

/** An Importer for a list of FHI sources. */
export function fhiImporter(sources: FhiSource[]): Importer {
  return {
    name: 'fhi',
    files: [...new Set(sources.map((s) => s.file))],
    async run(rawDir) {
      const results = await Promise.all(sources.map((s) => importFhi(rawDir, s)));
      return { drafts: results.flatMap((r) => r.drafts), problems: results.flatMap((r) => r.problems) };
    }
  };
}
