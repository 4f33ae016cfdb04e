// Answer first: on a phone (390×844) every indicator and goal page shows value, verdict and trend on the first screen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, type Session } from './browser';
import { parseCsv } from '../lib/dataset/parse';

let s: Session;
beforeAll(async () => {
  s = await start();
});
afterAll(async () => {
  await s?.close();
});

const rows = (file: string) => parseCsv(file, readFileSync(file, 'utf8')).table.rows.map((r) => r.values);
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
  test('grunnskolepoeng: newest value with Telemark and Norway, the verdict and «ned 1,3 poeng siden 2020-2022»', async () => {
    const newest = rows('data/skoleresultater.csv')
      .filter((r) => r.indicator === 'grunnskolepoeng' && r.geo === '4001' && r.breakdown === 'alle')
      .at(-1)!;
    const { text, bottom } = await answerBottom('/indikator/grunnskolepoeng');
    expect(text).toContain(`${newest.value.replace('.', ',')} poeng i Porsgrunn (${newest.period})`);
    expect(text).toMatch(/Telemark: [\d,]+ poeng · Norge: [\d,]+ poeng/);
    expect(text).toMatch(/Porsgrunn er dårligere enn landet/);
    expect(text).toContain('Utvikling: ned 1,3 poeng siden 2020-2022 (dårligere).');
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
