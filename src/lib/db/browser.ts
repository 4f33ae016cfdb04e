// DuckDB in the browser: self-hosted duckdb-wasm in a Web Worker, extracts fetched from hashed URLs.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRows, type Database } from './database';
import { loadExtracts } from './load';
import { applyUpload } from './uploads';
import { storedUploads } from '$lib/upload/store';
import { markOnce } from '$lib/perf';

// Only the 'eh' bundle ships (wasm exceptions: Chromium 95+, Firefox 100+, Safari 15.2+). Older browsers keep
// the prerendered pages and get a message where a question needs DuckDB; the 39 MB 'mvp' bundle is not worth it.

// Vite emits each extract as an asset with a content hash in its name.
const EXTRACT_URLS = import.meta.glob('/data/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

async function open(): Promise<Database> {
  const features = await duckdb.getPlatformFeatures();
  if (!features.wasmExceptions) throw new Error('denne nettleseren er for gammel for databasen (mangler WebAssembly-unntak); tallene over er likevel oppdaterte');
  const worker = new Worker(ehWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(ehWasm);
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
    },
    async registerText(name: string, text: string) {
      await db.registerFileText(name, text);
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
  // Uploads accepted earlier in this browser count from the start, on every page.
  for (const upload of await storedUploads()) await applyUpload(database, upload);
  markOnce('duckdb-ready');
  return database;
}

let shared: Promise<Database> | undefined;

/** The page-wide DuckDB with the published extracts loaded; started once, on first use. */
export function browserDatabase(): Promise<Database> {
  shared ??= open();
  return shared;
}

// `npm run bench` drives the same engine through this handle once a page has loaded DuckDB.
(globalThis as { __oppvekstDatabase?: () => Promise<Database> }).__oppvekstDatabase = browserDatabase;
