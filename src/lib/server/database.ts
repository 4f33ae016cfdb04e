// The build's DuckDB: the published extracts in duckdb-wasm's Node build, opened once per build.
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';

let shared: Promise<Database> | undefined;

/** The Node DuckDB that prerendering queries; the same SQL the browser runs. */
export function buildDatabase(): Promise<Database> {
  shared ??= openNodeExtracts();
  return shared;
}
