import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { homeFromEnv } from './scripts/home.ts';
import { scopedHas } from './scripts/scoped-has.ts';

// OPPVEKST_KOMMUNE chooses the municipality; an unknown or uncovered code stops here, before any build step.
const home = homeFromEnv();

export default defineConfig({
  plugins: [sveltekit()],
  // the same HOME in prerendered HTML and in the client bundle (src/lib/dataset/schema.ts)
  define: { __OPPVEKST_HOME__: JSON.stringify(home) },
  // keep dev pre-bundling away from duckdb-wasm's worker and wasm files
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  // Designsystemet's `:has()` rules on any element restyle the whole page for every inserted element (scripts/scoped-has.ts)
  css: { postcss: { plugins: [scopedHas] } },
  // no asset is inlined as a data: URL: the CSP's connect-src 'self' refuses to fetch one (small extracts)
  build: { chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000
        }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['src/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false
        }
      }
    ]
  }
});
