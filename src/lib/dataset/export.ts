// CSV for people to open in a spreadsheet: plain digits with a dot, and text that cannot run as a formula.
import { formatCsv } from './parse';

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV of `rows` with `columns`, formula-safe: every text cell quoted and neutralised; numbers as plain digits with a dot (5.7, -0.3). */
export function exportCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  return formatCsv(
    columns,
    rows.map((row) => Object.fromEntries(columns.map((c) => [c, neutralise(row[c])]))),
    { quoteText: true }
  );
}
