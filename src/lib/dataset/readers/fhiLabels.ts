// Telemark fylkeskommune's FHI-derived label CSVs (data/raw/fhi/): place names, «Andel» or «value», one file per FHI table.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { codeForName, geography } from '../geographies';
import { percent, round } from '../number';
import { missingColumns, type CsvRow, type CsvTable } from '../parse';
import type { Problem } from '../problem';
import { cellValue, isProblem, yearOf, type Place } from './cells';
import { FHI_MISSING_REASONS, readCell } from '../missing';
import type { LabelReading } from './reading';
import { chosenOr, csvReader, type SourceReader } from './reader';
import type { Target } from './target';

const geoColumn = (l: LabelReading) => ('name' in l.geo ? l.geo.name : l.geo.code);

/** The columns a label file must have for this indicator. */
function required(l: LabelReading): string[] {
  const columns = [l.year, l.value, ...Object.keys(l.filters ?? {}), geoColumn(l), ...(l.columns ?? [])];
  if (l.period) columns.push(l.period);
  if (l.breakdown) columns.push(l.breakdown.column);
  return columns;
}

const kept = (row: CsvRow, l: LabelReading) =>
  Object.entries(l.filters ?? {}).every(([column, wanted]) => row.values[column] === wanted);

/**
 * Catalogued indicators whose label columns the file has and whose categories some row holds; of those, the ones
 * that use the most of its columns (trangboddhet.csv also has barnehagedekning's three columns, but more besides).
 */
function found(table: CsvTable, targets: Target[]): Target[] {
  const fits = targets.flatMap((t) => {
    const l = readingOf(t.id)?.labels;
    const fit =
      l && required(l).every((c) => table.header.includes(c)) && table.rows.some((row) => kept(row, l));
    return fit ? [{ t, used: new Set(required(l)).size }] : [];
  });
  const most = Math.max(...fits.map((f) => f.used));
  return fits.filter((f) => f.used === most).map((f) => f.t);
}

/** Drafts of one indicator from a label file; FHI back-casts to 2024 codes, so names map to today's codes. */
export function readLabels(file: string, table: CsvTable, id: string, l: LabelReading) {
  const problems = missingColumns(file, table, required(l));
  const drafts: Draft[] = [];
  if (problems.length > 0) return { drafts, problems };
  for (const row of table.rows) {
    if (!kept(row, l)) continue;
    const draft = readRow(file, row, id, l);
    if (isProblem(draft)) problems.push(draft);
    else drafts.push(draft);
  }
  if (l.pooled) notePooled(drafts, l.pooled);
  return { drafts, problems };
}

/**
 * Marks a county value in a year when none of its municipalities has one: no survey in the county that year, so
 * the agency's figure pools the surveys of earlier years.
 */
function notePooled(drafts: Draft[], note: string) {
  const level = (d: Draft) => geography(d.code)?.level;
  const surveyed = new Set(
    drafts.filter((d) => d.value !== null && level(d) === 'kommune').map((d) => `${d.year}|${d.breakdown}`)
  );
  for (const d of drafts)
    if (d.value !== null && level(d) === 'fylke' && !surveyed.has(`${d.year}|${d.breakdown}`)) d.note = note;
}

/** The code a row stands for: the file's code, or the region a RegionFix says it means that year. */
function codeOf(row: CsvRow, l: LabelReading, year: number): string | undefined {
  const text = row.values[geoColumn(l)];
  const code = 'name' in l.geo ? codeForName(text) : text;
  return l.regions?.find((r) => r.code === code && year >= r.from && year <= r.to)?.is ?? code;
}

function readRow(file: string, row: CsvRow, id: string, l: LabelReading): Draft | Problem {
  const at = (column: string, message: string): Problem => ({ file, line: row.line, column, message });
  const year = yearOf(row.values[l.year]);
  if (year === undefined) return at(l.year, `«${row.values[l.year]}» er ikke et år`);
  const code = codeOf(row, l, year);
  if (!code || !geography(code)) return at(geoColumn(l), `ukjent geografi «${row.values[geoColumn(l)]}»`);
  let breakdown = 'alle';
  if (l.breakdown) {
    const split = l.breakdown.values[row.values[l.breakdown.column]];
    if (!split) return at(l.breakdown.column, `ukjent verdi «${row.values[l.breakdown.column]}»`);
    breakdown = split;
  }
  const place = { file, line: row.line, column: l.value };
  const cell = labelCell(row.values[l.value], place, l);
  if (isProblem(cell)) return cell;
  const period = l.period ? row.values[l.period] : String(year);
  return {
    indicator: id,
    code,
    period,
    year,
    breakdown,
    ...cell,
    note: '',
    ...place,
    codesInForce: !!l.codesInForce
  };
}

/** A value cell with FHI's missing symbols, in the indicator's unit; a cell the upstream script altered is missing, with why. */
function labelCell(text: string, place: Place, l: LabelReading) {
  const scale = (n: number) => {
    const value = l.scale === 'fraction' ? percent(n) : n;
    return l.decimals === undefined ? value : round(value, l.decimals);
  };
  const raw = readCell(text, false, FHI_MISSING_REASONS);
  if (raw.value === 0 && l.suppressedZero) return { value: null, missing: l.suppressedZero };
  if (raw.value !== undefined && raw.value !== null && l.capped && raw.value === l.capped.value)
    return { value: null, missing: l.capped.reason };
  return cellValue(text, place, scale, false, FHI_MISSING_REASONS);
}

/** Reads every indicator the file is recognised as (or the chosen ones), each with its catalogue entry's columns and scale. */
export const fhiLabelReader: SourceReader = csvReader({
  format: 'FHI-etikett-CSV',
  feeds: (id) => !!readingOf(id)?.labels,
  recognises: (_header, input, ctx) => found(input.table, ctx.indicators).length > 0,
  read(input, ctx) {
    const targets = chosenOr(ctx, found(input.table, ctx.indicators));
    const out = { drafts: [] as Draft[], problems: [] as Problem[], indicators: [] as string[] };
    for (const t of targets) {
      const l = readingOf(t.id)?.labels;
      if (!l) return { choose: `${t.id} leses ikke fra denne filtypen (FHI-etikett-CSV)` };
      const read = readLabels(input.file, input.table, t.id, l);
      out.drafts.push(...read.drafts);
      out.problems.push(...read.problems);
      out.indicators.push(t.id);
    }
    return out;
  }
});
