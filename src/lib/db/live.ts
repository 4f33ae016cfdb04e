// Whether a page must ask DuckDB: when the build holds no rows (the benchmark baseline) or this browser holds uploaded data.
import type { Database } from './database';
import { askBrowser } from './ask';
import { hasUploads } from '$lib/upload/store';

/** DuckDB's answer when the build's view cannot stand (none built, or uploads kept here); null to keep the build's view. */
export async function liveView<T>(built: unknown, question: (db: Database) => Promise<T>): Promise<T | null> {
  if (built && !(await hasUploads())) return null;
  return askBrowser(question);
}
