// WCAG 2.1 AA as far as a machine can check it: axe, 320 px reflow, fonts, keyboard-only use, and print.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  keyboardWalk,
  pdfPageCount,
  renderedFonts,
  browserForTests,
  visibleCount
} from './browser';

const PAGES = [
  '/',
  '/indikator/grunnskolepoeng',
  '/mal',
  '/mal/fp-utfordring-skolemiljo',
  '/last-inn',
  '/sql',
  '/om-dataene',
  '/tilgjengelighet',
  '/profil',
  '/tema/skolemiljo'
];
const SERIF = /serif|times|georgia|garamond|cambria/i;
const isSerif = (family: string) => SERIF.test(family) && !/sans/i.test(family);

const s = browserForTests();

/** Opens a page and waits until it is hydrated, its charts drawn and its fonts loaded. */
async function ready(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await s.open(path, viewport);
  await page.waitForLoadState('networkidle');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  // A region still filling in (the SQL page's table list while DuckDB starts) says so with aria-busy.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 60_000
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

describe('axe-core', () => {
  test.each(PAGES)('%s has no violations', async (path) => {
    const page = await ready(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('at 320 × 640 px', () => {
  test.each(PAGES)('%s has no horizontal page scroll and no serif text', async (path) => {
    const page = await ready(path, { width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The declared stacks: Inter first, and never a stack that could end in the browser's default serif.
    const stacks = await page.evaluate(() => [
      ...new Set(
        [
          document.body,
          ...document.querySelectorAll(
            'main h1, main h2, main p, main td, main th, main a, main li, button, summary, caption'
          )
        ].map((el) => getComputedStyle(el).fontFamily)
      )
    ]);
    for (const stack of stacks) expect(stack, stack).toMatch(/^"?Inter Variable"?,.*\bsans-serif$/);
    // The shipped font really loads (font-display: optional: a first view may keep the system sans-serif, so
    // nothing moves when it arrives; the next page has it from the cache), and no text is ever drawn in serif.
    expect((await renderedFonts(page, 'body, body *')).filter(isSerif)).toEqual([]);
    await page.goto(page.url());
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(
      await page.evaluate(
        () =>
          document.fonts.check('16px "Inter Variable"') &&
          [...document.fonts].some(
            (f) => f.family.replace(/"/g, '') === 'Inter Variable' && f.status === 'loaded'
          )
      )
    ).toBe(true);
    const drawn = await renderedFonts(page, 'body, body *');
    expect(drawn).toContain('Inter'); // the family name inside the font file
    expect(drawn.filter(isSerif)).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  test.each(['/', '/indikator/grunnskolepoeng', '/tema/skolemiljo', '/last-inn'])(
    '%s: skip link first, everything reachable by Tab, focus always visible',
    async (path) => {
      const page = await ready(path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('innhold');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
      await page.close();
      // Walk again from the top of a fresh load in a new tab: a reload would restore the scroll position, and
      // Chromium starts Tab from there (the build's charts are kept now, so nothing resets it).
      const fresh = await ready(path);
      const walk = await keyboardWalk(fresh);
      expect(walk.reached.length).toBeGreaterThan(10);
      expect([...walk.reached].sort()).toEqual([...walk.expected].sort());
      expect(walk.invisibleFocus).toEqual([]);
      await fresh.close();
    }
  );
});

describe('print', () => {
  test('/profil prints on two A4 pages at most (37 indicators: one line each, no row split)', async () => {
    const page = await ready('/profil');
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    await page.close();
  });

  test.each(['/indikator/grunnskolepoeng', '/mal/fp-utfordring-skolemiljo', '/tema/skolemiljo'])(
    '%s prints on at most four A4 pages',
    async (path) => {
      const page = await ready(path);
      const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      await page.close();
    }
  );

  test.each(['/profil', '/indikator/grunnskolepoeng', '/mal/fp-utfordring-skolemiljo'])(
    '%s in print media hides navigation and buttons, shows the heading and tables',
    async (path) => {
      const page = await ready(path);
      expect(await page.locator('button').first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header nav').isVisible()).toBe(false);
      expect(await page.locator('footer a').first().isVisible()).toBe(false);
      const buttons = await visibleCount(page.locator('button'));
      expect(buttons).toBe(0);
      expect(await visibleCount(page.locator('summary'))).toBe(0);
      expect(await page.locator('h1').isVisible()).toBe(true);
      const tables = page.locator('main table');
      expect(await tables.count()).toBeGreaterThan(0);
      expect(
        await tables.evaluateAll((els) => els.every((el) => (el as HTMLElement).checkVisibility()))
      ).toBe(true);
      expect(
        await page
          .locator('main td')
          .first()
          .evaluate((el) => getComputedStyle(el).borderTopStyle)
      ).toBe('solid');
      await page.close();
    }
  );
});

describe('Tilgjengelighetserklæring', () => {
  test('states every WCAG 2.1 A/AA criterion, how to report a problem and the supervisory authority', async () => {
    const page = await ready('/tilgjengelighet');
    const statuses = await page.locator('table tbody td.status').allTextContents();
    expect(statuses.length).toBe(50);
    for (const status of statuses) expect(['oppfylt', 'delvis', 'ikke vurdert']).toContain(status);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(1);
    expect(await page.locator('a[href*="uutilsynet.no"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toMatch(/\d{1,2}\. \w+ 20\d\d/);
    await page.goto(`${s.url}/`);
    await page.locator('footer a', { hasText: 'Tilgjengelighetserklæring' }).click();
    await page.waitForURL('**/tilgjengelighet');
    await page.close();
  });
});
