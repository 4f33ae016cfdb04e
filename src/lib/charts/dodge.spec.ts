// Moving end labels apart: never overlapping, order kept, inside the chart, and moved no more than needed.
import { describe, expect, test } from 'vitest';
import { dodge } from './dodge';

const BOUNDS = { gap: 2, top: 0, bottom: 300 };

/** Every neighbour pair (in the order of `ys`) at least `need` px apart. */
function apart(out: number[], ys: number[], need: number) {
  const order = ys.map((_, i) => i).sort((a, b) => ys[a] - ys[b] || a - b);
  return order.slice(1).every((i, k) => out[i] - out[order[k]] >= need - 1e-9);
}

describe('dodge', () => {
  test('labels already apart stay where they are', () => {
    expect(dodge([40, 100, 200], { heights: 16, ...BOUNDS })).toEqual([40, 100, 200]);
  });

  test('two overlapping labels move apart evenly around where they wanted to be', () => {
    const [a, b] = dodge([100, 104], { heights: 16, ...BOUNDS });
    expect(b - a).toBeCloseTo(18, 9);
    expect((a + b) / 2).toBeCloseTo(102, 9);
  });

  test('a chain of overlaps is spread as one group; a label further away is left alone', () => {
    const out = dodge([100, 101, 102, 250], { heights: 16, ...BOUNDS });
    expect(out.slice(0, 3)).toEqual([83, 101, 119].map((v) => expect.closeTo(v, 9)));
    expect(out[3]).toBe(250);
  });

  test('the order is kept, equal wishes in the order given, whatever order the input comes in', () => {
    const ys = [120, 100, 120, 110];
    const out = dodge(ys, { heights: 16, ...BOUNDS });
    expect(apart(out, ys, 18)).toBe(true);
    expect(out[1]).toBeLessThan(out[3]);
    expect(out[3]).toBeLessThan(out[0]);
    expect(out[0]).toBeLessThan(out[2]);
  });

  test('labels at the top or bottom edge are kept inside the bounds and pushed inwards', () => {
    const top = dodge([2, 4], { heights: 16, ...BOUNDS });
    expect(top).toEqual([8, 26]);
    const bottom = dodge([299, 296], { heights: 16, ...BOUNDS });
    expect(bottom).toEqual([292, 274]); // 296 wanted to be higher, and stays higher
  });

  test('a wrapped (taller) label takes the room it needs', () => {
    const out = dodge([100, 102], { heights: [31, 16], ...BOUNDS });
    expect(out[1] - out[0]).toBeCloseTo(31 / 2 + 16 / 2 + 2, 9);
  });

  test('when they cannot all fit, none overlaps: they start at the top and run past the bottom', () => {
    const out = dodge([10, 10, 10], { heights: 16, gap: 2, top: 0, bottom: 40 });
    expect(out).toEqual([8, 26, 44]);
  });

  test('generated labels: never overlapping, order kept, inside the bounds, none moved when none overlaps', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 500; run++) {
      const ys = Array.from({ length: 1 + Math.floor(random() * 6) }, () => random() * 300);
      const heights = ys.map(() => (random() < 0.3 ? 31 : 16));
      const out = dodge(ys, { heights, ...BOUNDS });
      const order = ys.map((_, i) => i).sort((a, b) => ys[a] - ys[b] || a - b);
      order.slice(1).forEach((i, k) => {
        const j = order[k];
        expect(out[i] - out[j]).toBeGreaterThanOrEqual((heights[i] + heights[j]) / 2 + 2 - 1e-9);
      });
      for (const [i, y] of out.entries()) {
        expect(y - heights[i] / 2).toBeGreaterThanOrEqual(-1e-9);
        expect(y + heights[i] / 2).toBeLessThanOrEqual(300 + 1e-9);
      }
      const clear = order
        .slice(1)
        .every((i, k) => ys[i] - ys[order[k]] >= (heights[i] + heights[order[k]]) / 2 + 2);
      const inside = ys.every((y, i) => y >= heights[i] / 2 && y <= 300 - heights[i] / 2);
      if (clear && inside) expect(out).toEqual(ys);
    }
  });
});
