// The SQL page's questions on the real extracts in the real DuckDB: what the guard lets through runs, the rest never does.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { analystQuery, analystRows, CELL_CHARS, TABLE_ROWS, type Answer } from './analystQuery';
import { tableColumns } from './tableColumns';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

const rows = (a: Answer) => (a.kind === 'rows' ? a.rows : []);
const count = async (table: string) =>
  (await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0].n;

describe('analystQuery', () => {
  test('returns Porsgrunn grunnskolepoeng 2020-2022 as 42.1 with its columns', async () => {
    const a = await analystQuery(
      db,
      `SELECT geo, period, value FROM observation
      WHERE indicator = 'grunnskolepoeng' AND geo = '4001' AND period = '2020-2022' AND breakdown = 'alle';`
    );
    expect(a).toEqual({
      kind: 'rows',
      columns: ['geo', 'period', 'value'],
      rows: [{ geo: '4001', period: '2020-2022', value: 42.1 }],
      more: false
    });
  });

  test.each([
    ["WITH p AS (SELECT * FROM observation WHERE geo = '4001') SELECT count(*) AS n FROM p", 'n'],
    ['FROM geography SELECT code, name', 'code'],
    ['-- every column\nDESCRIBE observation', 'column_name'],
    ['SUMMARIZE indicator', 'null_percentage'],
    ['/* note */ SELECT indicator, count(*) AS n FROM observation GROUP BY ALL', 'indicator']
  ])('runs %j and returns rows', async (text, column) => {
    const a = await analystQuery(db, text);
    expect(a.kind).toBe('rows');
    expect(rows(a).length).toBeGreaterThan(0);
    expect(a.kind === 'rows' && a.columns).toContain(column);
  });

  test('gives DECIMAL literals, dates and big counts as plain numbers and text', async () => {
    const a = await analystQuery(
      db,
      "SELECT 42.1 AS d, -1.25::DECIMAL(5,2) AS n, DATE '2024-01-02' AS day, 123456789012::BIGINT AS b"
    );
    expect(rows(a)).toEqual([{ d: 42.1, n: -1.25, day: '2024-01-02', b: 123456789012 }]);
  });

  test('names the columns of an empty result', async () => {
    const a = await analystQuery(db, 'SELECT code, name FROM geography WHERE false');
    expect(a).toEqual({ kind: 'rows', columns: ['code', 'name'], rows: [], more: false });
  });

  test.each([
    'DROP TABLE observation',
    'SELECT 1; DROP TABLE observation',
    'WITH t AS (SELECT 1) DELETE FROM observation',
    "WITH t AS (SELECT 'x' AS id) INSERT INTO goal(id) SELECT id FROM t"
  ])('refuses %j and leaves the data as it was', async (text) => {
    const before = [await count('observation'), await count('goal')];
    const a = await analystQuery(db, text);
    expect(a.kind).toBe('refused');
    expect([await count('observation'), await count('goal')]).toEqual(before);
  });

  test('asks for 1 001 rows only: range(20 000 000) gives the table 1 000 and says there are more', async () => {
    const a = await analystQuery(db, 'SELECT range AS i, range * 2 AS j FROM range(20000000) ORDER BY i');
    expect(a.kind === 'rows' && [a.rows.length, a.more, a.rows[0], a.rows.at(-1)]).toEqual([
      TABLE_ROWS,
      true,
      { i: 0, j: 0 },
      { i: 999, j: 1998 }
    ]);
  });

  test('cuts a long text cell for the table; the CSV rows keep it whole', async () => {
    const sql = "SELECT repeat('x', 100000) AS long, 'kort' AS short, 7 AS n";
    expect(rows(await analystQuery(db, sql))).toEqual([
      { long: 'x'.repeat(CELL_CHARS + 1), short: 'kort', n: 7 }
    ]);
    expect(await analystRows(db, sql)).toEqual([{ long: 'x'.repeat(100000), short: 'kort', n: 7 }]);
    expect(await analystRows(db, 'DROP TABLE goal')).toBeNull();
  });

  test('rolls back after a failed statement, so the next one runs (not «transaction is aborted»)', async () => {
    // an open transaction, as duckdb-wasm can leave one after a failure in the browser
    await db.exec('BEGIN TRANSACTION');
    await expect(analystQuery(db, "SELECT 'a'::INTEGER AS n")).rejects.toThrow(/Could not convert/);
    expect(rows(await analystQuery(db, 'SELECT 1 AS n'))).toEqual([{ n: 1 }]);
    await expect(db.exec('BEGIN TRANSACTION').then(() => db.exec('COMMIT'))).resolves.toBeUndefined();
  });

  test("throws DuckDB's own error for a table that does not exist", async () => {
    await expect(analystQuery(db, 'SELECT * FROM nope')).rejects.toThrow(
      /Table with name nope does not exist/
    );
  });
});

describe('tableColumns', () => {
  test('lists the five tables, observation first, with typed columns', async () => {
    const cols = await tableColumns(db);
    expect([...new Set(cols.map((c) => c.table))]).toEqual([
      'observation',
      'geography',
      'goal',
      'indicator',
      'plan_figure'
    ]);
    expect(
      cols
        .filter((c) => c.table === 'observation')
        .map((c) => `${c.column} ${c.type}`)
        .slice(0, 3)
    ).toEqual(['indicator VARCHAR', 'geo VARCHAR', 'period VARCHAR']);
    expect(cols.find((c) => c.table === 'indicator' && c.column === 'standardised')?.type).toBe('BOOLEAN');
  });
});
