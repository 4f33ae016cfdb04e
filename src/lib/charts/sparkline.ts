// A small trend of home's values for lists of goals: no axes, the first and last value in words.
import * as Plot from '@observablehq/plot';
import type { SeriesPoint } from '$lib/model/series';
import type { Unit } from '$lib/dataset/schema';
import { sparklineText } from '$lib/model/summary';

export { sparklineText };

/**
 * Plot options for a 140 × 36 px line of `points` (one geography), gaps where values are missing. Every value
 * also gets a small dot: a value between two gaps (a survey year between years without a survey) draws no line.
 */
export function sparkline(points: SeriesPoint[], unit: Unit): Plot.PlotOptions {
  const valued = points.filter((p) => p.value != null);
  return {
    width: 140,
    height: 36,
    margin: 4,
    axis: null,
    ariaLabel: sparklineText(points, unit),
    y: { zero: false },
    marks: [
      Plot.line(points, { x: 'year', y: 'value', stroke: '#0b57a4', strokeWidth: 2 }),
      Plot.dot(valued, { x: 'year', y: 'value', fill: '#0b57a4', r: 2 }),
      Plot.dot(valued.slice(-1), { x: 'year', y: 'value', fill: '#0b57a4', r: 3 })
    ]
  };
}
