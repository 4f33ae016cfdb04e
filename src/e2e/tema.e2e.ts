// A theme page as a planner meets it: from the front page's family heading to every indicator of the family, in words.
import { describe, expect, test } from 'vitest';
import { axeViolations, browserForTests, visibleCount } from './browser';
import { csvRows } from '../lib/server/csvFile';
import { extractsForTests } from '../lib/db/extractsForTests';
import { familyView } from '../lib/queries/pages';
import { familySummary } from '../lib/model/familySummary';
import { SHAPE, trendArrow, trendText, verdictText } from '../lib/model/wording';
import { valueText } from '../lib/format';
import { sparklineText } from '../lib/charts/sparkline';
import { HOME } from '../lib/dataset/schema';

// What the page must say comes from the extracts in Node's DuckDB, so a data release changes both sides alike.
const db = extractsForTests();
const s = browserForTests();

/** The skolemiljo family's indicators as the catalogue lists them, in its order. */
const skolemiljo = csvRows('data/indicators.csv')
  .filter((r) => r.family === 'skolemiljo')
  .map((r) => ({ id: r.id, name: r.name }));

describe('/tema/skolemiljo', () => {
  test('links every indicator of the family and states the summary and each judgement in words', async () => {
    expect(skolemiljo.map((i) => i.id)).toEqual(['mobbing_7', 'trivsel_10']);
    const page = await s.open('/tema/skolemiljo');
    expect(await page.locator('h1').textContent()).toBe('Trivsel og skolemiljø');
    expect(await page.locator('main').textContent()).toContain(
      'Trivsel og mobbing i skolen (Elevundersøkelsen).'
    );
    const links = await page
      .locator('main article h2 a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links).toEqual(skolemiljo.map((i) => [`/indikator/${i.id}`, i.name]));
    const view = await familyView(db(), 'skolemiljo');
    expect(await page.locator('p.summary').textContent()).toBe(
      familySummary(
        view.rows.map((r) => ({ verdict: r.verdict, change: r.sincePrevious?.change ?? null })),
        HOME.name
      )
    );
    const row = view.rows.find((r) => r.indicator.id === 'mobbing_7')!;
    const unit = row.indicator.unit;
    const mobbing = page.locator('article', { has: page.locator('a[href="/indikator/mobbing_7"]') });
    const text = (await mobbing.innerText()).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    const plain = (t: string) => t.replace(/\u00a0/g, ' ');
    expect(text).toContain(`Nyeste periode: ${row.period}`);
    expect(text).toContain(
      plain(
        `${HOME.name} ${valueText(row.home, unit)} Telemark ${valueText(row.county?.value, unit)} Norge ${valueText(row.country, unit)}`
      )
    );
    expect(text).toContain(`Mot landet ${SHAPE[row.verdict]} ${plain(verdictText(row.verdict))}`);
    expect(text).toContain(
      `Siden forrige sammenlignbare periode ${trendArrow(row.sincePrevious)} ${plain(trendText(row.sincePrevious, unit))}`
    );
    // Rolling three-year periods: the change is never against a period that shares years with the newest.
    const years = (period: string) => (period.match(/\d{4}/g) ?? []).map(Number);
    expect(Math.max(...years(row.sincePrevious!.from.period))).toBeLessThan(Math.min(...years(row.period!)));
    if (row.overSeries && row.overSeries.from.period !== row.sincePrevious?.from.period)
      expect(text).toContain(
        `Over hele serien ${trendArrow(row.overSeries)} ${plain(trendText(row.overSeries, unit))}`
      );
    // The trend has its words twice: on the SVG for screen readers and beside it for everyone.
    await mobbing.locator('svg[role="img"][aria-label]').waitFor();
    expect(await mobbing.locator('svg[aria-label]').first().getAttribute('aria-label')).toBe(
      sparklineText(row.trend, unit)
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('the front page heading leads to the theme page, and the indicator breadcrumb leads back', async () => {
    const page = await s.open('/');
    await page.locator('h3#familie-skolemiljo a').click();
    await page.waitForURL('**/tema/skolemiljo');
    expect(await page.locator('h1').textContent()).toBe('Trivsel og skolemiljø');
    await page.locator('main article h2 a', { hasText: skolemiljo[1].name }).click();
    await page.waitForURL(`**/indikator/${skolemiljo[1].id}`);
    await page.locator('main p.meta a', { hasText: 'Trivsel og skolemiljø' }).click();
    await page.waitForURL('**/tema/skolemiljo');
    expect(await page.locator('main article').count()).toBe(skolemiljo.length);
    expect(s.errors).toEqual([]);
  });

  test('prints the heading, summary and every indicator without buttons or navigation', async () => {
    const page = await s.open('/tema/skolemiljo');
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('p.summary').isVisible()).toBe(true);
    expect(
      await page
        .locator('main article')
        .evaluateAll((els) => els.every((el) => (el as HTMLElement).checkVisibility()))
    ).toBe(true);
    expect(await visibleCount(page.locator('button'))).toBe(0);
    expect(await page.locator('header nav').isVisible()).toBe(false);
  });

  test('every family has its page, each with at least one indicator', async () => {
    for (const family of ['levekar', 'psykisk-helse', 'skoleresultater', 'skolemiljo', 'barnevern']) {
      const html = await (await fetch(`${s.url}/tema/${family}`)).text();
      expect(html, family).toMatch(/<article[^>]*>/);
      // a theme whose indicators have no better direction (barnevern) is described without a verdict
      expect(html, family).toMatch(
        /class="summary[^"]*">(Porsgrunn er bedre enn landet på \d+ og dårligere på \d+ av \d+ indikator|Indikatoren i dette temaet har ingen «bedre» retning)/
      );
    }
  });
});
