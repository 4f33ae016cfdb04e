// One judgement everywhere: the same indicator's verdict and trend read alike on every page that shows them.
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';

const s = browserForTests();

const rows = csvRows;
const indicators = rows('data/indicators.csv');
const goals = rows('data/goals.csv');

/** The trend sentence inside an element's text, as the model words it: «ned 1,3 poeng siden 2020-2022 (dårligere)». */
async function trendOf(where: Locator): Promise<string> {
  const text = (await where.innerText()).replace(/\s+/g, ' ');
  const found = /(?:opp|ned|om lag uendret) .*? siden \S+?(?: \([^)]*\))?(?=\.?$|\.? )/.exec(text);
  expect(found, text).not.toBeNull();
  return found![0];
}

const open = (page: Page | null, path: string) => (page ? page : s.open(path));

describe.each(['grunnskolepoeng', 'mobbing_7'])('%s', (id) => {
  const indicator = indicators.find((i) => i.id === id)!;
  const row = (page: Page) =>
    page.locator('tr', { has: page.locator(`th a[href="/indikator/${id}"]`) }).first();

  test('the trend reads the same on /, the challenge card, /tema, /indikator and /mal; the verdict too, with /profil', async () => {
    const front = await open(null, '/');
    const card = front.locator('.topics li', { has: front.locator(`a[href="/indikator/${id}"]`) });
    const trend = {
      barometer: await trendOf(row(front).locator('td[data-label="Utvikling"]')),
      card: (await card.count()) ? await trendOf(card.locator('[data-change]')) : null,
      tema: '',
      indikator: '',
      mal: ''
    };
    const verdicts = [await row(front).locator('td.verdict').getAttribute('data-verdict')];

    const tema = await s.open(`/tema/${indicator.family}`);
    const article = tema.locator('article', { has: tema.locator(`h2 a[href="/indikator/${id}"]`) });
    trend.tema = await trendOf(article.locator('dt:text("Siden forrige sammenlignbare periode") + dd'));
    verdicts.push(await article.locator('dd[data-verdict]').getAttribute('data-verdict'));

    const page = await s.open(`/indikator/${id}`);
    trend.indikator = await trendOf(page.getByTestId('trend'));
    verdicts.push(await page.getByTestId('verdict').getAttribute('data-verdict'));

    const goal = goals.find((g) => g.indicators.split('|')[0] === id)!;
    expect(goal, `a goal measured by ${id}`).toBeDefined();
    const mal = await s.open('/mal');
    const item = mal.locator('li', { has: mal.locator(`a[href="/mal/${goal.id}"]`) });
    trend.mal = await trendOf(item.locator('.meta[data-change]'));

    const profil = await s.open('/profil');
    verdicts.push(await row(profil).locator('td.verdict').getAttribute('data-verdict'));

    const words = Object.values(trend).filter((t) => t != null);
    expect(new Set(words), JSON.stringify(trend)).toEqual(new Set([trend.indikator]));
    expect(new Set(verdicts)).toEqual(new Set([verdicts[0]]));
    expect(verdicts[0]).toMatch(/^(bedre|dårligere|likt)$/);
  });
});
