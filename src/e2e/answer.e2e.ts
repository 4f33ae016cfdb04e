// Answer first: on a phone (390×844) every indicator and goal page shows value, verdict and trend on the first screen.
import { describe, expect, test } from 'vitest';
import { browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';
import { extractsForTests } from '../lib/db/extractsForTests';
import { indicatorView } from '../lib/queries/pages';
import { answer } from '../lib/model/answer';
import { trendText, verdictText } from '../lib/model/wording';
import { valueText } from '../lib/format';
import { defaultBreakdown, FAMILIES, HOME, type Indicator } from '../lib/dataset/schema';
import { indicators as catalogue } from '../lib/queries/catalogue';

// The words the first screen must hold come from the model on the extracts in Node, so a data release changes both sides alike.
const db = extractsForTests();
const s = browserForTests();

const rows = csvRows;
const indicators = rows('data/indicators.csv');
const goals = rows('data/goals.csv').filter((g) => g.indicators);
const PHONE = { width: 390, height: 844 };

/** The bottom edge (px from the top of the page) of the answer's value, verdict and trend lines. */
async function answerBottom(path: string) {
  const page = await s.open(path, PHONE);
  const answer = page.getByTestId('answer');
  await answer.waitFor();
  const text = (await answer.innerText()).replace(/\u00a0/g, ' ');
  const boxes = await Promise.all(
    ['verdict', 'trend'].map(async (id) => {
      const line = answer.getByTestId(id);
      return (await line.count()) ? line.boundingBox() : null;
    })
  );
  // A series without values has no verdict or trend line: then the answer box itself must be on the first screen.
  const shown = boxes.some(Boolean) ? boxes : [await answer.boundingBox()];
  await page.close();
  return { text, bottom: Math.max(...shown.map((b) => (b ? b.y + b.height : Infinity))) };
}

describe('answer first at 390×844', () => {
  test('grunnskolepoeng: newest value with Telemark and Norway, the verdict and the trend since 2020-2022', async () => {
    const ind = (await catalogue(db())).find((i) => i.id === 'grunnskolepoeng') as Indicator;
    const view = await indicatorView(db(), ind);
    const roles = {
      home: HOME.code,
      county: HOME.county,
      formerCounty: HOME.formerCounty,
      country: HOME.country
    };
    const want = answer(view.series[defaultBreakdown(ind)], ind, roles);
    const plain = (t: string) => t.replace(/\u00a0/g, ' ');
    const { text, bottom } = await answerBottom('/indikator/grunnskolepoeng');
    expect(text).toContain(
      plain(`${valueText(want.newest!.value, ind.unit)} i Porsgrunn (${want.newest!.period})`)
    );
    expect(text).toContain(
      plain(
        `Telemark: ${valueText(want.county!.value, ind.unit)} · Norge: ${valueText(want.country!.value, ind.unit)}`
      )
    );
    expect(text).toContain(plain(`Porsgrunn er ${verdictText(want.againstCountry)}`));
    expect(text).toContain(plain(`Utvikling: ${trendText(want.trend, ind.unit)}.`));
    // Three-year periods: the trend is against the newest period sharing no year with the newest.
    const years = (period: string) => (period.match(/\d{4}/g) ?? []).map(Number);
    expect(Math.max(...years(want.trend!.from.period))).toBeLessThan(Math.min(...years(want.newest!.period)));
    expect(bottom).toBeLessThanOrEqual(PHONE.height);
  });

  test.each(indicators.map((i) => i.id))('/indikator/%s has its answer on the first screen', async (id) => {
    const { text, bottom } = await answerBottom(`/indikator/${id}`);
    expect(text).toMatch(
      /Porsgrunn er |ingen verdi|Porsgrunn har ikke eget tall|Ikke hentet ennå\. Kjør «npm run update -- /
    );
    expect(bottom).toBeLessThanOrEqual(PHONE.height);
  });

  test.each(goals.map((g) => g.id))('/mal/%s has its answer on the first screen', async (id) => {
    const { text, bottom } = await answerBottom(`/mal/${id}`);
    expect(text).toMatch(/Utvikling: /);
    expect(bottom).toBeLessThanOrEqual(PHONE.height);
  });
});

describe('plain words for politicians', () => {
  // What a reader sees with «For analytikere» closed: no plan-file lines, commits or repository paths, no sentences run together.
  const ANALYST_ONLY = [
    /\blinje \d/,
    /\b[0-9a-f]{40}\b/,
    /\bdata\/(raw|plans)\//,
    /\.csv:\d/,
    /delt på 100/, // how a file stores its numbers is for analysts
    /[a-zæøå]\.[A-ZÆØÅ][a-zæøå]/ // two sentences run together («ennå.Et tiltak»)
  ];
  const pages = [
    ...indicators.map((i) => `/indikator/${i.id}`),
    ...rows('data/goals.csv').map((g) => `/mal/${g.id}`),
    ...FAMILIES.map((f) => `/tema/${f.id}`),
    '/',
    '/mal',
    '/profil'
  ];

  test(`${pages.length} indicator and goal pages and the front page (and /tema, /mal, /profil) keep file lines, commits and paths behind «For analytikere»`, async () => {
    const page = await s.context.newPage();
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(s.url + path);
      const text = await page.locator('main').innerText(); // a closed <details> shows only its summary
      for (const pattern of ANALYST_ONLY) {
        const hit = pattern.exec(text);
        if (hit) found.push(`${path}: «${text.slice(Math.max(0, hit.index - 30), hit.index + 30)}»`);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
