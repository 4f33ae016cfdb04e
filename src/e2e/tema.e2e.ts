// A theme page as a planner meets it: from the front page's family heading to every indicator of the family, in words.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, start, type Session } from './browser';
import { parseCsv } from '../lib/dataset/parse';

let s: Session;
beforeAll(async () => {
  s = await start();
});
afterAll(async () => {
  await s?.close();
});

/** The skolemiljo family's indicators as the catalogue lists them, in its order. */
const skolemiljo = parseCsv('data/indicators.csv', readFileSync('data/indicators.csv', 'utf8'))
  .table.rows.filter((r) => r.values.family === 'skolemiljo')
  .map((r) => ({ id: r.values.id, name: r.values.name }));

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
    expect(await page.locator('p.summary').textContent()).toBe(
      'Porsgrunn er bedre enn landet på 0 og dårligere på 1 av 2 indikatorer (1 om lag som landet). Siden forrige sammenlignbare periode er 0 blitt bedre og 2 dårligere.'
    );
    const mobbing = page.locator('article', { has: page.locator('a[href="/indikator/mobbing_7"]') });
    const text = (await mobbing.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/Nyeste periode: 2023\/24-2025\/26/);
    expect(text).toMatch(/Porsgrunn\s+11,9 %\s+Telemark\s+8,9 %\s+Norge\s+10,1 %/);
    expect(text).toMatch(/Mot landet\s+● om lag som landet/);
    // Never against the overlapping 2022/23-2024/25 (12,3): against 2020/21-2022/23 (9,2).
    expect(text).toMatch(
      /Siden forrige sammenlignbare periode\s+↗ opp 2,7 prosentpoeng siden 2020\/21-2022\/23 \(dårligere\)/
    );
    expect(text).toMatch(/Over hele serien\s+↗ opp 6,5 prosentpoeng siden 2016\/17-2018\/19 \(dårligere\)/);
    // The trend has its words twice: on the SVG for screen readers and beside it for everyone.
    await mobbing.locator('svg[role="img"][aria-label]').waitFor();
    expect(await mobbing.locator('svg[aria-label]').first().getAttribute('aria-label')).toBe(
      'Porsgrunn fra 5,4\u00a0% i 2016/17-2018/19 til 11,9\u00a0% i 2023/24-2025/26'
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
    expect(
      await page
        .locator('button')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length)
    ).toBe(0);
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
