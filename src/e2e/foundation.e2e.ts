// The foundation as a user meets it: front page → grunnskolepoeng → chart, table, added municipality; axe on each page.
import { describe, expect, test } from 'vitest';
import { axeViolations, browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';

const s = browserForTests();

describe('front page', () => {
  test('shows every family with Porsgrunn, county and Norway, and links to grunnskolepoeng', async () => {
    const page = await s.open('/');
    expect(await page.locator('h1').count()).toBe(1);
    const families = await page.locator('main h3[id^="familie-"]').allTextContents();
    expect(families).toEqual([
      'Levekår',
      'Psykisk helse',
      'Skoleresultater',
      'Trivsel og skolemiljø',
      'Barnevern'
    ]);
    const row = page.locator('tr', { has: page.locator('a[href="/indikator/grunnskolepoeng"]') });
    // The period sits under the indicator's name (the barometer stays compact); the first cell is Porsgrunn's value.
    expect(await row.locator('th .period').textContent()).toMatch(/^\d{4}-\d{4}$/);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d\d,\d\u00a0poeng$/);
    expect(await axeViolations(page)).toEqual([]);
    await row.locator('a').click();
    await page.waitForURL('**/indikator/grunnskolepoeng');
    await page.locator('#trend svg[aria-label]:visible').waitFor();
    expect(s.errors).toEqual([]);
  });

  test('holds its numbers in the HTML before any JavaScript runs', async () => {
    const html = await (await fetch(`${s.url}/indikator/grunnskolepoeng`)).text();
    expect(html).toContain('42,1');
    // the chart itself is static SVG in the HTML, before any script runs
    const chart = html.slice(
      html.indexOf('id="trend"'),
      html.indexOf('</figure>', html.indexOf('id="trend"'))
    );
    expect(chart).toMatch(/<svg[^>]*aria-label="Grunnskolepoeng"/);
    // drawn twice, for a phone and for a wide screen (CSS shows one): three lines in each
    const drawings = chart.split('<div class="drawn ').slice(1);
    expect(drawings.map((d) => d.match(/<svg[^>]*width="(\d+)"/)?.[1])).toEqual(['360', '900']);
    for (const d of drawings)
      expect(d.match(/<path[^>]*aria-label="(Porsgrunn|Telemark|Norge)"/g)?.length).toBe(3);
    const front = await (await fetch(`${s.url}/`)).text();
    expect(front).toMatch(/Barn med barnevernstiltak|barnevern/i);
  });
});

describe('indicator page', () => {
  test('draws Porsgrunn, Telemark and Norway and lists 42,1 for 2020-2022 in the table', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    // the chart the reader sees (the build draws one for a phone and one for a wide screen)
    const lines = page.locator('#trend svg:visible g[aria-label="line"] path');
    await expect.poll(() => lines.count()).toBe(3);
    expect(await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')))).toEqual([
      'Telemark',
      'Norge',
      'Porsgrunn'
    ]);
    expect(await lines.evaluateAll((ps) => ps.every((p) => (p.getAttribute('d') ?? '').length > 20))).toBe(
      true
    );
    const row = page.locator('[aria-label^="Datatabell"] tr', {
      has: page.locator('th', { hasText: /^2020-2022$/ })
    });
    expect(await row.locator('td').first().textContent()).toContain('42,1');
    expect(await row.textContent()).toContain('43,3');
    await expect
      .poll(() => page.locator('.summary').textContent())
      .toMatch(/Porsgrunn er (bedre|dårligere|likt)/);
    expect(await axeViolations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('shows a suppressed value as a gap with its note, never as 0', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    await page.selectOption('.breakdown select', 'foreldre: videregående');
    const row = page.locator('[aria-label^="Datatabell"] tr', {
      has: page.locator('th', { hasText: /^2014-2016$/ })
    });
    await expect.poll(() => row.locator('td').first().textContent()).toContain('–');
    expect(await page.locator('#trend figcaption').textContent()).toContain(
      'ikke vist (skjermet eller mangler)'
    );
  });

  test('adds Skien through DuckDB-wasm in the browser', async () => {
    const page = await s.open('/indikator/mobbing_7');
    await page.locator('summary', { hasText: 'Sammenlign' }).click();
    await page.getByRole('checkbox', { name: 'Skien' }).check();
    await expect
      .poll(() => page.locator('[role=status]').textContent(), { timeout: 30_000 })
      .toContain('4 områder');
    await expect.poll(() => page.locator('#trend svg g[aria-label="line"] path').count()).toBe(4);
    expect(await page.locator('[aria-label^="Datatabell"] thead').textContent()).toContain('Skien');
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

describe('permalinks', () => {
  test('a copied URL restores breakdown and added municipalities, and back returns to the previous view', async () => {
    const page = await s.open('/indikator/ungdata_psykiske_plager?vis=jenter&kommuner=4003');
    await expect
      .poll(() => page.locator('#trend svg g[aria-label="line"] path').count(), { timeout: 30_000 })
      .toBe(4);
    expect(await page.locator('.breakdown select').inputValue()).toBe('jenter');
    expect(await page.locator('input[type=checkbox][value="4003"]').isChecked()).toBe(true);
    await page.selectOption('.breakdown select', 'gutter');
    await expect.poll(() => page.url()).toContain('vis=gutter');
    await page.goBack();
    await expect.poll(() => page.locator('.breakdown select').inputValue()).toBe('jenter');
    expect(page.url()).toContain('kommuner=4003');
  });

  test('an unknown or invalid parameter leaves the page working: the address is normalised in place, not as a new entry', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    await page.waitForLoadState('networkidle'); // hydrated: leaving earlier would abort its own requests
    const before = await page.evaluate(() => history.length);
    await page.goto(
      `${s.url}/indikator/grunnskolepoeng?utm_source=avis&vis=finnesikke&kommuner=9999&fra=abc`
    );
    await expect.poll(() => new URL(page.url()).search, { timeout: 30_000 }).toBe('');
    expect(await page.locator('#trend svg g[aria-label="line"] path').count()).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('region', { name: /^Datatabell/ })
        .locator('tbody th')
        .count()
    ).toBeGreaterThan(0);
    // the broken address replaced, not pushed: one entry more than before it was opened, not two
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(s.errors).toEqual([]);
  });

  test('a period range in the URL narrows chart, table and download; changing it updates the URL', async () => {
    const page = await s.open('/indikator/grunnskolepoeng?fra=2020&til=2022');
    const rows = () =>
      page
        .getByRole('region', { name: /^Datatabell/ })
        .locator('tbody th')
        .allTextContents();
    await expect.poll(rows, { timeout: 30_000 }).toEqual(['2020-2022', '2019-2021', '2018-2020']);
    expect(await page.locator('.range select').first().inputValue()).toBe('2020');
    expect(await page.locator('p.summary').textContent()).toContain('I 2020-2022 var verdien 42,1');
    await page.locator('.range select').nth(1).selectOption('');
    await expect.poll(() => page.url()).toMatch(/\?fra=2020$/);
    // From 2020 to the newest period the data holds, newest first (read from the data: a release adds a row).
    const from2020 = csvRows('data/skoleresultater.csv')
      .filter((r) => r.indicator === 'grunnskolepoeng' && r.geo === '4001' && r.breakdown === 'alle')
      .map((r) => r.period)
      .filter((p) => Number(p.slice(-4)) >= 2020) // «fra=2020»: every period that ends in 2020 or later
      .reverse();
    expect(from2020.length).toBeGreaterThan(3);
    await expect.poll(rows).toEqual(from2020);
    await page.goBack();
    await expect.poll(rows).toEqual(['2020-2022', '2019-2021', '2018-2020']);
  });
});

describe('downloads', () => {
  test('CSV, SVG and PNG of the chart download and open', async () => {
    const page = await s.open('/indikator/grunnskolepoeng');
    await page.locator('#trend svg[aria-label]:visible').waitFor();
    // The buttons work once the page has hydrated (the scripts load after first paint, without a preload list).
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const get = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label, exact: true }).click()
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const csv = await get('Data (CSV)');
    expect(csv.name).toBe('grunnskolepoeng.csv');
    expect(csv.body.toString()).toMatch(
      /^indicator,breakdown,geo,geo_name,period,year,value,missing,note,source\n/
    );
    expect(csv.body.toString()).toContain(
      '"grunnskolepoeng","alle","4001","Porsgrunn","2020-2022",2022,42.1,'
    );
    const svg = await get('SVG');
    expect(svg.body.toString()).toContain('Kilde: FHI');
    // the drawing the reader sees, of the two the build made (phone and wide screen): the file is as wide as it
    const shown = await page.locator('#trend svg[aria-label]:visible').getAttribute('width');
    expect(svg.body.toString()).toMatch(new RegExp(`^<svg[^>]* width="${shown}"`));
    const png = await get('PNG');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5000);
  });
});
