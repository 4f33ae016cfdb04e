// The one interface pages, queries, scripts and tests use to ask DuckDB questions.
import { DataType } from 'apache-arrow';

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
export function plainRows<T>(table: ArrowTable): T[] {
  const convert = converters(table.schema?.fields ?? []);
  return table.toArray().map((row) => {
    const obj = row.toJSON();
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (v == null) continue;
      if (typeof v === 'bigint') obj[key] = Number(v);
      else if (convert[key]) obj[key] = convert[key](v);
    }
    return obj as T;
  });
}

/** What plainRows needs of an Arrow table; `schema` tells DECIMAL and date columns apart. */
interface ArrowTable {
  schema?: { fields: { name: string; type: DataType }[] };
  toArray(): { toJSON(): Record<string, unknown> }[];
}

// Free SQL returns types the typed extracts never do: DECIMAL (a literal such as 42.1 is one) arrives as an
// unscaled big number (421), DATE and TIMESTAMP as epoch milliseconds.
function converters(fields: { name: string; type: DataType }[]): Record<string, (v: unknown) => unknown> {
  const out: Record<string, (v: unknown) => unknown> = {};
  for (const { name, type } of fields) {
    if (DataType.isDecimal(type)) out[name] = (v) => Number(String(v)) / 10 ** type.scale;
    else if (DataType.isDate(type)) out[name] = (v) => new Date(Number(v)).toISOString().slice(0, 10);
    else if (DataType.isTimestamp(type))
      out[name] = (v) =>
        new Date(Number(v))
          .toISOString()
          .replace('T', ' ')
          .replace(/\.000Z$|Z$/, '');
  }
  return out;
}
