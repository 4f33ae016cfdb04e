// While this browser holds an upload, every page (and its printout) says so and marks each value, summary and status built on it with †.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { start, type Session } from './browser';
import { FIXTURES } from '../lib/dataset/fixtures/corpus';

let s: Session;
beforeAll(async () => {
  s = await start();
  // A revised FHI file (test data: Porsgrunn's 2024 barnevern value 2,7 → 2,9 %), accepted on «Last inn data».
  const page = await s.open('/last-inn');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await page.setInputFiles('#filer', resolve(FIXTURES, 'testdata-fhi-337-revidert.json'));
  await page.getByRole('button', { name: 'Godta og last inn' }).click({ timeout: 30_000 });
  await page
    .locator('#opplasting-status', { hasText: 'Lastet inn testdata-fhi-337-revidert.json' })
    .waitFor({ timeout: 30_000 });
  await page.close();
});
afterAll(async () => {
  await s?.close();
});

const NOTICE = /Viser opplastede tall som ikke er publisert: «testdata-fhi-337-revidert\.json»/;

/** Opens a page and waits until the notice is there (the page has read this browser's uploads). */
async function visit(path: string): Promise<Page> {
  const page = await s.open(path);
  await expect
    .poll(() => page.locator('main [role=note]').textContent(), { timeout: 30_000 })
    .toMatch(NOTICE);
  expect(await page.locator('main [role=note] a').getAttribute('href')).toBe('/last-inn');
  return page;
}

/** Text of the first element matching `selector` that mentions the indicator, once DuckDB's answer is in. */
const text = (page: Page, selector: string, has = 'Barn med barnevernstiltak') =>
  page.locator(selector, { hasText: has }).first().textContent();

describe('uploaded figures are marked everywhere', () => {
  test('the front page: the notice, and † on the uploaded value and its verdict', async () => {
    const page = await visit('/');
    await expect.poll(() => text(page, 'tr'), { timeout: 30_000 }).toMatch(/2,9\s%†\s*\(opplastet\)/);
    // A value nobody uploaded stays unmarked.
    expect(await text(page, 'tr', 'Grunnskolepoeng')).not.toContain('†');
  });

  test('the theme page: † on the value in its card', async () => {
    const page = await visit('/tema/barnevern');
    const card = page.locator('article', { hasText: 'Barn med barnevernstiltak' }).first();
    await expect
      .poll(() => card.locator('.values .home dd').textContent(), { timeout: 30_000 })
      .toMatch(/^2,9\s%†/);
  });

  test('the indicator page: † in the table, the summary and the goal statuses', async () => {
    const page = await visit('/indikator/barnevern_tiltak_0_17');
    await expect.poll(() => page.locator('p.summary').textContent(), { timeout: 30_000 }).toMatch(/†/);
    expect(
      await page.locator('section, main').first().locator('li .badge + .uploaded').count()
    ).toBeGreaterThan(0);
  });

  test('a goal page and the goals list: the status built on the upload carries †', async () => {
    const goal = await visit('/mal/fp-utfordring-barnevern');
    await expect
      .poll(
        () =>
          goal
            .locator('main p', { has: goal.locator('.badge') })
            .first()
            .textContent(),
        { timeout: 30_000 }
      )
      .toMatch(/†/);
    const goals = await visit('/mal');
    await expect
      .poll(
        () =>
          goals.locator('li', { has: goals.locator('a[href="/mal/fp-utfordring-barnevern"]') }).textContent(),
        {
          timeout: 30_000
        }
      )
      .toMatch(/†/);
    expect(
      await goals
        .locator('li', { has: goals.locator('a[href="/mal/fp-utfordring-skolemiljo"]') })
        .textContent()
    ).not.toMatch(/†/);
  });

  test('the profile and its printout: the notice is printed, and the challenge and the value carry †', async () => {
    const page = await visit('/profil');
    await expect.poll(() => text(page, 'tr'), { timeout: 30_000 }).toMatch(/2,9\s%†/);
    await expect
      .poll(
        () =>
          page
            .locator('.challenges li', { has: page.locator('a[href="/mal/fp-utfordring-barnevern"]') })
            .textContent(),
        {
          timeout: 30_000
        }
      )
      .toMatch(/†/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main [role=note]').isVisible()).toBe(true);
  });

  test('an upload of a newer period for home alone leaves the ranking and map on the newest period with enough municipalities, and says so', async () => {
    // The newest barnevern year in the published extract, read from it; the upload adds the year after (test data).
    const newest = Math.max(
      ...readFileSync('data/barnevern.csv', 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('barnevern_tiltak_0_17,4001,'))
        .map((l) => Number(l.split(',')[3]))
    );
    const file = join(mkdtempSync(join(tmpdir(), 'oppvekst-')), 'testdata-nyere-aar.csv');
    writeFileSync(file, `indicator,geo,period,value\nbarnevern_tiltak_0_17,4001,${newest + 1},3.3\n`);
    const upload = await s.open('/last-inn');
    await upload.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await upload.waitForLoadState('networkidle');
    await upload.setInputFiles('#filer', file);
    await upload.getByRole('button', { name: 'Godta og last inn' }).click({ timeout: 30_000 });
    await upload
      .locator('#opplasting-status', { hasText: 'Lastet inn testdata-nyere-aar.csv' })
      .waitFor({ timeout: 30_000 });
    const page = await s.open('/indikator/barnevern_tiltak_0_17');
    await expect
      .poll(() => page.locator('p.older').textContent(), { timeout: 30_000 })
      .toMatch(
        new RegExp(
          `viser ${newest}, den nyeste perioden med tall for nok kommuner: ${newest + 1} har tall\\s+for\\s+for\\s+få\\s+kommuner`
        )
      );
    expect(
      await page.getByText(new RegExp(`I ${newest} var Porsgrunn nummer \\d+ av \\d+ kommuner`)).count()
    ).toBe(1);
    expect(await page.locator('figure svg, .pair svg').count()).toBeGreaterThanOrEqual(2);
  });
});
