// Another municipality end to end: OPPVEKST_KOMMUNE=4003 builds a Skien dashboard into its own directory
// (build/ stays Porsgrunn's for the other browser tests); an unknown code stops the build with a clear message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, start, type Session } from './browser';

/** `vite build` with the given settings, as a person runs it (no test-runner environment). */
function build(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|TEST)/.test(k))
  );
  return spawnSync('npx', ['--no-install', 'vite', 'build'], { env: { ...clean, ...env }, encoding: 'utf8' });
}

const out = mkdtempSync(join(tmpdir(), 'oppvekst-skien-'));
let s: Session;
beforeAll(async () => {
  const result = build({ OPPVEKST_KOMMUNE: '4003', OPPVEKST_BUILD_DIR: out });
  if (result.status !== 0) throw new Error(`Bygget for 4003 feilet:\n${result.stderr.slice(-3000)}`);
  s = await start(out);
});
afterAll(async () => {
  await s?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Visible text of the page's main content and navigation, and every link target. */
const visible = (page: Page) => page.locator('body').innerText();
const links = (page: Page) =>
  page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
const PLAN_CLAIMS =
  /Forebyggende plan|Utfordringsbildet|Hovedutfordringene i planen|Mål i planene|I planen \(2023\)/;

describe('a build for 4003 Skien', () => {
  test('names Skien in the prerendered HTML: title, h1, table columns, and the trend chart as static SVG', async () => {
    const front = await (await fetch(`${s.url}/`)).text();
    expect(front).toContain('<title>Oppvekstmonitor – Skien</title>');
    expect(front).toMatch(/<h1[^>]*>Hvordan har barn og unge i Skien det\?<\/h1>/);
    expect(front).not.toContain('href="/mal"');
    const html = await (await fetch(`${s.url}/indikator/grunnskolepoeng`)).text();
    const chart = html.slice(
      html.indexOf('id="trend"'),
      html.indexOf('</figure>', html.indexOf('id="trend"'))
    );
    expect(chart).toMatch(/<svg[^>]*aria-label="Grunnskolepoeng"/);
    // drawn twice, for a phone and for a wide screen (CSS shows one): three lines in each
    const drawings = chart.split('<div class="drawn ').slice(1);
    expect(drawings.map((d) => d.match(/<svg[^>]*width="(\d+)"/)?.[1])).toEqual(['360', '900']);
    for (const d of drawings)
      expect(d.match(/<path[^>]*aria-label="(Skien|Telemark|Norge)"/g)?.length).toBe(3);
    expect(chart).not.toContain('aria-label="Porsgrunn"');
    expect(html).toMatch(/<h2[^>]*>Skien blant kommunene i Telemark<\/h2>/);
  });

  test('the hydrated app agrees: a client-side visit to an indicator shows Skien in the table, ranking and map', async () => {
    const page = await s.open('/');
    expect(await page.locator('h1').textContent()).toBe('Hvordan har barn og unge i Skien det?');
    const nav = await page.locator('nav[aria-label="Hovedmeny"] a').allTextContents();
    expect(nav).not.toContain('Mål'); // Porsgrunn's plans only in Porsgrunn's build
    expect(nav).toEqual(expect.arrayContaining(['Forside', 'Profil', 'Om dataene']));
    expect(await page.locator('table th.num', { hasText: /^Skien$/ }).count()).toBe(5);
    // a click is a client-side navigation: the page is drawn by the browser bundle's HOME, not the HTML's
    await page.locator('a[href="/indikator/grunnskolepoeng"]').first().click();
    await page.waitForURL('**/indikator/grunnskolepoeng');
    await page.locator('#trend svg[aria-label]:visible').waitFor();
    const headers = await page.locator('[aria-label^="Datatabell"] thead th').allTextContents();
    expect(headers).toEqual(['Periode', 'Skien', 'Telemark', 'Norge']);
    expect(await page.locator('[aria-label^="Datatabell"] thead th.home').textContent()).toBe('Skien');
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/ Skien er (bedre|dårligere|likt)/);
    expect(await page.locator('svg [aria-label="line"] path[aria-label="Skien"]').count()).toBe(1);
    // ranking: the one large diamond and the highlighted table row; map: the thick outline
    expect(await page.locator('svg [aria-label="dot"] [aria-label="Skien"]').count()).toBe(1);
    expect(await page.locator('tr.home th').allTextContents()).toEqual(['Skien']);
    expect(
      await page
        .locator('svg g[stroke-width="3"] path')
        .evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')))
    ).toEqual(['Skien']);
    expect(await page.locator('figcaption', { hasText: 'har tykk kant' }).textContent()).toContain(
      'Skien har tykk kant'
    );
    expect(s.errors).toEqual([]);
  });

  test("claims none of Porsgrunn's plan goals for Skien and links to no goal page", async () => {
    for (const path of [
      '/',
      '/profil',
      '/indikator/grunnskolepoeng',
      '/indikator/mobbing_7',
      '/tema/levekar'
    ]) {
      const page = await s.open(path);
      await page.locator('h1').waitFor();
      expect(await visible(page), path).not.toMatch(PLAN_CLAIMS);
      expect(
        (await links(page)).filter((h) => h.startsWith('/mal')),
        path
      ).toEqual([]);
      await page.close();
    }
    const profile = await s.open('/profil');
    expect(await profile.locator('h1').textContent()).toBe('Oppvekstprofil for Skien');
    const goals = await s.open('/mal');
    expect(await goals.locator('main').innerText()).toContain('Det er ikke lastet inn noen plan for Skien');
    expect(await goals.locator('main a[href^="/mal/"]').count()).toBe(0);
    expect(await axeViolations(goals)).toEqual([]);
    expect((await fetch(`${s.url}/mal/fp-utfordring-levekar`)).status).toBe(404);
    expect(s.errors).toEqual([]);
  });
});

test('an unknown kommunenummer stops the build with a Norwegian message naming the setting and the value', () => {
  const result = build({ OPPVEKST_KOMMUNE: '0301', OPPVEKST_BUILD_DIR: join(out, 'never') });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain(
    'OPPVEKST_KOMMUNE=0301: kommunenummeret finnes ikke i data/geographies.csv'
  );
});
