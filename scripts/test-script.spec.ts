// `npm test` is the contract: it must check formatting and lint and fail svelte-check on warnings before any test runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('scripts/test.mjs runs prettier --check and eslint first, and svelte-check with --fail-on-warnings', () => {
  const text = readFileSync(join(import.meta.dirname, 'test.mjs'), 'utf8');
  const steps = [...text.matchAll(/^step\('[^']+', 'npx', \[([^\]]+)\]\);?$/gms)].map((m) =>
    m[1].replace(/\s+/g, ' ').trim()
  );
  const at = (tool: string) => steps.findIndex((s) => s.includes(`'${tool}'`));
  expect(steps[at('prettier')]).toContain("'--check', '.'");
  expect(steps[at('eslint')]).toContain("'.'");
  expect(steps[at('svelte-check')]).toContain("'--fail-on-warnings'");
  expect(steps[at('svelte-check')]).not.toContain("'--threshold'");
  expect(at('prettier')).toBeLessThan(at('vitest'));
  expect(at('eslint')).toBeLessThan(at('vitest'));
});
