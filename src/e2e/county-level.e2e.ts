// A county-level series (Udir's dropout, frafall_vgo) as a reader meets it: county and Norway, the break, and no figure for home.
import { describe, expect, test } from 'vitest';
import { axeViolations, browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';

const s = browserForTests();

const ID = 'frafall_vgo';
const rows = csvRows('data/skoleresultater.csv').filter((r) => r.indicator === ID);
/** The newest county row in the data (38 Vestfold og Telemark as long as Udir's export ends in 2020-21). */
const newestCounty = rows
  .filter((r) => r.geo.length === 2 && r.value !== '')
  .reduce((a, r) => (Number(r.year) > Number(a.year) ? r : a));
const decimal = (v: string) => Number(v).toFixed(1).replace('.', ',');
const flat = (t: string) => t.replace(/\u00a0/g, ' ');

describe('a county-level indicator page', () => {
  test.each([
    [390, 844],
    [1366, 900]
  ])(
    'at %ix%i the answer names the county’s newest value and says Porsgrunn has none',
    async (width, height) => {
      const page = await s.open(`/indikator/${ID}`, { width, height });
      const answer = page.getByTestId('answer');
      const text = flat(await answer.innerText());
      const county = newestCounty.geo === '38' ? 'Vestfold og Telemark' : 'Telemark';
      expect(text).toContain(`${decimal(newestCounty.value)} % i ${county} (${newestCounty.period})`);
      expect(text).toContain('Porsgrunn har ikke eget tall');
      expect(text).toMatch(/fylkesnivå/);
      // the answer box is on the first screen
      const box = (await answer.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      await page.close();
    }
  );

  test('38 is never shown as Telemark: the chart has a Telemark line to 2018-19 and a separate Vestfold og Telemark line', async () => {
    const page = await s.open(`/indikator/${ID}`);
    const names = await page
      .locator('#trend svg:visible g[aria-label="line"] path')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
    expect(names.sort()).toEqual(['Norge', 'Telemark', 'Vestfold og Telemark']);
    const header = await page.locator('table thead th').allInnerTexts();
    expect(header).not.toContain('Porsgrunn');
    const vt = page.locator('table tbody tr', { has: page.locator('th', { hasText: '2019-20' }) });
    const cells = await vt.locator('td').allInnerTexts();
    expect(cells[header.indexOf('Telemark') - 1]).toBe('·');
    await page.close();
  });

  test('Udir’s break shows as a rule labelled «brudd» in the chart and in words in its caption', async () => {
    const page = await s.open(`/indikator/${ID}`);
    expect(await page.locator('#trend svg:visible g[aria-label="rule"]').count()).toBe(1);
    expect(await page.locator('#trend svg:visible').getByText('brudd', { exact: true }).count()).toBe(1);
    expect(await page.locator('#trend').innerText()).toContain(
      'Brudd i serien mellom 2017-18 og 2018-19: Behandlingen av elever med ukjent elevstatus er endret.'
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
