// An analyst's own SQL on the SQL page: run only when the read-only guard accepts it, the table's share cut to size.
import type { Database } from '$lib/db/database';
import { readOnly } from './readOnly';

/** Rows the page's table shows; one more is asked for, to know whether there are more. */
export const TABLE_ROWS = 1000;
/** Characters of a text cell the table shows; the CSV keeps the whole text. */
export const CELL_CHARS = 500;

/** What a query gave for the table: at most TABLE_ROWS rows (text cut to CELL_CHARS + 1), whether more exist; or why it was refused. */
export type Answer =
  | { kind: 'rows'; columns: string[]; rows: Record<string, unknown>[]; more: boolean }
  | { kind: 'refused'; message: string };

/**
 * Runs `text` when it is one reading statement, as `SELECT … FROM (text) LIMIT 1001` so that a huge result is never
 * materialised for a table of 1 000; DuckDB's own errors are thrown unchanged, after a rollback.
 */
export async function analystQuery(db: Database, text: string): Promise<Answer> {
  const check = readOnly(text);
  if (!check.ok) return { kind: 'refused', message: check.message };
  return safely(db, async () => {
    const described = await describe(db, check.sql);
    const select = described
      ? described.map(({ name, text }) => (text ? `left(${quote(name)}, ${CELL_CHARS + 1})` : quote(name)))
      : ['*'];
    const rows = await db.all(`SELECT ${select.join(', ')} FROM (${check.sql}\n) LIMIT ${TABLE_ROWS + 1}`);
    const columns = described?.map((c) => c.name) ?? (rows.length ? Object.keys(rows[0]) : []);
    // left() renames a column: the table keys rows by the query's own names
    const named = described
      ? rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, Object.values(r)[i]])))
      : rows;
    return { kind: 'rows', columns, rows: named.slice(0, TABLE_ROWS), more: rows.length > TABLE_ROWS };
  });
}

/** Every row of `text`, uncut, for the CSV download; null when the guard refuses it. */
export async function analystRows(db: Database, text: string): Promise<Record<string, unknown>[] | null> {
  const check = readOnly(text);
  return check.ok ? safely(db, () => db.all(check.sql)) : null;
}

// duckdb-wasm can leave a failed statement's transaction open («cannot start a transaction within a transaction»
// on the next one): roll it back, and ignore that there may be none.
async function safely<T>(db: Database, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

// DESCRIBE names the columns and types without running the query; DESCRIBE and SUMMARIZE cannot be described in turn.
async function describe(db: Database, sql: string): Promise<{ name: string; text: boolean }[] | null> {
  try {
    return (await db.all<{ column_name: string; column_type: string }>(`DESCRIBE ${sql}`)).map((c) => ({
      name: c.column_name,
      text: c.column_type === 'VARCHAR'
    }));
  } catch {
    await db.exec('ROLLBACK').catch(() => undefined);
    return null;
  }
}
