// When the build's drawing of a chart is kept and which one a screen shows: the rule Chart.svelte and its CSS follow.
import { describe, expect, test } from 'vitest';
import { builtFits, chartWidth, DRAWN, pointsKey, shownDrawing } from './widths';
import { TEST_TREND } from './fixtures';

const screen = (width: number) => (query: string) => ({
  matches: width >= Number(/min-width: (\d+)px/.exec(query)![1])
});

describe('chart widths', () => {
  test('phones from 360 to 430 px wide (figures 328–398 px) keep the 360 px drawing; 320 px and tablets do not', () => {
    for (const figure of [328, 358, 380, 398])
      expect(builtFits(chartWidth(figure), shownDrawing(screen(figure + 32), DRAWN.wide)), `${figure}`).toBe(
        true
      );
    expect(builtFits(chartWidth(288), shownDrawing(screen(320), DRAWN.wide))).toBe(false);
    expect(builtFits(chartWidth(736), shownDrawing(screen(768), DRAWN.wide))).toBe(false);
    expect(builtFits(chartWidth(736), shownDrawing(screen(768), 472))).toBe(false);
  });

  test('a desktop keeps the wide drawing: 960 px figures are drawn at 900, side-by-side charts at 472', () => {
    expect(chartWidth(960)).toBe(900);
    expect(builtFits(chartWidth(960), shownDrawing(screen(1366), DRAWN.wide))).toBe(true);
    expect(builtFits(chartWidth(472), shownDrawing(screen(1366), 472))).toBe(true);
    // the phone drawing is never stretched to a desktop figure
    expect(builtFits(chartWidth(472), DRAWN.phone)).toBe(false);
  });

  test('the screen shows the phone drawing below the breakpoint and the wide one from it', () => {
    expect(shownDrawing(screen(DRAWN.breakpoint - 1), 900)).toBe(DRAWN.phone);
    expect(shownDrawing(screen(DRAWN.breakpoint), 900)).toBe(900);
  });

  test('the key changes with any value, missing mark or source, and only then', () => {
    const key = pointsKey(TEST_TREND);
    expect(pointsKey(TEST_TREND.map((p) => ({ ...p })))).toBe(key);
    const changed = (i: number, change: Partial<(typeof TEST_TREND)[number]>) =>
      pointsKey(TEST_TREND.map((p, j) => (j === i ? { ...p, ...change } : p)));
    expect(changed(0, { value: (TEST_TREND[0].value ?? 0) + 0.1 })).not.toBe(key);
    expect(changed(0, { value: null, missing: 'skjermet' })).not.toBe(key);
    expect(changed(0, { source: 'opplastet' })).not.toBe(key);
    expect(pointsKey(TEST_TREND.slice(1))).not.toBe(key);
  });
});
