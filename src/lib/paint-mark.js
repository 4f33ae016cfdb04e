// The body of the inline script put after each prerendered chart (perf.ts); svelte.config.js allows it by its hash in the CSP.
export const PAINT_MARK_SCRIPT =
  "requestAnimationFrame(()=>performance.getEntriesByName('first-chart').length||performance.mark('first-chart'))";
