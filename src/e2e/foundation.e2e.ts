// The foundation as a user meets it: front page → grunnskolepoeng → chart, table, added municipality; axe on each page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, start, type Session } from './browser';

let s: Session;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s?.close(); });

describe('front page', () => {
  test('shows every family with Porsgrunn, county and Norway, and links to grunnskolepoeng', async () => {
    const page = await s.open('/');
    expect(await page.locator('h1').count()).toBe(1);
    const families = await page.locator('main h2').allTextContents();
    expect(families).toEqual(['Levekår', 'Psykisk helse', 'Skoleresultater', 'Trivsel og skolemiljø', 'Barnevern']);
    const row = page.locator('tr', { has: page.locator('a[href="/indikator/grunnskolepoeng"]') });
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d{4}-\d{4}$/);
    expect(cells[1]).toMatch(/^\d\d,\d\u00a0poeng$/);
    expect(await axeViolations(page)).toEqual([]);
    await row.locator('a').click();
    await page.waitForURL('**/indikator/grunnskolepoeng');
    await page.locator('figure svg[aria-label]').waitFor();
    expect(s.errors).toEqual([]);
  });

  test('holds its numbers in the HTML before any JavaScript runs', async () => {
    const html = await (await fetch(`${s.url}/indikator/grunnskolepoeng`)).text();
    expect(html).toContain('42,1');
    const front = await (await fetch(`${s.url}/`)).text();
    expect(front).toMatch(/Barn med barnevernstiltak|barnevern/i);
  });
});

describe('indicator page', () => {
  test('draws Porsgrunn, Telemark and Norway and lists 42,1 for 2020-2022 in the table', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    const lines = page.locator('figure svg g[aria-label="line"] path');
    await expect.poll(() => lines.count()).toBe(3);
    expect(await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')))).toEqual(['Telemark', 'Norge', 'Porsgrunn']);
    expect(await lines.evaluateAll((ps) => ps.every((p) => (p.getAttribute('d') ?? '').length > 20))).toBe(true);
    const row = page.locator('table tr', { has: page.locator('th', { hasText: /^2020-2022$/ }) });
    expect(await row.locator('td').first().textContent()).toContain('42,1');
    expect(await row.textContent()).toContain('43,3');
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/Porsgrunn er (bedre|dårligere|likt)/);
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('shows a suppressed value as a gap with its note, never as 0', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    await page.selectOption('select', 'foreldre: videregående');
    const row = page.locator('table tr', { has: page.locator('th', { hasText: /^2014-2016$/ }) });
    await expect.poll(() => row.locator('td').first().textContent()).toContain('–');
    expect(await page.locator('figcaption').textContent()).toContain('ikke vist (skjermet eller mangler)');
  });

  test('adds Skien through DuckDB-wasm in the browser', async () => {
    const page = await s.open('/indikator/mobbing_7');
    await page.locator('summary', { hasText: 'Sammenlign' }).click();
    await page.getByLabel('Skien').check();
    await expect.poll(() => page.locator('[role=status]').textContent(), { timeout: 30_000 }).toContain('4 områder');
    await expect.poll(() => page.locator('figure svg g[aria-label="line"] path').count()).toBe(4);
    expect(await page.locator('table thead').textContent()).toContain('Skien');
    expect(s.errors).toEqual([]);
  });
});

describe('about the data', () => {
  test('names sources, licences and the regional reforms, with no axe violations', async () => {
    const page = await s.open('/om-dataene');
    const text = await page.locator('main').textContent();
    expect(text).toContain('NLOD 2.0');
    expect(text).toContain('Vestfold og Telemark (38)');
    expect(await axeViolations(page)).toEqual([]);
  });
});
