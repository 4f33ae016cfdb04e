// Arrows point one way: no module in src/lib reaches itself through another layer (type imports included).
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const LIB = resolve('src/lib');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(ts|svelte)$/.test(e.name) && !/\.(spec|e2e)\.ts$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}

const ANY_IMPORT = /(?:import|export)[^'"]*?from\s+'([^']+)'/g;
// what stays in the bundle, bare `import '…'` included: `import type …` and `export type …` are erased
const RUNTIME_IMPORT = /(?:import|export)\s+(?!type\s)(?:[^'"]*?from\s+)?'([^']+)'/g;

/** The source files `file` imports (`pattern` picks which imports), resolved like Vite does for `$lib/…` and `./…`. */
function resolvedImports(file: string, pattern = ANY_IMPORT): string[] {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].flatMap(([, s]) => {
    const base = s.startsWith('$lib/')
      ? join(LIB, s.slice(5))
      : s.startsWith('.')
        ? resolve(dirname(file), s)
        : null;
    if (!base) return [];
    const hit = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find(
      (p) => existsSync(p) && !p.endsWith('/')
    );
    return hit && /\.(ts|js|svelte)$/.test(hit) ? [hit] : [];
  });
}

/** The src/lib files `file` imports, type imports included. */
const imports = (file: string) =>
  resolvedImports(file).filter((f) => f.startsWith(LIB) && !f.endsWith('.js'));

/** The layer (first folder under src/lib, or the file itself) a file belongs to. */
const layer = (file: string) => relative(LIB, file).split('/')[0];

/** Every cycle between layers, as the layers from one back to itself: an arrow each way is a cycle. */
function layerCycles(all: string[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const f of all)
    for (const g of imports(f))
      if (layer(f) !== layer(g)) edges.set(layer(f), (edges.get(layer(f)) ?? new Set()).add(layer(g)));
  const found: string[][] = [];
  const visit = (l: string, path: string[]) => {
    if (path.includes(l)) {
      if (path[0] === l) found.push([...path, l]);
      return;
    }
    for (const next of edges.get(l) ?? []) visit(next, [...path, l]);
  };
  for (const l of edges.keys()) visit(l, []);
  return found;
}

/** Every .ts, .js and .svelte file under `dir`, tests included. */
function everyFile(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? everyFile(join(dir, e.name))
      : /\.(ts|js|svelte)$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}

/** The files under src/ (tests and the e2e harness included) that import something from scripts/. */
function intoScripts(): string[] {
  const scripts = resolve('scripts');
  return everyFile(resolve('src')).filter((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/g)]
      .map((m) => m[1] ?? m[2])
      .some((s) => s.startsWith('.') && resolve(dirname(file), s).startsWith(scripts + '/'))
  );
}

const PLOT = /(?:import|export)\s+(?!type\s)[^'"]*?from\s+'@observablehq\/plot'/;

/** The browser's entry files (pages, layouts, their loads, the client hooks) that load Plot up front, with the path. */
function plotUpFront(): string[] {
  const entries = everyFile(resolve('src/routes'))
    .filter((f) => /\+(page|layout|error)(\.ts|\.svelte)$/.test(f))
    .concat(resolve('src/hooks.client.ts'));
  return entries.flatMap((entry) => {
    const seen = new Set<string>();
    const walk = (f: string, path: string[]): string[] => {
      if (seen.has(f)) return [];
      seen.add(f);
      const here = [...path, relative(resolve('.'), f)];
      if (PLOT.test(readFileSync(f, 'utf8'))) return [here.join(' → ')];
      return resolvedImports(f, RUNTIME_IMPORT).flatMap((g) => walk(g, here));
    };
    return walk(entry, []);
  });
}

describe('imports', () => {
  test('no page loads Plot up front: the build drew its charts, and Plot comes in only to draw one live', () => {
    expect(plotUpFront()).toEqual([]);
  });

  test('nothing under src/ imports scripts/: the scripts use src, never the other way round', () => {
    expect(intoScripts().map((f) => relative(resolve('.'), f))).toEqual([]);
  });

  test('arrows between layers point one way (charts ⇄ queries and db ⇄ upload were cycles)', () => {
    expect(layerCycles(files(LIB))).toEqual([]);
  });
});
