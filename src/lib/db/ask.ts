// Asks DuckDB-wasm in the browser, loading it on first use only: nothing waits for it on first paint.
import type { Database } from './database';

/** Runs `question` on the browser's DuckDB (started on the first call; later calls reuse it). */
export async function askBrowser<T>(question: (db: Database) => Promise<T>): Promise<T> {
  const { browserDatabase } = await import('./browser');
  return question(await browserDatabase());
}
