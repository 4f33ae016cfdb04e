// The tables an analyst can query and their columns, for the list beside the SQL box.
import type { Database } from '$lib/db/database';

/** One column of a table in the database, with DuckDB's type name (VARCHAR, DOUBLE …). */
export interface TableColumn {
  table: string;
  column: string;
  type: string;
}

/** Every column of every table and view, observation first, then by table name; columns in table order. */
export function tableColumns(db: Database): Promise<TableColumn[]> {
  return db.all<TableColumn>(
    `SELECT table_name AS "table", column_name AS "column", data_type AS type
       FROM information_schema.columns
      ORDER BY table_name <> 'observation', table_name, ordinal_position`
  );
}
