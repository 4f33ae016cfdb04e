// Performance marks the benchmark reads (performance.getEntriesByName): set once per page load.

/** Marks `name` the first time it happens on this page: 'first-chart', 'duckdb-ready'. */
export function markOnce(name: 'first-chart' | 'duckdb-ready'): void {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0)
    performance.mark(name);
}
