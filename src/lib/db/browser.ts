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
const EXTRACT_URLS = import.meta.glob('/data/*.csv', {
  query: '?url',
  import: 'default',
  eager: true
}) as Record<string, string>;

async function open(): Promise<Database> {
  const features = await duckdb.getPlatformFeatures();
  if (!features.wasmExceptions)
    throw new Error(
      'denne nettleseren er for gammel for databasen (mangler WebAssembly-unntak); tallene over er likevel oppdaterte'
    );
  const worker = new Worker(ehWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(ehWasm);
  const conn = await db.connect();
  // Each worker round trip costs a few ms: a question asked again (a chart switch) reuses its prepared statement.
  // Statements are dropped whenever the tables change (exec), so none outlives the tables it was prepared on.
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const forget = () => {
    for (const stmt of statements.values())
      stmt.then(
        (s) => s.close(),
        () => undefined
      );
    statements.clear();
  };
  const database: Database = {
    async all<T>(sql: string, params: unknown[] = []) {
      let stmt = statements.get(sql);
      if (!stmt) {
        if (statements.size >= 100) forget();
        stmt = conn.prepare(sql);
        statements.set(sql, stmt);
      }
      try {
        return plainRows<T>(await (await stmt).query(...params));
      } catch (e) {
        statements.delete(sql);
        throw e;
      }
    },
    async exec(sql: string) {
      forget();
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
