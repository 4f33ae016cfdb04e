// The build's DuckDB: the published extracts in duckdb-wasm's Node build, opened once per build.
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';

let shared: Promise<Database> | undefined;

/** The Node DuckDB that prerendering queries; the same SQL the browser runs. */
export function buildDatabase(): Promise<Database> {
  shared ??= openNodeExtracts().then(answeredOnce);
  return shared;
}

/**
 * Nothing changes the build's tables, so a question asked again (every indicator and goal page computes the goal
 * statuses) is answered from the first answer; each caller gets its own copy to do with as it likes.
 */
function answeredOnce(db: Database): Database {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    all<T>(sql: string, params: unknown[] = []) {
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      if (!answers.has(key)) answers.set(key, db.all(sql, params));
      return answers.get(key)!.then((rows) => structuredClone(rows) as T[]);
    },
    exec: (sql) => {
      answers.clear();
      return db.exec(sql);
    },
    registerText: (name, text) => db.registerText(name, text)
  };
}

/**
 * OPPVEKST_DUCKDB_FIRST=1 builds the benchmark baseline: pages hold no rows, so every number and chart
 * waits for DuckDB-wasm in the browser. Never the default.
 */
export const duckdbFirst = () => process.env.OPPVEKST_DUCKDB_FIRST === '1';
