// An uploaded file, start to end: bytes → text → format → drafts → harmonised, validated observations (or the problems, and nothing else).
import { combine } from './combine';
import { decode } from './decode';
import type { Draft } from './draft';
import { outOfScope } from './geographies';
import { FHI_SHAPE, readCube, SSB_SHAPE, type CubeCell, type CubeShape } from './formats/cube';
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

export type Format =
  'prosjektets CSV' | 'FHI json-stat2' | 'SSB json-stat2' | 'FHI CSV' | 'SSB CSV' | 'Udir CSV';

/** What the reader is told: the catalogue (plus any indicator the analyst describes) and, if chosen, the indicator the file feeds. */
export interface UploadContext {
  indicators: Target[];
  chosen?: string;
  thisYear: number;
  onProgress?: (fraction: number) => void; // while a CSV is parsed (the reading worker reports it)
  sourceOf?: (file: string, line: number) => string; // the rows' `source`; default «opplastet: <file>:<line>»
}

export type UploadResult =
  | { kind: 'problems'; file: string; format?: Format; problems: Problem[] }
  | { kind: 'choose'; file: string; format: Format; reason: string }
  | { kind: 'rows'; file: string; format: Format; indicators: string[]; rows: Observation[] };

type Read = { drafts: Draft[]; problems: Problem[]; indicators: string[] } | { choose: string };

/** What a format reader makes of the text: a reading in a known format, or why no format fits. */
type Outcome = { format: Format; read: Read } | { refused: string } | { unreadable: Problem };

/** Where an uploaded row came from, by default «opplastet: <file>:<line>» (the CLI names data/raw/imports instead). */
const UPLOADED = (file: string, line: number) => `opplastet: ${file}:${line}`;

/** Reads one file all the way to observations in today's geography codes; any problem rejects the whole file. */
export function readUpload(file: string, bytes: Uint8Array, ctx: UploadContext): UploadResult {
  const decoded = decode(file, bytes);
  if ('message' in decoded) return { kind: 'problems', file, problems: [decoded] };
  const first = decoded.text.trimStart()[0];
  const outcome =
    first === '{' || first === '[' ? readJson(file, decoded.text, ctx) : readCsv(file, decoded.text, ctx);
  if ('refused' in outcome)
    return { kind: 'problems', file, problems: [{ file, line: 1, column: '', message: outcome.refused }] };
  if ('unreadable' in outcome) return { kind: 'problems', file, problems: [outcome.unreadable] };
  const { format, read } = outcome;
  if ('choose' in read) return { kind: 'choose', file, format, reason: read.choose };
  if (read.problems.length) return { kind: 'problems', file, format, problems: read.problems };
  const { rows, problems } = combine(read.drafts.filter((d) => !outOfScope(d.code)));
  problems.push(...validate(rows, ctx.indicators));
  for (const row of rows) {
    if (row.year > ctx.thisYear)
      problems.push({
        file,
        line: row.line,
        column: row.column,
        message: `perioden «${row.period}» ligger fram i tid`
      });
  }
  if (problems.length) return { kind: 'problems', file, format, problems };
  if (!rows.length)
    return {
      kind: 'problems',
      file,
      format,
      problems: [
        {
          file,
          line: 2,
          column: '',
          message: 'filen har ingen verdier for indikatoren (bare overskrift, eller bare andre kategorier)'
        }
      ]
    };
  const sourceOf = ctx.sourceOf ?? UPLOADED;
  const observations = rows.map(
    ({ indicator, geo, period, year, breakdown, value, missing, note, line }) => ({
      indicator,
      geo,
      period,
      year,
      breakdown,
      value,
      missing,
      note,
      source: sourceOf(file, line)
    })
  );
  return { kind: 'rows', file, format, indicators: read.indicators, rows: observations };
}

const problemsOnly = (format: Format, problems: Problem[]): Outcome => ({
  format,
  read: { drafts: [], problems, indicators: [] }
});

function readJson(file: string, text: string, ctx: UploadContext): Outcome {
  const json = parseJson(file, text);
  if (!json.ok) return { unreadable: json.problem };
  const ds = readJsonStat(file, json.value);
  if ('message' in ds) return { refused: ds.message };
  if (ds.agency === 'ukjent')
    return { refused: 'fant ikke dimensjonene GEO og AAR (FHI) eller Region og Tid (SSB) i JSON-stat-filen' };
  const fhi = ds.agency === 'FHI';
  return {
    format: fhi ? 'FHI json-stat2' : 'SSB json-stat2',
    read: readCells(file, ds.cells, fhi ? FHI_SHAPE : SSB_SHAPE, ds.tableId ?? tableIdInName(file), ctx)
  };
}

function readCsv(file: string, text: string, ctx: UploadContext): Outcome {
  const { table, problems, title } = readDelimited(file, text, ctx.onProgress);
  if (table.header.length < 2)
    return {
      refused: 'filen har ingen kolonner: er den en CSV med komma, semikolon eller tab som skilletegn?'
    };
  if (table.rows.length === 0 && problems.length === 0)
    return { refused: 'filen har bare en overskrift og ingen datarader' };
  if (isProjectCsv(table.header)) {
    if (problems.length) return problemsOnly('prosjektets CSV', problems);
    const read = readProjectCsv(file, table, new Map(ctx.indicators.map((t) => [t.id, t])));
    read.problems.push(
      ...mixedDecimals(
        file,
        table.rows.map((r) => ({ text: r.values.value ?? '', line: r.line, column: 'value' }))
      )
    );
    return {
      format: 'prosjektets CSV',
      read: { ...read, indicators: [...new Set(read.drafts.map((d) => d.indicator))] }
    };
  }
  if (isUdirCsv(table.header)) {
    if (problems.length) return problemsOnly('Udir CSV', problems);
    const found = ctx.indicators.filter(
      (t) => udirCodeOf(t) && table.rows.some((r) => r.values.Indikatorkode === udirCodeOf(t))
    );
    const [target] = chosenOr(ctx, found);
    if (!target || (found.length > 1 && !ctx.chosen))
      return {
        format: 'Udir CSV',
        read: { choose: 'indikatorkoden i filen er ikke koblet til en indikator i katalogen' }
      };
    return { format: 'Udir CSV', read: { ...readUdirCsv(file, table, target), indicators: [target.id] } };
  }
  const fhi = isFhiCsv(table.header);
  if (!fhi && !isSsbCsv(table.header))
    return {
      refused: `kjenner ikke igjen formatet: overskriften «${table.header.slice(0, 6).join(', ')}» passer ikke prosjektets CSV (indicator, geo, period, value), FHI (GEO, AAR), SSB (region) eller Udir (Indikatorkode)`
    };
  const format: Format = fhi ? 'FHI CSV' : 'SSB CSV';
  if (problems.length) return problemsOnly(format, problems);
  const cells = fhi ? fhiCsvCells(table) : ssbCsvCells(table);
  const read = readCells(
    file,
    cells,
    fhi ? FHI_SHAPE : SSB_SHAPE,
    /^(\d{3,5})\s*:/.exec(title)?.[1] ?? tableIdInName(file),
    ctx
  );
  if (!('choose' in read))
    read.problems.push(
      ...mixedDecimals(
        file,
        cells.map((c) => ({ text: String(c.value ?? ''), line: c.line, column: c.column }))
      )
    );
  return { format, read };
}

/** The indicator the analyst chose, else what the file names. */
function chosenOr(ctx: UploadContext, found: Target[]): Target[] {
  return ctx.chosen ? ctx.indicators.filter((t) => t.id === ctx.chosen) : found;
}

const tableIdInName = (file: string) => /(?:^|\D)(\d{3,5})(?:\D|$)/.exec(file.replace(/^.*[\\/]/, ''))?.[1];

/** Cells of an FHI or SSB cube for every catalogued indicator its table feeds, or for the one the analyst chose. */
function readCells(
  file: string,
  cells: CubeCell[],
  shape: CubeShape,
  tableId: string | undefined,
  ctx: UploadContext
): Read {
  const fhi = shape === FHI_SHAPE;
  const found = !tableId
    ? []
    : fhi
      ? ctx.indicators.filter(
          (t) => indicatorsOfFhiTable(tableId).includes(t.id) && present(cells, FHI_TABLES[t.id].fixed)
        )
      : ctx.indicators.filter((t) => new RegExp(`SSB-tabell ${tableId}\\b`).test(t.source_table));
  const targets = chosenOr(ctx, found);
  if (!targets.length)
    return {
      choose: tableId
        ? `tabell ${tableId} er ikke koblet til en indikator i katalogen`
        : 'filen sier ikke hvilken tabell den kommer fra'
    };
  const out = { drafts: [] as Draft[], problems: [] as Problem[], indicators: targets.map((t) => t.id) };
  for (const target of targets) {
    const known = FHI_TABLES[target.id];
    const table = fhi && known && (!tableId || known.table === tableId) ? known : undefined;
    const read = readCube(file, cells, { ...shape, table }, target);
    out.drafts.push(...read.drafts);
    out.problems.push(...read.problems);
  }
  return out;
}

/** Whether the file holds every fixed category (so a file of table 370 with ages 0-14 only feeds primaer_psyk_0_14 alone). */
function present(cells: CubeCell[], fixed: Record<string, string>): boolean {
  return Object.entries(fixed).every(
    ([d, c]) =>
      cells.every((cell) => !(d in cell.categories)) || cells.some((cell) => cell.categories[d] === c)
  );
}
