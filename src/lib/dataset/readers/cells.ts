// Turning one source cell into a value in the indicator's unit, or a Problem at its place.
import type { Draft } from '../draft';
import { readCell } from '../missing';
import type { Problem } from '../problem';

/** Where a value sits, for Problems and the `source` column. */
export type Place = Pick<Draft, 'file' | 'line' | 'column'>;

/**
 * A cell as value-or-missing in the indicator's unit (`scale` turns a number into that unit),
 * or a Problem ««abc» er ikke et tall» at its place; `reasons` are the agency's meanings of its missing symbols.
 */
export function cellValue(
  raw: string | number | boolean | Date | null | undefined,
  place: Place,
  scale: (n: number) => number,
  dashIsZero = false,
  reasons?: Record<string, string>
): Pick<Draft, 'value' | 'missing'> | Problem {
  const cell = readCell(raw as string | number | null | undefined, dashIsZero, reasons);
  if (cell.value === undefined) return { ...place, message: `«${cell.text}» er ikke et tall` };
  return cell.value === null
    ? { value: null, missing: cell.missing }
    : { value: scale(cell.value), missing: '' };
}

export const isProblem = (x: object): x is Problem => 'message' in x;

/** A read cell kept: as a draft of `row` (everything but the value) in `drafts`, or its Problem in `problems`. */
export function keepCell(
  into: { drafts: Draft[]; problems: Problem[] },
  cell: Pick<Draft, 'value' | 'missing'> | Problem,
  row: Omit<Draft, 'value' | 'missing'>
): void {
  if (isProblem(cell)) into.problems.push(cell);
  else into.drafts.push({ ...row, ...cell });
}

/** The year in a source's year cell: '2022-01-01' → 2022, '2021' → 2021; undefined when there is none. */
export function yearOf(text: string): number | undefined {
  const match = /^(\d{4})(-\d\d-\d\d)?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** The same number, for values already in the indicator's unit. */
export const asIs = (n: number) => n;
