// The site ships only the Designsystemet components it uses (designsystemet.css): a ds-* class without its file would be unstyled.
import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'node_modules/@digdir/designsystemet-css/dist/src';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(ts|svelte|html)$/.test(e.name) && !/\.(spec|e2e)\.ts$/.test(e.name)
        ? [join(dir, e.name)]
        : []
  );
}

test('every ds-* component class used in src/ has its Designsystemet file imported, in the components layer', () => {
  const css = readFileSync('src/lib/designsystemet.css', 'utf8');
  const imported = new Set(
    [...css.matchAll(/@import '@digdir\/designsystemet-css\/([a-z-]+)\.css' layer\(ds\.components\);/g)].map(
      (m) => m[1]
    )
  );
  expect(css).toMatch(/@import '@digdir\/designsystemet-css\/base\.css' layer\(ds\.base\);/);
  const used = new Set(
    sources('src').flatMap(
      (f) =>
        [...readFileSync(f, 'utf8').matchAll(/\bds-([a-z]+(?:-[a-z]+)*)\b/g)]
          .map((m) => m[1])
          .filter((name) => existsSync(join(PACKAGE, `${name}.css`))) // a component's class, not a --ds-* variable or our own
    )
  );
  expect(used.size).toBeGreaterThan(5);
  expect([...used].filter((name) => !imported.has(name))).toEqual([]);
});
