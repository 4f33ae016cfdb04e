// Trend charts as Chromium draws them, on a phone (390×844) and a desktop (1366×900): the rendered end labels never
// cover each other, no text runs past the chart's edges, and the period ticks stand apart.
import { describe, expect, test } from 'vitest';
import { browserForTests } from './browser';
import { csvRows } from '../lib/server/csvFile';
import { FAMILIES, HOME } from '../lib/dataset/schema';
import { KEEP } from '../lib/charts/widths';

const s = browserForTests();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const observations = FAMILIES.flatMap((f) => csvRows(`data/${f.id}.csv`));

/**
 * The indicators whose home and county lines end closest together at their newest shared period (relative to the
 * chart's range), read from the data: where labels collide unless they are moved apart.
 */
function closest(n: number): string[] {
  const gaps = new Map<string, number>();
  for (const id of new Set(observations.map((o) => o.indicator))) {
    const rows = observations.filter((o) => o.indicator === id && o.breakdown === 'alle' && o.value !== '');
    const values = rows.map((r) => Number(r.value));
    const newest = Math.max(...rows.filter((r) => r.geo === HOME.code).map((r) => Number(r.year)));
    const at = (geo: string) => rows.find((r) => r.geo === geo && Number(r.year) === newest)?.value;
    const [home, county] = [at(HOME.code), at(HOME.county)];
    if (home === undefined || county === undefined) continue;
    const range = Math.max(...values) - Math.min(...values) || 1;
    gaps.set(id, Math.abs(Number(home) - Number(county)) / range);
  }
  return [...gaps]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([id]) => id);
}

type Box = { text: string; left: number; right: number; top: number; bottom: number };

/** The chart's text boxes (px, relative to its svg) once the live chart is drawn at the figure's width. */
async function measure(path: string, viewport: { width: number; height: number }, figure = '#trend') {
  const page = await s.open(path, viewport);
  const chart = page.locator(figure).first();
  // the chart the reader sees: the build's drawing for this screen while it fits the figure, else one the browser
  // drew for the figure's own width (the same rule as Chart.svelte, in charts/widths.ts)
  await chart.locator('svg[role="img"]:visible').first().waitFor();
  await page.waitForFunction(
    ([sel, keep]) => {
      const plot = document.querySelector(`${sel} .plot`)!;
      const svg = [...plot.querySelectorAll('svg[aria-label]')].find((s) => s.getClientRects().length);
      const drawn = Number(svg?.getAttribute('width'));
      const want = Math.max(300, Math.min(plot.clientWidth, 900));
      return drawn === want || (!!plot.querySelector('.built') && Math.abs(want - drawn) <= drawn * keep);
    },
    [figure, KEEP] as const
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const boxes = await chart.evaluate((f) => {
    const svg = [...f.querySelectorAll('svg')].find((s) => s.getClientRects().length)!;
    const s = svg.getBoundingClientRect();
    const box = (t: Element) => {
      const b = t.getBoundingClientRect();
      const text = [...t.childNodes]
        .filter((n) => n.nodeName !== 'title')
        .map((n) => n.textContent)
        .join(' ');
      return {
        text,
        left: b.left - s.left,
        right: b.right - s.left,
        top: b.top - s.top,
        bottom: b.bottom - s.top
      };
    };
    return {
      width: s.width,
      labels: [...svg.querySelectorAll('g[aria-label="text"][font-weight] text')].map(box),
      ticks: [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(box),
      all: [...svg.querySelectorAll('text')].map(box)
    };
  });
  await page.close();
  return boxes;
}

const cover = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const pairs = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => cover(a, b))
      .map((b) => `${a.text} / ${b.text}`)
  );
const cut = (boxes: Box[], width: number) =>
  boxes
    .filter((b) => b.left < -0.5 || b.right > width + 0.5)
    .map((b) => `${b.text} (${b.left.toFixed(0)}–${b.right.toFixed(0)})`);

describe('trend charts on a phone and a desktop', () => {
  const pages = [...new Set(['mobbing_7', 'minoritetsspraklige_barnehage', ...closest(2)])];

  test.each(pages)(
    '/indikator/%s: end labels and ticks apart and inside the chart at 390 and 1366 px',
    async (id) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const m = await measure(`/indikator/${id}`, viewport);
        const where = `${id} at ${viewport.width}`;
        expect(m.labels.length, where).toBeGreaterThanOrEqual(2);
        expect(pairs(m.labels), where).toEqual([]);
        expect(pairs(m.ticks), where).toEqual([]);
        expect(cut(m.all, m.width), where).toEqual([]);
        const base = [HOME.code, HOME.county, HOME.formerCounty, HOME.country];
        const shown = observations.filter(
          (o) => o.indicator === id && o.breakdown === 'alle' && base.includes(o.geo)
        );
        const years = shown.map((o) => Number(o.year));
        expect([m.ticks[0].text, m.ticks.at(-1)!.text], where).toEqual(
          [Math.min(...years), Math.max(...years)].map(String)
        );
      }
    }
  );

  test('on a phone, «Vestfold og Telemark» is drawn whole, wrapped into lines inside the chart', async () => {
    const m = await measure('/indikator/minoritetsspraklige_barnehage', PHONE);
    const county = m.labels.find((l) => l.text.startsWith('Vestfold'))!;
    expect(county.text).toBe('Vestfold og Telemark');
    expect(county.right).toBeLessThanOrEqual(m.width);
    // two lines: one line of 13 px text is about 16 px high
    expect(county.bottom - county.top).toBeGreaterThan(26);
  });

  test("a goal page with the plan's baseline marked: no text of its charts runs past their edges at 390 px", async () => {
    const m = await measure('/mal/fp-utfordring-skolemiljo', PHONE, 'figure.chart');
    expect(m.all.some((t) => t.text.startsWith('Planens utgangspunkt'))).toBe(true);
    expect(cut(m.all, m.width)).toEqual([]);
    // the baseline's label hangs from the top: end labels keep below it
    expect(pairs(m.all)).toEqual([]);
  });
});
