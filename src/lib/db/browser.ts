// DuckDB in the browser: self-hosted duckdb-wasm in a Web Worker, extracts fetched from hashed URLs.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRows, type Database } from './database';
import { loadExtracts } from './load';
import { extractPath, lockDown } from './lockdown';
import { applyUpload } from './uploads';
import { markUnreplayable, storedUploads } from '$lib/upload/store';
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
  running = worker;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    return await setUp(db);
  } catch (e) {
    // a half-started engine is thrown away: the next question starts a new one (nothing caches the failure)
    worker.terminate();
    throw e;
  }
}

async function setUp(db: duckdb.AsyncDuckDB): Promise<Database> {
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
  await lockDown(database);
  await Promise.all(
    Object.entries(EXTRACT_URLS).map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Kunne ikke hente ${path} (${response.status})`);
      await db.registerFileText(extractPath(path.replace('/data/', '')), await response.text());
    })
  );
  await loadExtracts(database, extractPath);
  // Uploads accepted earlier in this browser count from the start, on every page.
  // A record DuckDB cannot take is skipped and named on «Last inn data»; the rest still count.
  for (const upload of (await storedUploads().catch(() => ({ uploads: [] }))).uploads) {
    try {
      await applyUpload(database, upload);
    } catch (e) {
      markUnreplayable(upload, e instanceof Error ? e.message : String(e));
    }
  }
  markOnce('duckdb-ready');
  return database;
}

let shared: Promise<Database> | undefined;
let running: Worker | undefined;

/** Ends the page-wide DuckDB, however busy (a runaway query cannot be interrupted inside the worker); the next question starts a new one. */
export function restartBrowserDatabase(): void {
  running?.terminate();
  running = undefined;
  shared = undefined;
}

/** The page-wide DuckDB with the published extracts loaded; started on first use, and again after a failed start. */
export function browserDatabase(): Promise<Database> {
  shared ??= open().catch((e) => {
    shared = undefined;
    throw e;
  });
  return shared;
}

// `npm run bench` drives the same engine through this handle once a page has loaded DuckDB.
(globalThis as { __oppvekstDatabase?: () => Promise<Database> }).__oppvekstDatabase = browserDatabase;
