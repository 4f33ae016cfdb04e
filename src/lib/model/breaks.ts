// Where a series breaks: the source says the figures before and after a period are not comparable (a note «Brudd i serien …»).
import type { SeriesPoint } from './series';

/** A break between two periods: `year` lies midway on the x axis; `text` says between which periods and why. */
export interface SeriesBreak {
  year: number;
  before: string;
  after: string;
  note: string;
}

const isBreak = (p: SeriesPoint | undefined) => /^Brudd i serien\b/.test(p?.note ?? '');

/**
 * The breaks of a series, read from the country's line (a break in the statistic holds for every place; a note on one
 * county only, such as a merger, is not one): each first period of a run of «Brudd i serien» notes, oldest first.
 */
export function breaks(points: SeriesPoint[], country: string): SeriesBreak[] {
  const line = points.filter((p) => p.geo === country).sort((a, b) => a.year - b.year);
  return line.flatMap((p, i) =>
    i > 0 && isBreak(p) && !isBreak(line[i - 1])
      ? [
          {
            year: (line[i - 1].year + p.year) / 2,
            before: line[i - 1].period,
            after: p.period,
            note: p.note!.replace(/^Brudd i serien( \([^)]*\))?:\s*/, '')
          }
        ]
      : []
  );
}

/** The sentence a caption or text alternative says for each break. */
export const breakText = (b: SeriesBreak) => `Brudd i serien mellom ${b.before} og ${b.after}: ${b.note}`;
