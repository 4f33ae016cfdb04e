import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeDatabase } from './node';
import { DIRECTORIES, extractPath, lockDown } from './lockdown';
import type { Database } from './database';

// The browser's settings on the same engine (duckdb-wasm's Node build): what /sql cannot reach.
describe('lockDown leaves DuckDB only the registered extracts and uploads', () => {
  let db: Database & { close(): void };
  beforeAll(async () => {
    db = await openNodeDatabase();
    await lockDown(db);
    await db.registerText(extractPath('a.csv'), 'x\n1\n');
    await db.registerText(`${DIRECTORIES.uploads}opplasting-1.csv`, 'x\n2\n');
  });
  afterAll(() => db.close());

  test('registered extracts and uploads are read', async () => {
    expect(await db.all(`SELECT x::INTEGER AS x FROM read_csv('/data/a.csv')`)).toEqual([{ x: 1 }]);
    expect(await db.all(`SELECT x::INTEGER AS x FROM read_csv('/uploads/opplasting-1.csv')`)).toEqual([
      { x: 2 }
    ]);
  });

  test.each([
    [`SELECT * FROM read_csv('https://example.com/x.csv')`, /Permission Error/],
    [`SELECT * FROM read_csv('/etc/passwd')`, /Permission Error/],
    [`SELECT * FROM read_csv('/data/../etc/passwd')`, /Permission Error/],
    [`SELECT json('{"a":1}')`, /exists in the json extension/],
    [`LOAD json`, /disabled through configuration/],
    [`SET enable_external_access = true`, /configuration has been locked/],
    [`SET autoload_known_extensions = true`, /configuration has been locked/],
    [`RESET lock_configuration`, /configuration has been locked/]
  ])('%s is refused', async (sql, error) => {
    await expect(db.all(sql)).rejects.toThrow(error);
  });
});
