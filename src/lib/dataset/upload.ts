// An uploaded file, start to end: bytes → text → format → drafts → harmonised, validated observations (or the problems, and nothing else).
import { combine } from './combine';
import { decode } from './decode';
import type { Draft } from './draft';
import { outOfScope } from './geographies';
import { readCube, type CubeCell, type CubeShape } from './formats/cube';
import { mixedDecimals, readDelimited } from './formats/dialect';
import { FHI_TABLES, indicatorsOfFhiTable } from './formats/fhiTables';
import { parseJson, readJsonStat } from './formats/jsonStat';
import { isProjectCsv, readProjectCsv } from './formats/project';
import { fhiCsvCells, isFhiCsv, isSsbCsv, ssbCsvCells } from './formats/statCsv';
import type { Target } from './formats/target';
import { isUdirCsv, readUdirCsv, udirCodeOf } from './formats/udirCsv';
import type { Problem } from './problem';
import type { Observation } from './schema';
import { validate } from './validate';

export type Format = 'prosjektets CSV' | 'FHI json-stat2' | 'SSB json-stat2' | 'FHI CSV' | 'SSB CSV' | 'Udir CSV';

/** What the reader is told: the catalogue (plus any indicator the analyst describes) and, if chosen, the indicator the file feeds. */
export interface UploadContext {
  indicators: Target[];
  chosen?: string;
  thisYear: number;
  onProgress?: (fraction: number) => void; // while a CSV is parsed (the reading worker reports it)
}

export type UploadResult =
  | { kind: 'problems'; file: string; format?: Format; problems: Problem[] }
  | { kind: 'choose'; file: string; format: Format; reason: string }
  | { kind: 'rows'; file: string; format: Format; indicators: string[]; rows: Observation[]; skipped: number };

type Read = { drafts: Draft[]; problems: Problem[]; skipped: number; indicators: string[] } | { choose: string };

/** Reads one file all the way to observations in today's geography codes; any problem rejects the whole file. */
export function readUpload(file: string, bytes: Uint8Array, ctx: UploadContext): UploadResult {
  const decoded = decode(file, bytes);
  if ('message' in decoded) return { kind: 'problems', file, problems: [decoded] };
  const first = decoded.text.trimStart()[0];
  const { format, read } = first === '{' || first === '[' ? readJson(file, decoded.text, ctx) : readCsv(file, decoded.text, ctx);
  if (!read) return { kind: 'problems', file, problems: [{ file, line: 1, column: '', message: format }] };
  if ('choose' in read) return { kind: 'choose', file, format: format as Format, reason: read.choose };
  if (read.problems.length) return { kind: 'problems', file, format: format as Format, problems: read.problems };
  const inScope = read.drafts.filter((d) => !outOfScope(d.code));
  const { rows, problems } = combine(inScope);
  problems.push(...validate(rows, ctx.indicators));
  for (const row of rows) {
    if (row.year > ctx.thisYear) problems.push({ file, line: row.line, column: row.column, message: `perioden «${row.period}» ligger fram i tid` });
  }
  if (problems.length) return { kind: 'problems', file, format: format as Format, problems };
  const observations = rows.map(({ indicator, geo, period, year, breakdown, value, missing, note, line }) => ({ indicator, geo, period, year, breakdown, value, missing, note, source: `opplastet: ${file}:${line}` }));
  if (!observations.length) return { kind: 'problems', file, format: format as Format, problems: [{ file, line: 2, column: '', message: 'filen har ingen verdier for indikatoren (bare overskrift, eller bare andre kategorier)' }] };
  return { kind: 'rows', file, format: format as Format, indicators: read.indicators, rows: observations, skipped: read.skipped + read.drafts.length - inScope.length };
}

function readJson(file: string, text: string, ctx: UploadContext): { format: string; read?: Read } {
  const json = parseJson(file, text);
  if (json && typeof json === 'object' && 'message' in json && 'line' in json) return { format: 'JSON', read: { drafts: [], problems: [json as Problem], skipped: 0, indicators: [] } };
  const ds = readJsonStat(file, json);
  if ('message' in ds) return { format: 'JSON', read: { drafts: [], problems: [ds], skipped: 0, indicators: [] } };
  if (ds.agency === 'ukjent') return { format: 'fant ikke dimensjonene GEO og AAR (FHI) eller Region og Tid (SSB) i JSON-stat-filen' };
  const fhi = ds.agency === 'FHI';
  const shape: CubeShape = fhi ? { geo: 'GEO', time: 'AAR', sex: 'KJONN', codesInForce: false, dashIsZero: false } : { geo: 'Region', time: 'Tid', sex: 'Kjonn', codesInForce: true, dashIsZero: true };
  const format: Format = fhi ? 'FHI json-stat2' : 'SSB json-stat2';
  return { format, read: readCells(file, ds.cells, shape, ds.tableId ?? tableIdInName(file), ctx) };
}

function readCsv(file: string, text: string, ctx: UploadContext): { format: string; read?: Read } {
  const { table, problems, title } = readDelimited(file, text, ctx.onProgress);
  if (table.header.length < 2) return { format: 'filen har ingen kolonner: er den en CSV med komma, semikolon eller tab som skilletegn?' };
  if (table.rows.length === 0 && problems.length === 0) return { format: 'filen har bare en overskrift og ingen datarader' };
  const fail = (format: Format) => ({ format, read: { drafts: [], problems, skipped: 0, indicators: [] } });
  if (isProjectCsv(table.header)) {
    if (problems.length) return fail('prosjektets CSV');
    const targets = new Map(ctx.indicators.map((t) => [t.id, t]));
    const read = readProjectCsv(file, table, targets);
    read.problems.push(...mixedDecimals(file, table.rows.map((r) => ({ text: r.values.value ?? '', line: r.line, column: 'value' }))));
    return { format: 'prosjektets CSV', read: { ...read, skipped: 0, indicators: [...new Set(read.drafts.map((d) => d.indicator))] } };
  }
  if (isUdirCsv(table.header)) {
    if (problems.length) return fail('Udir CSV');
    const target = pick(ctx, ctx.indicators.filter((t) => udirCodeOf(t) && table.rows.some((r) => r.values.Indikatorkode === udirCodeOf(t))));
    if ('choose' in target) return { format: 'Udir CSV', read: target };
    const read = readUdirCsv(file, table, target);
    return { format: 'Udir CSV', read: { ...read, indicators: [target.id] } };
  }
  const fhi = isFhiCsv(table.header);
  if (!fhi && !isSsbCsv(table.header)) return { format: `kjenner ikke igjen formatet: overskriften «${table.header.slice(0, 6).join(', ')}» passer ikke prosjektets CSV (indicator, geo, period, value), FHI (GEO, AAR), SSB (region) eller Udir (Indikatorkode)` };
  if (problems.length) return fail(fhi ? 'FHI CSV' : 'SSB CSV');
  const cells = fhi ? fhiCsvCells(table).cells : ssbCsvCells(table);
  const cellsAsText = cells.map((c) => ({ text: String(c.value ?? ''), line: c.line, column: c.column }));
  const shape: CubeShape = fhi ? { geo: 'GEO', time: 'AAR', sex: 'KJONN', codesInForce: false, dashIsZero: false } : { geo: 'Region', time: 'Tid', sex: 'Kjonn', codesInForce: true, dashIsZero: true };
  const read = readCells(file, cells, shape, /^(\d{3,5})\s*:/.exec(title)?.[1] ?? tableIdInName(file), ctx);
  if (!('choose' in read)) read.problems.push(...mixedDecimals(file, cellsAsText));
  return { format: fhi ? 'FHI CSV' : 'SSB CSV', read };
}

const tableIdInName = (file: string) => /(?:^|\D)(\d{3,5})(?:\D|$)/.exec(file.replace(/^.*[\\/]/, ''))?.[1];

/** Cells of an FHI or SSB cube for every catalogued indicator its table feeds, or for the one the analyst chose. */
function readCells(file: string, cells: CubeCell[], shape: CubeShape, tableId: string | undefined, ctx: UploadContext): Read {
  const fhi = shape.geo === 'GEO';
  let targets: Target[];
  if (ctx.chosen) targets = ctx.indicators.filter((t) => t.id === ctx.chosen);
  else if (fhi && tableId) targets = ctx.indicators.filter((t) => indicatorsOfFhiTable(tableId).includes(t.id) && present(cells, FHI_TABLES[t.id].fixed));
  else if (tableId) targets = ctx.indicators.filter((t) => new RegExp(`SSB-tabell ${tableId}\\b`).test(t.source_table));
  else targets = [];
  if (!targets.length) return { choose: tableId ? `tabell ${tableId} er ikke koblet til en indikator i katalogen` : 'filen sier ikke hvilken tabell den kommer fra' };
  const out = { drafts: [] as Draft[], problems: [] as Problem[], skipped: 0, indicators: targets.map((t) => t.id) };
  for (const target of targets) {
    const table = fhi && FHI_TABLES[target.id] && (!tableId || FHI_TABLES[target.id].table === tableId) ? FHI_TABLES[target.id] : undefined;
    const read = readCube(file, cells, { ...shape, table }, target);
    out.drafts.push(...read.drafts);
    out.problems.push(...read.problems);
    out.skipped += read.skipped;
  }
  out.skipped = Math.max(0, cells.length - out.drafts.length - out.problems.length);
  return out;
}

/** Whether the file holds every fixed category (so a file of table 370 with ages 0-14 only feeds primaer_psyk_0_14 alone). */
function present(cells: CubeCell[], fixed: Record<string, string>): boolean {
  return Object.entries(fixed).every(([d, c]) => cells.every((cell) => !(d in cell.categories)) || cells.some((cell) => cell.categories[d] === c));
}

function pick(ctx: UploadContext, found: Target[]): Target | { choose: string } {
  if (ctx.chosen) {
    const chosen = ctx.indicators.find((t) => t.id === ctx.chosen);
    if (chosen) return chosen;
  }
  return found.length === 1 ? found[0] : { choose: 'indikatorkoden i filen er ikke koblet til en indikator i katalogen' };
}
