import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // keep dev pre-bundling away from duckdb-wasm's worker and wasm files
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'], environment: 'node', testTimeout: 60_000 }
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
