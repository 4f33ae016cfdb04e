// The build's DuckDB: the published extracts in duckdb-wasm's Node build, opened once per build.
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';

let shared: Promise<Database> | undefined;

/** The Node DuckDB that prerendering queries; the same SQL the browser runs. */
export function buildDatabase(): Promise<Database> {
  shared ??= openNodeExtracts();
  return shared;
}

/**
 * OPPVEKST_DUCKDB_FIRST=1 builds the benchmark baseline: pages hold no rows, so every number and chart
 * waits for DuckDB-wasm in the browser. Never the default.
 */
export const duckdbFirst = () => process.env.OPPVEKST_DUCKDB_FIRST === '1';
