// A page that holds still while it loads: the build's chart drawings are kept where they fit the screen (no redraw,
// no Plot, nothing moves), a late web font moves no text, and a chart is drawn live when it no longer fits or the
// reader points at it.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';
import { FAMILIES } from '../lib/dataset/schema';

const s = browserForTests();

/** An indicator with more than one breakdown (the first by name), read from the data. */
const withBreakdowns = (() => {
  const rows = FAMILIES.flatMap((f) => csvRows(`data/${f.id}.csv`));
  const ids = [...new Set(rows.map((r) => r.indicator))].sort();
  return ids.find((id) => new Set(rows.filter((r) => r.indicator === id).map((r) => r.breakdown)).size > 1)!;
})();

/** Opens `path` with the web font held back `fontDelay` ms, recording every layout shift from the start. */
async function load(path: string, viewport: { width: number; height: number }, fontDelay = 0): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize(viewport);
  await page.route('**/*.woff2', async (route) => {
    await new Promise((ok) => setTimeout(ok, fontDelay));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(s.url + path);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  return page;
}

/** Each chart on the page: whether the build's drawing is still there, and the width of the drawing shown. */
const charts = (page: Page) =>
  page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((f) => {
      const shown = [...f.querySelectorAll('svg[aria-label]')].find((svg) => svg.getClientRects().length);
      return {
        built: !!f.querySelector('.built'),
        live: !!f.querySelector('.live svg'),
        width: Number(shown?.getAttribute('width')),
        figure: Math.round(f.querySelector('.plot')!.clientWidth)
      };
    })
  );

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

describe('a page holds still while it loads', () => {
  test('on a phone the build’s drawings stay (360 px in a 358 px figure), and a font 1,5 s late moves nothing', async () => {
    const page = await load('/indikator/grunnskolepoeng', { width: 390, height: 844 }, 1500);
    await page.waitForTimeout(2500);
    const drawn = await charts(page);
    expect(drawn.length).toBe(3);
    for (const c of drawn) expect(c).toEqual({ built: true, live: false, width: 360, figure: 358 });
    expect(await shifts(page)).toEqual([]);
    await page.close();
  });

  test('on a desktop the wide drawings stay: 900 px for the trend, 472 px for the ranking and the map', async () => {
    const page = await load('/indikator/grunnskolepoeng', { width: 1366, height: 900 });
    await page.waitForTimeout(1000);
    expect((await charts(page)).map((c) => [c.built, c.width])).toEqual([
      [true, 900],
      [true, 472],
      [true, 472]
    ]);
    expect(await shifts(page)).toEqual([]);
    await page.close();
  });

  test('on a tablet neither drawing fits: each chart is drawn for its figure’s own width', async () => {
    const page = await load('/indikator/grunnskolepoeng', { width: 768, height: 1024 });
    await expect.poll(async () => (await charts(page)).every((c) => c.live && !c.built)).toBe(true);
    for (const c of await charts(page)) expect(c.width).toBe(Math.min(c.figure, 900));
    await page.close();
  });

  test('choosing another breakdown draws the trend again, with the new numbers', async () => {
    const page = await load(`/indikator/${withBreakdowns}`, { width: 390, height: 844 });
    const select = page.getByLabel('Vis tallene for');
    const choices = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(choices.length).toBeGreaterThan(1);
    const before = await page.locator('#trend svg[aria-label]:visible').innerHTML();
    await select.selectOption(choices[1]);
    await expect
      .poll(async () => (await charts(page))[0])
      .toMatchObject({ built: false, live: true, width: 358 });
    expect(await page.locator('#trend svg[aria-label]:visible').innerHTML()).not.toBe(before);
    await page.close();
  });
});

/** While `path` loads and hydrates: the elements Chromium restyled with their whole subtree for a `:has()` rule. */
async function hasInvalidations(path: string): Promise<string[]> {
  const page = await s.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; args?: { data?: { changedPseudo?: string; nodeName?: string } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking']
    },
    transferMode: 'ReportEvents'
  });
  await page.goto(s.url + path);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events
    .filter((e) => e.name === 'ScheduleStyleInvalidationTracking' && e.args?.data?.changedPseudo === 'has')
    .map((e) => e.args!.data!.nodeName!);
}

describe('style work while loading', () => {
  // Designsystemet's `:has()` on any element made Chromium restyle <html> for each element the parser inserted (84
  // times on the front page): scripts/scoped-has.ts scopes them at build time.
  test.each(['/', `/indikator/${withBreakdowns}`])(
    '%s: no element inserted restyles the page for a :has() rule',
    async (path) => {
      const found = await hasInvalidations(path);
      expect(found.filter((n) => /^(HTML|BODY|MAIN)\b/.test(n))).toEqual([]);
    }
  );
});
