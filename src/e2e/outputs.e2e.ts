// What people copy, print and land on: the 404 page, the profile table and the barometer at every width, the printed map, pages without JavaScript.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, browserForTests } from './browser';

const s = browserForTests();

/** Cells whose text box reaches past the cell's own box (so over its neighbour), as «row: text» lines. */
function overflowingCells(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>(selector)) {
      const box = cell.getBoundingClientRect();
      // the phone layout keeps the header row for screen readers only, clipped to one pixel
      if (!cell.checkVisibility() || box.width < 2) continue;
      const range = document.createRange();
      range.selectNodeContents(cell);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
          out.push(
            `${cell.closest('tr')?.querySelector('th')?.textContent?.trim()}: ${cell.textContent?.trim()} (${Math.round(r.right - box.right)} px)`
          );
          break;
        }
      }
    }
    return out;
  }, selector);
}

/** Tables wider than the box they sit in, as «caption: table > box» lines. */
function tablesWiderThanTheirSection(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main table')]
      .filter((t) => t.checkVisibility() && t.offsetWidth > t.parentElement!.clientWidth + 1)
      .map(
        (t) =>
          `${t.querySelector('caption')?.textContent}: ${t.offsetWidth} > ${t.parentElement!.clientWidth}`
      )
  );
}

describe('404 page', () => {
  test('an unknown address answers 404 with the site header, menu, footer and a way back', async () => {
    const response = await fetch(`${s.url}/finnes/ikke`);
    expect(response.status).toBe(404);
    const page = await s.open('/finnes/ikke');
    expect(await page.locator('h1').textContent()).toBe('Fant ikke siden');
    expect(await page.locator('header.site nav a').count()).toBeGreaterThan(3);
    expect(await page.locator('footer.site').count()).toBe(1);
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    expect(await page.title()).toMatch(/^Fant ikke siden/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a link to an unknown address followed in the running site shows the same page in the layout', async () => {
    const page = await s.open('/om-dataene');
    await page.locator('html[data-hydrated]').waitFor();
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/indikator/finnes-ikke-heller';
      a.id = 'probe';
      a.textContent = 'probe';
      document.querySelector('main')!.append(a);
    });
    await page.locator('#probe').click();
    await page.locator('h1', { hasText: 'Fant ikke siden' }).waitFor();
    expect(await page.locator('header.site nav a').count()).toBeGreaterThan(3);
  });
});

describe('the /profil table and the front page barometer', () => {
  for (const path of ['/profil', '/'])
    for (const width of [390, 768, 1366]) {
      test(`${path} fits at ${width} px: no cell's text runs into the next, no table wider than its section, nothing scrolls sideways`, async () => {
        const page = await s.open(path, { width, height: 900 });
        await page.evaluate(() => document.fonts.ready);
        expect(await overflowingCells(page, 'main table td, main table th')).toEqual([]);
        expect(await tablesWiderThanTheirSection(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
});

test('printed on A4, the barometer and the profile stay tables that fit the page', async () => {
  for (const path of ['/', '/profil']) {
    const page = await s.open(path, { width: 1366, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const header = page.locator('main table.cards thead').first();
    expect(await header.evaluate((e) => getComputedStyle(e).position), path).not.toBe('absolute');
    expect(await tablesWiderThanTheirSection(page), path).toEqual([]);
    await page.close();
  }
});

describe('printed indicator page', () => {
  for (const width of [390, 1366]) {
    test(`drawn at ${width} px, printed on A4: the whole map with Porsgrunn inside its box, legend swatches small`, async () => {
      const page = await s.open('/indikator/grunnskolepoeng', { width, height: 900 });
      await page.locator('html[data-hydrated]').waitFor();
      const map = page.locator('figure.chart', { has: page.locator('svg[aria-label^="Kart"]') });
      await map.locator('svg[aria-label^="Kart"]:visible [aria-label="Porsgrunn"]').waitFor();
      // A4 less 12 mm margins is about 703 CSS px; print styles apply, the chart stays as it was drawn on screen.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 703, height: 1000 });
      const boxes = await map.evaluate((figure) => {
        const clip = figure.querySelector('.plot')!.getBoundingClientRect();
        // the drawing the printout shows (the build made one for a phone and one for a wide screen)
        const svg = [...figure.querySelectorAll('svg[aria-label^="Kart"]')].find(
          (s) => s.getClientRects().length
        )!;
        const shapes = [...svg.querySelectorAll('g[aria-label="geo"] path')].map((p) =>
          p.getBoundingClientRect()
        );
        const home = svg.querySelector('[aria-label="Porsgrunn"]')!.getBoundingClientRect();
        const inside = (r: DOMRect) =>
          r.left >= clip.left - 1 &&
          r.right <= clip.right + 1 &&
          r.top >= clip.top - 1 &&
          r.bottom <= clip.bottom + 1;
        return {
          outside: shapes.filter((r) => !inside(r)).length,
          shapes: shapes.length,
          home: inside(home),
          swatch: Math.max(
            ...[...figure.querySelectorAll('svg:not([viewBox])')]
              .filter((s) => s.getClientRects().length)
              .map((s) => s.getBoundingClientRect().width)
          )
        };
      });
      expect(boxes.shapes).toBeGreaterThan(10);
      expect(boxes.home).toBe(true);
      expect(boxes.outside).toBe(0);
      expect(boxes.swatch).toBeLessThanOrEqual(20);
    });
  }
});

describe('pages without JavaScript, and hydration', () => {
  const PAGES = ['/', '/indikator/grunnskolepoeng', '/mal', '/tema/skolemiljo', '/profil', '/om-dataene'];

  test('no control that needs JavaScript shows when it is off; the tool pages say why they need it', async () => {
    const context = await s.context.browser()!.newContext({ javaScriptEnabled: false });
    const dead: string[] = [];
    for (const path of PAGES) {
      const page = await context.newPage();
      await page.goto(s.url + path);
      const controls = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'main button, main select, main input, main textarea, main details.picker'
          )
        ]
          .filter((e) => e.checkVisibility())
          .map((e) => `${e.tagName}:${(e.textContent ?? '').trim().slice(0, 30)}`)
      );
      dead.push(...controls.map((c) => `${path} ${c}`));
    }
    expect(dead).toEqual([]);
    for (const path of ['/sql', '/last-inn']) {
      const page = await context.newPage();
      await page.goto(s.url + path);
      expect(await page.locator('main p.noscript').textContent()).toMatch(/trenger JavaScript/);
    }
    await context.close();
  });

  test('no page warns hydration_mismatch in the console: charts, sparklines and the tool pages', async () => {
    const warnings: string[] = [];
    for (const path of [
      '/',
      '/mal',
      '/tema/skolemiljo',
      '/indikator/grunnskolepoeng',
      '/mal/fp-utfordring-skolemiljo',
      '/profil',
      '/om-dataene',
      '/sql',
      '/last-inn'
    ]) {
      // listening before the page loads: Svelte warns while it hydrates, before s.open would return
      const page = await s.context.newPage();
      page.on('console', (m) => {
        if (m.text().includes('hydration')) warnings.push(`${path}: ${m.text()}`);
      });
      await page.goto(s.url + path);
      await page.locator('html[data-hydrated]').waitFor();
      await page.waitForTimeout(300);
    }
    expect(warnings).toEqual([]);
  });
});

describe('map', () => {
  test('hovering Porsgrunn on the map shows its value in a tip', async () => {
    const page = await s.open('/indikator/grunnskolepoeng', { width: 390, height: 844 });
    await page.locator('html[data-hydrated]').waitFor();
    // the build's drawing: pointing at it brings the live chart with its tips
    const home = page.locator('svg[aria-label^="Kart"]:visible [aria-label="Porsgrunn"]');
    await home.waitFor();
    await home.scrollIntoViewIfNeeded();
    const box = (await home.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('svg[aria-label^="Kart"] g[aria-label="tip"]');
    await expect.poll(() => tip.textContent()).toMatch(/Porsgrunn: \d\d,\d\u00a0poeng/);
  });
});
