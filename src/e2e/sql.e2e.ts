// The SQL page as an analyst meets it: a query answered in nb-NO numbers, a write refused, DuckDB's errors shown, CSV out.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CELL_CHARS } from '$lib/queries/analystQuery';
import { keyboardWalk, start, type Session } from './browser';

let s: Session;
let page: Page;
beforeAll(async () => {
  s = await start();
  page = await s.open('/sql');
  await page
    .locator('aside[aria-busy="false"] details summary', { hasText: 'observation' })
    .waitFor({ timeout: 60_000 });
});
afterAll(async () => {
  await s?.close();
});

const POINT = `SELECT geo, period, value FROM observation
  WHERE geo = '4001' AND indicator = 'grunnskolepoeng' AND period = '2020-2022' AND breakdown = 'alle'`;

// A cross join of 10^10 rows: minutes of work for DuckDB, so only a stop ends it.
const SLOW = 'SELECT count(*) AS n FROM range(100000) a, range(100000) b WHERE a.range + b.range = -1';

/** Types `sql` into the box and runs it with Ctrl+Enter, as a keyboard user would. */
async function run(sql: string) {
  await page.getByLabel('Spørring (SQL)').fill(sql);
  await page.getByLabel('Spørring (SQL)').press('Control+Enter');
}

describe('the SQL page', () => {
  test('lists the tables with their columns and types', async () => {
    const observation = page.locator('aside details', { hasText: 'observation' });
    expect(await observation.locator('li').allTextContents()).toContain('geo VARCHAR');
    expect(await page.locator('aside summary').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('geography')])
    );
  });

  test('answers a SELECT with 42,1 in the table and announces the row count', async () => {
    await run(POINT);
    await expect.poll(() => page.locator('[role=status]').textContent()).toBe('1 rad.');
    expect(await page.locator('main table caption').textContent()).toBe('Resultat: 1 rad');
    expect(await page.locator('main table thead th').allTextContents()).toEqual(['geo', 'period', 'value']);
    expect(await page.locator('main table tbody td').allTextContents()).toEqual([
      '4001',
      '2020-2022',
      '42,1'
    ]);
  });

  test('refuses DROP TABLE in an alert and leaves the data as it was', async () => {
    await run('DROP TABLE observation');
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('«DROP» endrer databasen');
    expect(await page.locator('main table').count()).toBe(0);
    await run(POINT);
    await expect
      .poll(() => page.locator('main table tbody td').allTextContents())
      .toEqual(['4001', '2020-2022', '42,1']);
    expect(await page.locator('[role=alert]').textContent()).toBe('');
  });

  test("shows DuckDB's own error for a table that does not exist", async () => {
    await run('SELECT * FROM nope');
    await expect
      .poll(() => page.locator('[role=alert]').textContent())
      .toContain('Table with name nope does not exist');
    expect(await page.locator('[role=alert] h3').textContent()).toBe('Feil fra DuckDB');
    expect(await page.locator('[role=alert] pre').textContent()).toMatch(
      /^Catalog Error: Table with name nope does not exist/
    );
    expect(await page.locator('[role=status]').textContent()).toBe('Spørringen feilet.');
  });

  test('fills the box from an example and downloads every row as CSV with a dot decimal', async () => {
    await page.getByRole('button', { name: 'Grunnskolepoeng over tid' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sql');
    await page.getByRole('button', { name: 'Kjør', exact: true }).click();
    await expect
      .poll(() => page.locator('main table caption').textContent())
      .toMatch(/^Resultat: \d+ rader$/);
    expect(await page.locator('main table tbody').textContent()).toContain('42,1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned resultatet (CSV)' }).click()
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString();
    expect(download.suggestedFilename()).toBe('sql-resultat.csv');
    expect(csv.split('\n')[0]).toBe('periode,område,poeng');
    expect(csv).toContain('"2020-2022","Porsgrunn",42.1\n');
    expect(csv).not.toContain('42,1');
    expect(s.errors).toEqual([]);
  });

  test('shows 1 000 rows of range(20 000 000) at once, says there are more, and cuts a 100 MB cell', async () => {
    await run('SELECT * FROM range(20000000)');
    await expect
      .poll(() => page.locator('[role=status]').textContent(), { timeout: 30_000 })
      .toBe('Mer enn 1000 rader. Tabellen viser de første 1000; CSV-filen har alle.');
    expect(await page.locator('main table tbody tr').count()).toBe(1000);
    await run("SELECT repeat('x', 100000000) AS x, 2 AS n");
    await expect
      .poll(() => page.locator('main table tbody td').allTextContents(), { timeout: 30_000 })
      .toEqual([`${'x'.repeat(CELL_CHARS)} … (avkortet)`, '2']);
  });

  test('the CSV keeps a long cell whole', async () => {
    await run("SELECT repeat('ab', 5000) AS t");
    await expect.poll(() => page.locator('[role=status]').textContent(), { timeout: 30_000 }).toBe('1 rad.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned resultatet (CSV)' }).click()
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(`t\n"${'ab'.repeat(5000)}"\n`);
  });

  test('a failed statement is rolled back: the next query runs', async () => {
    await run("SELECT 'a'::INTEGER AS n");
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('Could not convert');
    await run(POINT);
    await expect
      .poll(() => page.locator('main table tbody td').allTextContents())
      .toEqual(['4001', '2020-2022', '42,1']);
  });

  test('«Stopp» ends a runaway query and a new DuckDB answers the next one', async () => {
    await run(SLOW);
    await page.getByRole('button', { name: 'Stopp' }).click();
    expect(await page.locator('[role=status]').textContent()).toBe('Spørringen ble stoppet.');
    expect(await page.getByRole('button', { name: 'Stopp' }).count()).toBe(0);
    await run(POINT);
    await expect
      .poll(() => page.locator('main table tbody td').allTextContents(), { timeout: 60_000 })
      .toEqual(['4001', '2020-2022', '42,1']);
  });

  test('a query running past the 20 s limit is stopped, and the next one runs', async () => {
    await run(SLOW);
    await expect
      .poll(() => page.locator('[role=status]').textContent(), { timeout: 45_000 })
      .toBe('Spørringen ble stoppet etter 20 sekunder (tidsgrensen).');
    await run(POINT);
    await expect
      .poll(() => page.locator('main table tbody td').allTextContents(), { timeout: 60_000 })
      .toEqual(['4001', '2020-2022', '42,1']);
    expect(s.errors).toEqual([]);
  });

  test('works by keyboard alone: Tab reaches everything with visible focus, Ctrl+Enter runs', async () => {
    const fresh = await s.open('/sql');
    await fresh.locator('aside[aria-busy="false"] details').first().waitFor({ timeout: 60_000 });
    const walk = await keyboardWalk(fresh);
    expect(walk.reached.filter((r) => r.includes(':textarea:'))).toHaveLength(1);
    expect([...walk.reached].sort()).toEqual([...walk.expected].sort());
    expect(walk.invisibleFocus).toEqual([]);
    await fresh.reload();
    await fresh.locator('aside[aria-busy="false"] details').first().waitFor({ timeout: 60_000 });
    for (let i = 0; i < 20 && (await fresh.evaluate(() => document.activeElement?.id)) !== 'sql'; i++)
      await fresh.keyboard.press('Tab');
    await fresh.keyboard.press('Control+A');
    await fresh.keyboard.type("SELECT name FROM geography WHERE code = '4001'");
    await fresh.keyboard.press('Control+Enter');
    await expect.poll(() => fresh.locator('main table tbody td').allTextContents()).toEqual(['Porsgrunn']);
    await fresh.close();
  });
});
