// Number reading for source cells: dot or comma decimals, no thousands separators.

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** The number in a text cell ('5.7', '5,7', '12', '-0.5'), or null when the text is not a plain number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Removes binary float noise: 0.059000000000000004 → 0.059; 12 significant digits is far below any source's precision. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A fraction as percent, float noise removed: 0.059000000000000004 → 5.9. */
export function percent(fraction: number): number {
  return clean(fraction * 100);
}

/** Rounds to the given number of decimals (half away from zero on the cleaned value). */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return clean((Math.sign(value) * Math.round(Math.abs(clean(value * factor)))) / factor);
}
