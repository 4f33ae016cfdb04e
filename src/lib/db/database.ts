// The one interface pages, queries, scripts and tests use to ask DuckDB questions.

/** A DuckDB connection (browser worker or Node blocking build) behind one async API. */
export interface Database {
  /** Runs one statement with bound `?` parameters and returns its rows as plain objects. */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs statements that return nothing useful (DDL). */
  exec(sql: string): Promise<void>;
  /** Makes `text` readable by read_csv under `name` (uploads, benchmarks). */
  registerText(name: string, text: string): Promise<void>;
}

/** Arrow rows → plain objects; BIGINT should never reach here (columns are typed), but guard anyway. */
export function plainRows<T>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): T[] {
  return table.toArray().map((row) => {
    const obj = row.toJSON();
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (typeof v === 'bigint') obj[key] = Number(v);
    }
    return obj as T;
  });
}
