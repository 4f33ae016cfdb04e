// Asks DuckDB-wasm in the browser, loading it on first use only: nothing waits for it on first paint.
import type { Database } from './database';

/** Runs `question` on the browser's DuckDB (started on the first call; later calls reuse it). */
export async function askBrowser<T>(question: (db: Database) => Promise<T>): Promise<T> {
  const { browserDatabase } = await import('./browser');
  return question(await browserDatabase());
}

/** Throws away the browser's DuckDB worker (a stuck query); the next askBrowser starts a fresh one with the same data. */
export async function restartBrowser(): Promise<void> {
  const { restartBrowserDatabase } = await import('./browser');
  restartBrowserDatabase();
}
