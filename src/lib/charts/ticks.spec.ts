// Thinning period ticks: as many as fit side by side, always the first and the newest, for years and for periods.
import { describe, expect, test } from 'vitest';
import { thinTicks } from './ticks';
import { textWidth } from './textWidth';

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** Ticks over `inner` px for `values` at evenly spaced positions (as the chart's years are), labelled by `label`. */
const thin = (values: number[], inner: number, label: (v: number) => string = String) =>
  thinTicks(values, {
    x: (v) => ((v - values[0]) / (values.at(-1)! - values[0])) * inner,
    width: (v) => textWidth(label(v), 13),
    gap: 6
  });

/** Every label at least 6 px clear of the next. */
function clear(ticks: number[], values: number[], inner: number, label: (v: number) => string = String) {
  const x = (v: number) => ((v - values[0]) / (values.at(-1)! - values[0])) * inner;
  return ticks.every(
    (v, i) =>
      i === 0 ||
      x(v) - x(ticks[i - 1]) >= (textWidth(label(v), 13) + textWidth(label(ticks[i - 1]), 13)) / 2 + 6
  );
}

describe('thinTicks', () => {
  test('on a wide chart every year is labelled', () => {
    expect(thin(YEARS, 480)).toEqual(YEARS);
  });

  test('on a phone the years are thinned, counted back from the newest, the first kept', () => {
    const ticks = thin(YEARS, 215);
    expect(ticks).toEqual([2018, 2021, 2023, 2025]);
    expect(clear(ticks, YEARS, 215)).toBe(true);
  });

  test('three-year periods («2016/17-2018/19») are wider, so fewer of them are labelled', () => {
    const period = (y: number) => `${y - 3}/${String(y - 2).slice(2)}-${y - 1}/${String(y).slice(2)}`;
    const ticks = thin(YEARS, 480, period);
    expect(ticks[0]).toBe(2018);
    expect(ticks.at(-1)).toBe(2025);
    expect(ticks.length).toBeLessThan(YEARS.length);
    expect(ticks.length).toBeGreaterThan(2);
    expect(clear(ticks, YEARS, 480, period)).toBe(true);
  });

  test('a tick too close to the first is dropped, not the first', () => {
    const values = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const ticks = thin(values, 150);
    expect(ticks[0]).toBe(2016);
    expect(ticks.at(-1)).toBe(2025);
    expect(clear(ticks, values, 150)).toBe(true);
  });

  test('uneven years are spaced by where they stand, not by their count', () => {
    const values = [2016, 2017, 2018, 2024, 2025];
    expect(thin(values, 215)).toEqual([2016, 2018, 2025]);
  });

  test('one period is its own tick; when even two do not fit, the newest is the one shown', () => {
    expect(thin([2023], 100)).toEqual([2023]);
    expect(thin([2024, 2025], 30)).toEqual([2025]);
  });
});
