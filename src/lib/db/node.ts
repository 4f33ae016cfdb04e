// DuckDB in Node: duckdb-wasm's blocking build, the same engine and SQL as the browser (tests, scripts).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { plainRows, type Database } from './database';
import { loadExtracts } from './load';

/** Opens an in-memory DuckDB in Node; takes about 1,5 s (wasm compile). */
export async function openNodeDatabase(): Promise<Database & { close(): void }> {
  const dist = dirname(
    createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs')
  );
  const bundles = {
    mvp: {
      mainModule: resolve(dist, 'duckdb-mvp.wasm'),
      mainWorker: resolve(dist, 'duckdb-node-mvp.worker.cjs')
    },
    eh: {
      mainModule: resolve(dist, 'duckdb-eh.wasm'),
      mainWorker: resolve(dist, 'duckdb-node-eh.worker.cjs')
    }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      const stmt = conn.prepare(sql);
      try {
        return plainRows<T>(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async exec(sql: string) {
      conn.query(sql);
    },
    async registerText(name: string, text: string) {
      db.registerFileText(name, text);
    },
    close() {
      conn.close();
      db.reset();
    }
  };
}

/** A Node database with the extracts of `dataDir` (default: the repository's data/) loaded. */
export async function openNodeExtracts(dataDir = resolve(process.cwd(), 'data')) {
  const db = await openNodeDatabase();
  await loadExtracts(db, (file) => resolve(dataDir, file));
  return db;
}
