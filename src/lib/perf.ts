// Performance marks the benchmark reads (performance.getEntriesByName): set once per page load.
import { PAINT_MARK_SCRIPT } from './paint-mark.js';

/** Marks `name` the first time it happens on this page: 'first-chart', 'duckdb-ready'. */
export function markOnce(name: 'first-chart' | 'duckdb-ready'): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0)
    performance.mark(name);
}

/** An inline script put after a prerendered chart: marks 'first-chart' in the frame the static SVG is painted (allowed by its hash in the CSP). */
export const PAINT_MARK = `<script>${PAINT_MARK_SCRIPT}</script>`;
