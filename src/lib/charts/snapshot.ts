// Chart tests Plot's way: a chart drawn in Node as the build draws it, serialised and compared with its committed SVG.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { drawChart } from './render';

const DIR = join(import.meta.dirname, 'snapshots');
const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The chart as the build prerenders it (hooks.server.ts): Plot in a server-side DOM, labelled for screen readers. */
export function draw(options: Plot.PlotOptions): Element {
  return drawChart(options, document as unknown as Document);
}

/** Ids Plot numbers per process (markers, clip paths) renumbered in document order, so the order tests run in does not matter. */
function reindex(markup: string): string {
  const ids = new Map<string, string>();
  const counts = new Map<string, number>();
  return markup.replace(/plot-(marker|clip|pattern|filter)-\d+/g, (id, kind: string) => {
    if (!ids.has(id)) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      ids.set(id, `plot-${kind}-${counts.get(kind)}`);
    }
    return ids.get(id)!;
  });
}

/** One element a line, indented by depth; an element holding only text stays on its line. */
function indent(markup: string): string {
  const tokens = markup.split(/(<[^>]+>)/).filter((t) => t.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const [t, next, after] = [tokens[i], tokens[i + 1] ?? '', tokens[i + 2] ?? ''];
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) lines.push('  '.repeat(--depth) + t);
    else if (!t.startsWith('<') || t.endsWith('/>')) lines.push(pad + t.trim());
    else if (next.startsWith('</')) lines.push(pad + t + tokens[++i]);
    else if (!next.startsWith('<') && after.startsWith('</')) {
      lines.push(pad + t + next + after);
      i += 2;
    } else {
      lines.push(pad + t);
      depth++;
    }
  }
  return lines.join('\n') + '\n';
}

/** The drawing as a file: SVG namespaced so it opens in any viewer, ids renumbered, numbers to three decimals, indented. */
export function serialise(chart: Element): string {
  const markup = chart.outerHTML
    .replace(/<svg (?!xmlns)/g, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
  return indent(reindex(markup));
}

/**
 * Compares the chart with snapshots/<name>.svg (.html for a chart with a legend, which Plot wraps in a <figure>).
 * On a difference the new drawing is written beside it as <name>-changed.svg (not committed) to look at;
 * UPDATE_SNAPSHOTS=1 rewrites the snapshot instead.
 */
export function expectSnapshot(name: string, chart: Element): void {
  const ext = chart.matches('svg') ? 'svg' : 'html';
  const file = join(DIR, `${name}.${ext}`);
  const changed = join(DIR, `${name}-changed.${ext}`);
  const actual = serialise(chart);
  mkdirSync(DIR, { recursive: true });
  if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(file, actual);
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (actual === expected) rmSync(changed, { force: true });
  else writeFileSync(changed, actual);
  expect(actual, `${name}.${ext} differs (see ${name}-changed.${ext}; UPDATE_SNAPSHOTS=1 accepts it)`).toBe(
    expected
  );
}
