// Registered series without rows (catalogue/oppfolging.ts) as a reader meets them: «ikke hentet ennå» and the command, never a number.
import { describe, expect, test } from 'vitest';
import { axeViolations, browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';

const s = browserForTests();

const catalogue = csvRows('data/indicators.csv');
/** The catalogue's never-fetched series, read from the data (empty «fetched»). */
const unfetched = catalogue.filter((i) => !i.fetched);
/** A number with a unit as the pages write one: «2,7 %», «129,7 per 1 000». */
const FIGURE = /\d+(,\d+)?\s?(%|per\s1\s000|per\s10\s000|poeng)/;
const flat = (t: string) => t.replace(/\u00a0/g, ' ');

describe('series registered but not fetched yet', () => {
  test('the catalogue registers the four follow-up series without rows', () => {
    expect(unfetched.map((i) => i.id)).toEqual([
      'barnevern_tiltak_kostra',
      'barnevern_undersokelser',
      'barnevern_meldinger',
      'helsestasjon_arsverk'
    ]);
  });

  test.each(unfetched.map((i) => i.id))(
    '/indikator/%s says «ikke hentet ennå» with the command, shows no chart and no figure',
    async (id) => {
      const page = await s.open(`/indikator/${id}`);
      const note = page.locator('main .not-fetched');
      await note.waitFor();
      expect(await note.textContent()).toContain(`Ikke hentet ennå. Kjør «npm run update -- ${id}»`);
      expect(await page.locator('#trend svg').count()).toBe(0);
      expect(flat(await page.locator('main').innerText())).not.toMatch(FIGURE);
      expect(await page.locator('main dl.facts').innerText()).toMatch(/Hentet\s+ikke hentet ennå/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  );

  test('the front page lists each one with «ikke hentet ennå» and its command, and /tema/barnevern cards say so', async () => {
    const front = await s.open('/');
    for (const i of unfetched) {
      const row = front.locator('main tr', { has: front.locator(`a[href="/indikator/${i.id}"]`) });
      expect(flat(await row.innerText())).toContain(`ikke hentet ennå: npm run update -- ${i.id}`);
      expect(flat(await row.innerText())).not.toMatch(FIGURE);
    }
    const tema = await s.open('/tema/barnevern');
    const card = tema.locator('article', {
      has: tema.locator('a[href="/indikator/barnevern_undersokelser"]')
    });
    expect(await card.innerText()).toContain(
      'Ikke hentet ennå. Kjør «npm run update -- barnevern_undersokelser»'
    );
    expect(s.errors).toEqual([]);
  });
});
