// Cells of a statistics cube (FHI or SSB, from json-stat2 or CSV) → drafts for one indicator.
import type { Draft } from '../draft';
import { FHI_MISSING_REASONS, MISSING_REASONS, readCell } from '../missing';
import { fhiPeriod, periodYear, PERIOD_FORMS } from '../period';
import type { Problem } from '../problem';
import { defaultBreakdown } from '../schema';
import type { FhiTable } from './fhiTables';
import { sexBreakdown, sexOf, type Target } from './target';

/** One value of a cube with its category code per dimension, and where it stands in the file. */
export interface CubeCell {
  categories: Record<string, string>;
  value: string | number | null;
  status?: string | null; // json-stat status (':' '.' …) of a missing value
  line: number;
  column: string;
  geoColumn?: string; // the file's own name for the place column («Region», «Geografi»), when it has one
}

/** Which dimension holds what: FHI writes GEO/AAR/KJONN, SSB Region/Tid/Kjonn. */
export interface CubeShape {
  geo: string;
  time: string;
  sex?: string;
  codesInForce: boolean; // SSB labels each year with the code in force then; FHI back-casts to today's
  dashIsZero: boolean; // SSB's '-' is a real zero
  reasons: Record<string, string>; // the agency's meaning of each missing-value symbol
  table?: FhiTable;
}

/** FHI Statistikk: GEO/AAR/KJONN, history back-cast to today's codes. */
export const FHI_SHAPE: CubeShape = {
  geo: 'GEO',
  time: 'AAR',
  sex: 'KJONN',
  codesInForce: false,
  dashIsZero: false,
  reasons: FHI_MISSING_REASONS
};
/** SSB: Region/Tid/Kjonn, each year under the code in force then, '-' a real zero. */
export const SSB_SHAPE: CubeShape = {
  geo: 'Region',
  time: 'Tid',
  sex: 'Kjonn',
  codesInForce: true,
  dashIsZero: true,
  reasons: MISSING_REASONS
};

/** The dimensions SSB places a value by: «Region» in most tables, «KOKkommuneregion0000» in KOSTRA's (12275, 11994 …). */
export const SSB_REGION_DIMENSIONS = ['Region', 'KOKkommuneregion0000'];

/** SSB's shape for a cube with these dimensions: the one place that decides which dimension is the region. */
export const ssbShape = (dimensions: string[]): CubeShape => ({
  ...SSB_SHAPE,
  geo: SSB_REGION_DIMENSIONS.find((d) => dimensions.includes(d)) ?? SSB_SHAPE.geo
});

/** A region code as the geography table writes it: SSB's «K-3806» → 3806, «F-40» → 40; KOSTRA's «EKA40» → 40, «EAK» (landet) → 0. */
export const regionCode = (raw: string): string =>
  raw === 'EAK' ? '0' : raw.replace(/^(?:[KF]-|EKA(?=\d{2}$))/, '');

/** Drafts for `target` from the cells; cells of other categories than the table's fixed ones are skipped, not errors. */
export function readCube(
  file: string,
  cells: CubeCell[],
  shape: CubeShape,
  target: Target
): { drafts: Draft[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const drafts: Draft[] = [];
  const fixed = shape.table?.fixed ?? {};
  const split = shape.table?.breakdown;
  const free = freeDimensions(cells, shape, fixed, split?.dimension);
  for (const [dimension, values] of free) {
    if (values.size > 1)
      problems.push({
        file,
        line: cells[0].line,
        column: dimension,
        message: `dimensjonen «${dimension}» har flere verdier (${[...values].slice(0, 5).join(', ')}), men ${target.id} bruker én: last ned én verdi, eller velg riktig indikator`
      });
  }
  if (problems.length) return { drafts, problems };
  for (const cell of cells) {
    if (Object.entries(fixed).some(([d, c]) => d in cell.categories && cell.categories[d] !== c)) continue; // another indicator's category
    const at = (column: string, message: string) => problems.push({ file, line: cell.line, column, message });
    const code = regionCode(cell.categories[shape.geo] ?? '');
    const period = fhiPeriod(cell.categories[shape.time] ?? '');
    const year = periodYear(period);
    if (year === undefined) {
      at(shape.time, `«${period}» er ikke en periode i kjent form (${PERIOD_FORMS})`);
      continue;
    }
    const breakdown = breakdownOf(cell, shape, target);
    if (breakdown === undefined) continue; // a category this indicator does not break down by
    const raw = cell.value === null && cell.status ? cell.status : cell.value;
    const read = readCell(raw, shape.dashIsZero, shape.reasons);
    if (read.value === undefined) {
      at(cell.column, `«${read.text}» er ikke et tall`);
      continue;
    }
    drafts.push({
      indicator: target.id,
      code,
      period,
      year,
      breakdown,
      value: read.value,
      missing: read.value === null ? read.missing : '',
      note: '',
      file,
      line: cell.line,
      column: cell.column,
      geoColumn: cell.geoColumn ?? shape.geo,
      codesInForce: shape.codesInForce
    });
  }
  return { drafts, problems };
}

function breakdownOf(cell: CubeCell, shape: CubeShape, target: Target): string | undefined {
  const split = shape.table?.breakdown;
  if (split && split.dimension in cell.categories) return split.categories[cell.categories[split.dimension]];
  if (shape.sex && shape.sex in cell.categories) {
    const sex = sexOf(cell.categories[shape.sex]);
    return sex && sexBreakdown(sex, target);
  }
  return defaultBreakdown(target);
}

/** Dimensions that neither place the value nor are fixed by the table: each must have one category in the file. */
function freeDimensions(
  cells: CubeCell[],
  shape: CubeShape,
  fixed: Record<string, string>,
  split?: string
): Map<string, Set<string>> {
  const known = new Set([shape.geo, shape.time, shape.sex, split, ...Object.keys(fixed)]);
  const free = new Map<string, Set<string>>();
  for (const cell of cells) {
    for (const [d, c] of Object.entries(cell.categories)) {
      if (known.has(d)) continue;
      free.set(d, (free.get(d) ?? new Set()).add(c));
    }
  }
  return free;
}
