// The agencies' own downloads: FHI Statistikk and SSB as json-stat2 or CSV (cube cells), Udir Statistikkbanken CSV, the project's CSV.
import type { Draft } from '../draft';
import type { Problem } from '../problem';
import { FHI_SHAPE, readCube, SSB_SHAPE, ssbShape, type CubeCell, type CubeShape } from './cube';
import { mixedDecimals } from './dialect';
import { fhiTableOf } from './fhiTables';
import { readJsonStat } from './jsonStat';
import { isProjectCsv, readProjectCsv } from './project';
import { chosenOr, csvReader, problemsOnly, type Read, type ReadContext, type SourceReader } from './reader';
import { fhiCsvCells, isFhiCsv, isSsbCsv, ssbCsvCells } from './statCsv';
import { isUdirCsv, readUdirCsv, udirCodeOf } from './udirCsv';

const tableIdInName = (file: string) => /(?:^|\D)(\d{3,5})(?:\D|$)/.exec(file.replace(/^.*[\\/]/, ''))?.[1];

/** Whether the file holds every fixed category (so a file of table 370 with ages 0-14 only feeds primaer_psyk_0_14 alone). */
function present(cells: CubeCell[], fixed: Record<string, string>): boolean {
  return Object.entries(fixed).every(
    ([d, c]) =>
      cells.every((cell) => !(d in cell.categories)) || cells.some((cell) => cell.categories[d] === c)
  );
}

/** Cells of an FHI or SSB cube for every catalogued indicator its table feeds, or for the one the analyst chose. */
function readCells(
  file: string,
  cells: CubeCell[],
  shape: CubeShape,
  tableId: string | undefined,
  ctx: ReadContext
): Read {
  const fhi = shape === FHI_SHAPE;
  const found = !tableId
    ? []
    : ctx.indicators.filter((t) => {
        const known = fhiTableOf(t.id);
        return fhi
          ? known?.table === tableId && present(cells, known.fixed)
          : new RegExp(`SSB-tabell ${tableId}\\b`).test(t.source_table);
      });
  const targets = chosenOr(ctx, found);
  if (!targets.length)
    return {
      choose: tableId
        ? `tabell ${tableId} er ikke koblet til en indikator i katalogen`
        : 'filen sier ikke hvilken tabell den kommer fra'
    };
  const out = { drafts: [] as Draft[], problems: [] as Problem[], indicators: targets.map((t) => t.id) };
  for (const target of targets) {
    const known = fhiTableOf(target.id);
    const table = fhi && known && (!tableId || known.table === tableId) ? known : undefined;
    const read = readCube(file, cells, { ...shape, table }, target);
    out.drafts.push(...read.drafts);
    out.problems.push(...read.problems);
  }
  return out;
}

/** FHI Statistikk or SSB PxWebApi json-stat2. */
export const jsonStatReader: SourceReader = {
  format: 'FHI json-stat2',
  layout: 'json',
  recognises: (input) => input.layout === 'json',
  read(input, ctx) {
    if (input.layout !== 'json') throw new Error('not JSON');
    const ds = readJsonStat(input.file, input.json);
    if ('message' in ds) return problemsOnly([ds]);
    if (ds.agency === 'ukjent')
      return problemsOnly([
        {
          file: input.file,
          line: 1,
          column: '',
          message: 'fant ikke dimensjonene GEO og AAR (FHI) eller Region og Tid (SSB) i JSON-stat-filen'
        }
      ]);
    const fhi = ds.agency === 'FHI';
    const read = readCells(
      input.file,
      ds.cells,
      fhi ? FHI_SHAPE : ssbShape(ds.dimensions),
      ds.tableId ?? tableIdInName(input.file),
      ctx
    );
    return { ...read, format: fhi ? 'FHI json-stat2' : 'SSB json-stat2' };
  }
};

/** The project's CSV: every row names its indicator. */
export const projectReader: SourceReader = csvReader({
  format: 'prosjektets CSV',
  recognises: isProjectCsv,
  read({ file, table }, ctx) {
    const read = readProjectCsv(file, table, new Map(ctx.indicators.map((t) => [t.id, t])));
    read.problems.push(
      ...mixedDecimals(
        file,
        table.rows.map((r) => ({ text: r.values.value ?? '', line: r.line, column: 'value' }))
      )
    );
    return { ...read, indicators: [...new Set(read.drafts.map((d) => d.indicator))] };
  }
});

/** Udir Statistikkbanken CSV: the indicator code picks the catalogue entry that names it. */
export const udirCsvReader: SourceReader = csvReader({
  format: 'Udir CSV',
  recognises: isUdirCsv,
  read({ file, table }, ctx) {
    const found = ctx.indicators.filter(
      (t) => udirCodeOf(t) && table.rows.some((r) => r.values.Indikatorkode === udirCodeOf(t))
    );
    const [target] = chosenOr(ctx, found);
    if (!target || (found.length > 1 && !ctx.chosen?.length))
      return { choose: 'indikatorkoden i filen er ikke koblet til en indikator i katalogen' };
    return { ...readUdirCsv(file, table, target), indicators: [target.id] };
  }
});

function statCsv(fhi: boolean): SourceReader {
  return csvReader({
    format: fhi ? 'FHI CSV' : 'SSB CSV',
    recognises: fhi ? isFhiCsv : isSsbCsv,
    read({ file, table, title }, ctx) {
      const cells = fhi ? fhiCsvCells(table) : ssbCsvCells(table);
      const tableId = /^(\d{3,5})\s*:/.exec(title)?.[1] ?? tableIdInName(file);
      const read = readCells(file, cells, fhi ? FHI_SHAPE : SSB_SHAPE, tableId, ctx);
      if (!('choose' in read))
        read.problems.push(
          ...mixedDecimals(
            file,
            cells.map((c) => ({ text: String(c.value ?? ''), line: c.line, column: c.column }))
          )
        );
      return read;
    }
  });
}

/** FHI Statistikk CSV (codes or labels, GEO/AAR). */
export const fhiCsvReader = statCsv(true);
/** SSB StatBank CSV (a region column, years as columns or a column). */
export const ssbCsvReader = statCsv(false);
