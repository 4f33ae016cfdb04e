// «Last inn data» in Chromium: a real-format revision previewed, accepted, kept over a reload and undone; every bad file answered with nothing changed.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, browserForTests, start } from './browser';
import { BAD_FILES, FIXTURES } from '../lib/dataset/fixtures/corpus';

const s = browserForTests();
/** How many rows the «Opplastede filer» table lists. */
const uploadedFiles = (page: Page) =>
  page
    .getByRole('table', { name: /Opplastede filer/ })
    .locator('tbody tr')
    .count();

const file = (name: string) => resolve(FIXTURES, name);

/** The upload page with this browser's kept uploads removed, so each test starts from the published data. */
async function uploadPage(): Promise<Page> {
  const page = await s.open('/last-inn');
  await page.evaluate(
    () =>
      new Promise((done) => {
        const r = indexedDB.deleteDatabase('oppvekstmonitor');
        r.onsuccess = r.onerror = r.onblocked = done;
      })
  );
  await page.reload();
  await page.waitForLoadState('networkidle');
  return page;
}

/** The Porsgrunn 2024 cell of the barnevern indicator's data table, once the page has settled. */
async function porsgrunn2024(page: Page): Promise<string> {
  const table = page.getByRole('region', { name: /^Datatabell/ }).locator('table');
  const col = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === 'Porsgrunn'));
  return (await table
    .locator('tbody tr', { has: page.locator('th', { hasText: /^2024$/ }) })
    .locator('td')
    .nth(col - 1)
    .textContent())!.trim();
}

describe('Last inn data', () => {
  test('a revised FHI json-stat2 file: diff, accept, new value in table and chart, kept over reload, undone', async () => {
    const page = await uploadPage();
    expect(await axeViolations(page)).toEqual([]);
    await page.setInputFiles('#filer', file('testdata-fhi-337-revidert.json'));
    await expect
      .poll(() => page.locator('.pending').textContent(), { timeout: 30_000 })
      .toMatch(/0 nye rader, 2 endrede verdier, 28 uendrede rader/);
    const changed = page.getByRole('table', { name: /Endrede verdier/ });
    expect(await changed.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(
        /Barn med barnevernstiltak\s*Porsgrunn 2023.*3,1\s%.*ikke vist: skjermet hos FHI \(:\)/
      ),
      expect.stringMatching(/Porsgrunn 2024.*2,7\s%.*2,9\s%/)
    ]);
    await page.getByRole('button', { name: 'Godta og last inn' }).click();
    await expect
      .poll(() => page.locator('#opplasting-status').textContent(), { timeout: 30_000 })
      .toMatch(/Lastet inn testdata-fhi-337-revidert.json: 0 nye rader og 2 endrede verdier/);
    expect(await page.getByRole('table', { name: /Opplastede filer/ }).textContent()).toContain(
      'testdata-fhi-337-revidert.json'
    );

    const indicator = await s.open('/indikator/barnevern_tiltak_0_17');
    await expect.poll(() => porsgrunn2024(indicator), { timeout: 30_000 }).toMatch(/^2,9\s%†/);
    expect(await indicator.locator('main').textContent()).toContain('† = opplastet i denne nettleseren');
    // The chart's text summary speaks of the uploaded value.
    await expect
      .poll(() => indicator.locator('p.summary').textContent(), { timeout: 30_000 })
      .toMatch(/2,9\s%/);
    await indicator.reload();
    await expect.poll(() => porsgrunn2024(indicator), { timeout: 30_000 }).toMatch(/^2,9\s%†/);
    // The goal page, the profile and the theme page re-ask DuckDB too: each shows the upload's newest value.
    const goal = await s.open('/mal/fp-utfordring-barnevern');
    await expect
      .poll(() => goal.locator('main ul').first().textContent(), { timeout: 30_000 })
      .toMatch(/nå \(2024\): 2,9\s%/);
    await goal.close();
    const profile = await s.open('/profil');
    await expect
      .poll(() => profile.locator('tr', { hasText: 'Barn med barnevernstiltak' }).first().textContent(), {
        timeout: 30_000
      })
      .toMatch(/2,9\s%/);
    await profile.close();
    const theme = await s.open('/tema/barnevern');
    await expect
      .poll(
        () =>
          theme
            .locator('article', { hasText: 'Barn med barnevernstiltak' })
            .locator('.values .home dd')
            .textContent(),
        { timeout: 30_000 }
      )
      .toMatch(/2,9\s%/);
    await theme.close();

    await page.reload();
    await page.getByRole('button', { name: 'Angre testdata-fhi-337-revidert.json' }).click();
    await expect
      .poll(() => page.locator('#opplasting-status').textContent(), { timeout: 30_000 })
      .toMatch(/Angret/);
    await indicator.reload();
    await indicator.waitForLoadState('networkidle');
    await expect.poll(() => porsgrunn2024(indicator), { timeout: 30_000 }).toMatch(/^2,7\s%$/);
    await Promise.all([page.close(), indicator.close()]);
  });

  test('every bad file gets its message in an alert, and the front page keeps its numbers', async () => {
    const front = await s.open('/');
    await front.waitForLoadState('networkidle');
    const before = await front.locator('main').textContent();
    const page = await uploadPage();
    const big = join(mkdtempSync(join(tmpdir(), 'oppvekst-')), 'stor.csv'); // generated test data, 51 MB of «a»
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a'));
    await page.setInputFiles('#filer', [...BAD_FILES.map(([name]) => file(name)), big]);
    const alerts = page.getByRole('alert');
    await expect.poll(() => alerts.count(), { timeout: 60_000 }).toBe(BAD_FILES.length + 1);
    const texts = await alerts.allTextContents();
    for (const [name, , message] of BAD_FILES)
      expect(
        texts.find((t) => t.includes(`${name} ble ikke lastet inn`)),
        name
      ).toContain(message);
    expect(texts.at(-1)).toContain('grensen er 50,0 MB');
    expect(await page.locator('script:text("alert(1)")').count()).toBe(0); // the label is shown as text, never run
    expect(texts.join()).toContain('<script>alert(1)</script>');
    expect(await page.getByRole('table', { name: /Opplastede filer/ }).count()).toBe(0);
    await front.reload();
    await front.waitForLoadState('networkidle');
    expect(await front.locator('main').textContent()).toBe(before);
    await Promise.all([page.close(), front.close()]);
  });

  test('an SSB CSV loads by itself; a Udir CSV loads as a newly described indicator; reset removes both', async () => {
    const page = await uploadPage();
    await page.setInputFiles('#filer', [
      file('ssb-13556-unge-utenfor.csv'),
      file('udir-elevundersokelsen-mobbing.csv')
    ]);
    await expect
      .poll(() => page.locator('.pending').textContent(), { timeout: 30_000 })
      .toMatch(/Format: SSB CSV\. 0 nye rader, 0 endrede verdier, 19 uendrede rader/);
    await page.getByRole('button', { name: 'Godta og last inn' }).click();
    await page.getByLabel('Indikator', { exact: true }).selectOption('ny', { timeout: 30_000 });
    await page.getByLabel('Navn').fill('Mobbing på skolen, videregående (Udir)');
    await page.locator('#valg-tema').selectOption('skolemiljo');
    await page.getByLabel('Periodetype').selectOption('school year');
    await page.getByLabel('Inndelinger').selectOption('alle|jenter|gutter');
    await page.getByLabel('Kilde (etat)').fill('Udir');
    await page.getByLabel('Tabell eller indikatorkode').fill('Elevundersøkelsen, indikator 67.19.00.11');
    await page.getByRole('button', { name: 'Les filen som denne indikatoren' }).click();
    await expect
      .poll(() => page.locator('.pending').textContent(), { timeout: 30_000 })
      .toMatch(/Format: Udir CSV\. 12 nye rader/);
    expect(await page.getByRole('table', { name: /Nye rader/ }).textContent()).toMatch(
      /Vestfold og Telemark 2020-21\s*3,3\s%/
    );
    await page.getByRole('button', { name: 'Godta og last inn' }).click();
    await expect.poll(() => uploadedFiles(page), { timeout: 30_000 }).toBe(2);
    await page.reload();
    await expect.poll(() => uploadedFiles(page), { timeout: 30_000 }).toBe(2);
    // The described indicator has no page of its own: its values are listed here, county 38 as its own column.
    const described = page.getByRole('table', { name: 'Mobbing på skolen, videregående (Udir)' });
    await expect
      .poll(() => described.locator('thead').textContent(), { timeout: 30_000 })
      .toMatch(/Norge.*Vestfold og Telemark/);
    expect(await described.locator('tbody tr', { hasText: '2020-21' }).textContent()).toMatch(
      /3,3\s%†\s*\(opplastet\)\s*3,3\s%†/
    );
    await page.getByRole('button', { name: 'Tilbakestill til publiserte data' }).click();
    await expect
      .poll(() => page.locator('#opplasting-status').textContent(), { timeout: 30_000 })
      .toMatch(/Tilbakestilt/);
    expect(await page.getByRole('table', { name: /Opplastede filer/ }).count()).toBe(0);
    await page.close();
  });

  test('the Udir upper-secondary mobbing export offered as mobbing_7 is stopped before the preview, saying what differs', async () => {
    const page = await uploadPage();
    await page.setInputFiles('#filer', file('udir-elevundersokelsen-mobbing.csv'));
    await page.locator('#valg-indikator').selectOption('mobbing_7', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Les filen som denne indikatoren' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/passer ikke mobbing_7: filen har enkeltskoleår/);
    expect(await alert.textContent()).toMatch(
      /videregående skole \(utdanningsprogram\), men «Mobbet, 7\. trinn»/
    );
    expect(await page.locator('.pending').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Godta og last inn' }).count()).toBe(0);
    await page.close();
  });

  test('when the browser storage quota runs out, the file is refused and nothing changes', async () => {
    const own = await start(); // a profile of its own: the quota override holds for the whole origin
    try {
      const page = await own.open('/last-inn');
      await page.waitForLoadState('networkidle');
      const cdp = await own.context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(own.url).origin, quotaSize: 1024 });
      await page.setInputFiles('#filer', file('testdata-fhi-337-revidert.json'));
      await page.getByRole('button', { name: 'Godta og last inn' }).click({ timeout: 30_000 });
      await expect
        .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
        .toMatch(/lagringskvoten er brukt opp/);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(own.url).origin });
      const indicator = await own.open('/indikator/barnevern_tiltak_0_17');
      await indicator.waitForLoadState('networkidle');
      expect(await porsgrunn2024(indicator)).toMatch(/^2,7\s%$/);
    } finally {
      await own.close();
    }
  });
});
