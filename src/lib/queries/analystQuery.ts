// An analyst's own SQL on the SQL page: run only when the read-only guard accepts it.
import type { Database } from '$lib/db/database';
import { readOnly } from './readOnly';

/** What a query gave: every row (the page shows the first ones), column names in DuckDB's order; or why it was refused. */
export type Answer =
  { kind: 'rows'; columns: string[]; rows: Record<string, unknown>[] } | { kind: 'refused'; message: string };

/** Runs `text` when it is one reading statement; DuckDB's own errors are thrown unchanged, for the page to show. */
export async function analystQuery(db: Database, text: string): Promise<Answer> {
  const check = readOnly(text);
  if (!check.ok) return { kind: 'refused', message: check.message };
  const rows = await db.all(check.sql);
  return {
    kind: 'rows',
    columns: rows.length ? Object.keys(rows[0]) : await emptyColumns(db, check.sql),
    rows
  };
}

// With no rows there are no keys to read the columns from; DESCRIBE names them without running the query.
// DESCRIBE and SUMMARIZE cannot be described in turn, so those keep an empty header.
async function emptyColumns(db: Database, sql: string): Promise<string[]> {
  try {
    return (await db.all<{ column_name: string }>(`DESCRIBE ${sql}`)).map((c) => c.column_name);
  } catch {
    return [];
  }
}
