// Every example on the SQL page passes the guard and returns rows from the real extracts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { analystQuery } from '$lib/queries/analystQuery';
import { EXAMPLES } from './examples';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

test.each(EXAMPLES)('«$label» runs and returns rows', async ({ sql }) => {
  const answer = await analystQuery(db, sql);
  expect(answer.kind === 'rows' ? answer.rows.length : answer.message).toBeGreaterThan(0);
});

test('«Porsgrunns nyeste tall» gives one row per indicator with rows, with grunnskolepoeng in it', async () => {
  const answer = await analystQuery(db, EXAMPLES[0].sql);
  const rows = answer.kind === 'rows' ? answer.rows : [];
  // Registered series not fetched yet (catalogue/oppfolging.ts) have no rows and so no newest value.
  const indicators = await db.all('SELECT DISTINCT indicator FROM observation');
  expect(rows.length).toBeGreaterThan(indicators.length - 3);
  expect(rows.length).toBeLessThanOrEqual(indicators.length);
  expect(rows.find((r) => r.indikator === 'Grunnskolepoeng')?.verdi).toEqual(expect.any(Number));
});
