// DuckDB in the browser: self-hosted duckdb-wasm in a Web Worker, extracts fetched from hashed URLs.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRows, type Database } from './database';
import { loadExtracts } from './load';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

// Vite emits each extract as an asset with a content hash in its name.
const EXTRACT_URLS = import.meta.glob('/data/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

async function open(): Promise<Database> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  const database: Database = {
    async all<T>(sql: string, params: unknown[] = []) {
      const stmt = await conn.prepare(sql);
      try {
        return plainRows<T>(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async exec(sql: string) {
      await conn.query(sql);
    }
  };
  await Promise.all(
    Object.entries(EXTRACT_URLS).map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Kunne ikke hente ${path} (${response.status})`);
      await db.registerFileText(path.replace('/data/', ''), await response.text());
    })
  );
  await loadExtracts(database, (file) => file);
  return database;
}

let shared: Promise<Database> | undefined;

/** The page-wide DuckDB with the published extracts loaded; started once, on first use. */
export function browserDatabase(): Promise<Database> {
  shared ??= open();
  return shared;
}
