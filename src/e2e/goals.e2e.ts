// Plan goals, the challenge picture and Porsgrunn among its neighbours, as a politician meets them.
import { describe, expect, test } from 'vitest';
import { axeViolations, browserForTests } from './browser';
import { extractsForTests } from '../lib/db/extractsForTests';
import { goalsView } from '../lib/queries/pages';
import { valueText } from '../lib/format';

// The newest value the goal page must show comes from the extracts, so a data release changes both sides alike.
const db = extractsForTests();
const s = browserForTests();

describe('Mål', () => {
  test('lists every plan with each goal, a status in words and a link', async () => {
    const page = await s.open('/mal');
    const plans = await page.locator('main section h2').allTextContents();
    expect(plans.length).toBe(3);
    const handlingsplan = page.locator('section', { has: page.locator('h2', { hasText: 'Handlingsplan' }) });
    expect(await handlingsplan.locator('li').count()).toBe(13);
    const badges = await page.locator('.badge').allTextContents();
    expect(badges.length).toBeGreaterThan(20);
    for (const b of badges)
      expect(b.trim()).toMatch(
        /(på rett vei|ikke på rett vei|uendret \/ usikkert|mangler data|ikke målt her ennå)$/
      );
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('the mobbing challenge shows the plan baseline 9,2 % beside the newest Porsgrunn value', async () => {
    const page = await s.open('/mal');
    await page
      .locator('a[href^="/mal/"]', { hasText: /skolemiljø/i })
      .first()
      .click();
    await page.waitForURL('**/mal/**');
    const text = await page.locator('main').textContent();
    // The plan's baseline belongs to 2020/21-2022/23 and stays 9,2 % whatever is published later.
    expect(text).toContain('9,2\u00a0%');
    const goal = (await goalsView(db())).find((v) => page.url().endsWith(`/mal/${v.goal.id}`))!;
    const newest = goal.detail!.newest!;
    expect(text).toContain(
      `Porsgrunn nå (${newest.period}): ${valueText(newest.value, goal.indicators[0].unit)}`
    );
    await page.locator('figure svg[aria-label]').first().waitFor();
    expect(await page.locator('figure svg').first().textContent()).toContain('Planens utgangspunkt');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('front page challenge picture', () => {
  test('sets «I planen (2023)» against «Nå» with the reason the county differs', async () => {
    const page = await s.open('/');
    const section = page.locator('section[aria-labelledby="utfordringsbildet"]');
    const text = await section.textContent();
    expect(text).toContain('I planen (2023):');
    expect(text).toContain('Porsgrunn 9,2\u00a0%');
    expect(text).toContain('Vestfold og Telemark (38)');
    expect(text).toContain('10. trinn');
  });
});

describe('Porsgrunn among its neighbours', () => {
  test('ranks all 17 municipalities and maps them, with a table alternative', async () => {
    const page = await s.open('/indikator/barnevern_tiltak_0_17');
    await page.locator('summary', { hasText: 'Tabell: kommunene' }).click();
    const rows = page.locator('details table tbody tr');
    expect(await rows.count()).toBe(17);
    await expect.poll(() => page.locator('svg g[aria-label="geo"] path').count()).toBeGreaterThanOrEqual(17);
    expect(await page.locator('figure').filter({ hasText: 'Kartverket' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
