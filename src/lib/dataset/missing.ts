// Cells that hold no number: which symbols mean missing, and why (never a zero, except SSB's '-').
import { parseNumber } from './number';

/** Norwegian reasons for the missing-value symbols of FHI, SSB, Udir and NAV. */
export const MISSING_REASONS: Record<string, string> = {
  '': 'mangler i kilden (tom celle)',
  ':': 'skjermet (:)',
  '.': 'ikke mulig å oppgi (.)',
  '..': 'mangler i kilden (..)',
  '*': 'skjermet, for få elever eller personer (*)'
};

/**
 * FHI's own meaning of its symbols: in FHI's files «.» marks a value FHI does not publish (too few answers, or no
 * survey that year), not SSB's «not possible to state».
 */
export const FHI_MISSING_REASONS: Record<string, string> = {
  ...MISSING_REASONS,
  '.': 'skjermet eller mangler hos FHI (.)',
  ':': 'skjermet hos FHI (:)'
};

/** A source cell read: a number, a missing value with its reason, or text that is neither. */
export type Cell =
  { value: number; missing: '' } | { value: null; missing: string } | { value: undefined; text: string };

/** Reads one cell; `dashIsZero` for SSB tables, where '-' is a real zero. */
export function readCell(
  raw: string | number | null | undefined,
  dashIsZero = false,
  reasons: Record<string, string> = MISSING_REASONS
): Cell {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { value: raw, missing: '' } : { value: undefined, text: String(raw) };
  const text = (raw ?? '').trim();
  if (text in reasons) return { value: null, missing: reasons[text] };
  if (text === '-' && dashIsZero) return { value: 0, missing: '' };
  const value = parseNumber(text);
  return value === null ? { value: undefined, text } : { value, missing: '' };
}
