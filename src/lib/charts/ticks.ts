// Period ticks thinned to those whose labels fit side by side: the first and the newest are always shown.

/**
 * The ticks of `values` (ascending) to label, at `x(v)` px with labels `width(v)` px wide, centred: every k-th value
 * counted back from the newest, for the smallest k whose labels stand at least `gap` px apart, plus the first;
 * a tick too close to the first is left out instead of the first.
 */
export function thinTicks<T>(
  values: T[],
  { x, width, gap }: { x: (v: T) => number; width: (v: T) => number; gap: number }
): T[] {
  const fits = (a: T, b: T) => x(b) - x(a) >= (width(a) + width(b)) / 2 + gap;
  for (let k = 1; k < values.length; k++) {
    const picked: T[] = [];
    for (let i = values.length - 1; i > 0; i -= k) picked.unshift(values[i]);
    while (picked.length && !fits(values[0], picked[0]) && picked[0] !== values.at(-1)) picked.shift();
    picked.unshift(values[0]);
    if (picked.every((v, i) => i === 0 || fits(picked[i - 1], v))) return picked;
  }
  // Not even the first and the newest fit side by side: the newest is the one a reader needs.
  return values.slice(-1);
}
