// JSON-stat 2.0 datasets from FHI Statistikk and SSB PxWebApi v2, read with jsonstat-toolkit.
import JSONstat from 'jsonstat-toolkit';
import type { Problem } from '../problem';
import type { CubeCell } from './cube';

export interface JsonStatFile {
  agency: 'FHI' | 'SSB' | 'ukjent';
  label: string;
  tableId: string | undefined;
  dimensions: string[];
  cells: CubeCell[];
}

/** Parses JSON text, reporting a syntax error (for instance a truncated download) at its line and column. */
export function parseJson(
  file: string,
  text: string
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = String(position - before.lastIndexOf('\n'));
    const truncated = position >= text.trimEnd().length - 1 || /end of JSON|Unterminated/i.test(message);
    return {
      ok: false,
      problem: {
        file,
        line,
        column: `tegn ${column}`,
        message: truncated
          ? 'JSON-filen slutter midt i innholdet (avkortet nedlasting?)'
          : `ugyldig JSON: ${message}`
      }
    };
  }
}

/** The cells of a json-stat2 dataset, or a Problem when the JSON is not one. */
export function readJsonStat(file: string, json: unknown): JsonStatFile | Problem {
  const tree = json as {
    class?: string;
    version?: string;
    extension?: Record<string, unknown>;
    label?: string;
  };
  if (!tree || typeof tree !== 'object' || tree.class !== 'dataset') {
    return {
      file,
      line: 1,
      column: '',
      message:
        'JSON-filen er ikke et JSON-stat 2.0-datasett (mangler "class": "dataset"): last ned json-stat2 fra FHI Statistikk eller SSB'
    };
  }
  const shape = shapeProblem(json as Record<string, unknown>);
  if (shape) return { file, line: 1, column: shape.column, message: shape.message };
  const ds = JSONstat(json);
  const dimensions: string[] = ds.id ?? [];
  const table = ds.toTable({ type: 'arrobj', content: 'id', status: true }) as Record<
    string,
    string | number | null
  >[];
  if (!Array.isArray(table) || dimensions.length === 0)
    return { file, line: 1, column: 'dimension', message: 'JSON-stat-datasettet har ingen dimensjoner' };
  const cells = table.map((row, i): CubeCell => {
    const categories = Object.fromEntries(dimensions.map((d) => [d, String(row[d])]));
    return {
      categories,
      value: row.value as number | null,
      status: (row.status as string | null) ?? null,
      line: 1,
      column: `value[${i}] (${dimensions.map((d) => `${d}=${categories[d]}`).join(', ')})`
    };
  });
  const agency =
    dimensions.includes('GEO') && dimensions.includes('AAR')
      ? 'FHI'
      : dimensions.includes('Tid')
        ? 'SSB'
        : 'ukjent';
  return { agency, label: ds.label ?? '', tableId: tableIdOf(tree), dimensions, cells };
}

/** The most cells a JSON-stat file may declare (the product of `size`): ten times the largest table a source gives us. */
export const MAX_CELLS = 1_000_000;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/**
 * Checked before the toolkit expands anything: `id` and `size` pair up, each size[i] is its dimension's
 * number of categories, the product stays under MAX_CELLS and `value` has no more entries than it.
 */
function shapeProblem(tree: Record<string, unknown>): { column: string; message: string } | undefined {
  const { id, size, dimension, value } = tree as {
    id?: unknown;
    size?: unknown;
    dimension?: unknown;
    value?: unknown;
  };
  const wrong = (column: string, message: string) => ({ column, message });
  if (
    !Array.isArray(id) ||
    !Array.isArray(size) ||
    id.length !== size.length ||
    !dimension ||
    typeof dimension !== 'object'
  )
    return wrong(
      'size',
      'JSON-stat-datasettet mangler «id», «size» eller «dimension», eller «id» og «size» har ulik lengde'
    );
  let cells = 1;
  for (const [i, name] of id.entries()) {
    const n = size[i];
    if (typeof name !== 'string' || !Number.isInteger(n) || n < 0)
      return wrong('size', `size[${i}] er ikke et helt tall (${JSON.stringify(n)})`);
    const categories = categoryCount((dimension as Record<string, unknown>)[name]);
    if (categories !== n)
      return wrong(
        `size[${i}]`,
        `dimensjonen «${name}» har ${categories ?? 'ingen'} kategorier, men size[${i}] sier ${n}`
      );
    cells *= n;
  }
  if (cells > MAX_CELLS)
    return wrong(
      'size',
      `filen oppgir ${grouped(cells)} celler; grensen er ${grouped(MAX_CELLS)}. Last ned færre år, steder eller kategorier per fil.`
    );
  const values = Array.isArray(value)
    ? value.length
    : value && typeof value === 'object'
      ? Object.keys(value).length
      : 0;
  if (values > cells)
    return wrong('value', `«value» har ${grouped(values)} verdier, men size gir plass til ${grouped(cells)}`);
  return undefined;
}

/** How many categories a dimension lists: its index (array or object), else its labels. */
function categoryCount(dim: unknown): number | undefined {
  const category = (dim as { category?: { index?: unknown; label?: unknown } } | undefined)?.category;
  const list = category?.index ?? category?.label;
  if (Array.isArray(list)) return list.length;
  return list && typeof list === 'object' ? Object.keys(list).length : undefined;
}

/** SSB puts the table id in extension.px.tableid; otherwise look for a number in the label («13556: …»). */
function tableIdOf(tree: { extension?: Record<string, unknown>; label?: string }): string | undefined {
  const px = tree.extension?.px as { tableid?: string } | undefined;
  return px?.tableid ?? /^(\d{3,5})\s*:/.exec(tree.label ?? '')?.[1];
}
