// Specs' database: the real extracts in the real DuckDB (duckdb-wasm's Node build), opened once per spec file.
import { afterAll, beforeAll } from 'vitest';
import type { Database } from './database';
import { openNodeExtracts } from './node';

/** Opens the extracts of `dataDir` (default data/) before the file's tests and closes them after; call it at top level. */
export function extractsForTests(dataDir?: string | (() => string)): () => Database {
  let db: (Database & { close(): void }) | undefined;
  beforeAll(async () => {
    db = await openNodeExtracts(typeof dataDir === 'function' ? dataDir() : dataDir);
  });
  afterAll(() => db?.close());
  return () => {
    if (!db) throw new Error('the database opens in beforeAll: call db() inside a test');
    return db;
  };
}
