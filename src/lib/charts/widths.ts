// The widths a chart is drawn at: by the build (one drawing for phones, one for wide screens, CSS shows one of them)
// and by the browser, and when the build's drawing is close enough to the figure's width to be kept.
import type { SeriesPoint } from '$lib/model/series';

/** The build's two drawings, and the screen width from which the wide one is shown (Chart.svelte's CSS). */
export const DRAWN = { phone: 360, wide: 900, breakpoint: 600 } as const;

/** How far (share of its width) a drawing may be from the figure's width and still be kept: 328–398 px phones. */
export const KEEP = 0.12;

/** The width the browser draws a chart at for a figure `width` px wide. */
export function chartWidth(width: number): number {
  return Math.max(300, Math.min(width, 900));
}

/** The width of the build's drawing CSS shows on this screen: the phone one below the breakpoint. */
export function shownDrawing(media: (query: string) => { matches: boolean }, wide: number): number {
  return media(`(min-width: ${DRAWN.breakpoint}px)`).matches ? wide : DRAWN.phone;
}

/** Whether a drawing `drawn` px wide may stand for one drawn at `width` px. */
export function builtFits(width: number, drawn: number): boolean {
  return Math.abs(width - drawn) <= drawn * KEEP;
}

/** What a chart's points show, as one string: a drawing is kept while it is the same. */
export function pointsKey(points: SeriesPoint[]): string {
  return points.map((p) => `${p.geo}:${p.year}:${p.value ?? p.missing ?? ''}:${p.source}`).join(',');
}

/** The chart's SVG the reader sees in `figure` (the build draws two, CSS hides one), for downloads. */
export function shownChart(figure: string): SVGSVGElement | null {
  const all = [...document.querySelectorAll<SVGSVGElement>(`${figure} svg[aria-label]`)];
  return all.find((svg) => svg.getClientRects().length > 0) ?? null;
}
