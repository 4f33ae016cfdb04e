// The trend chart drawn from test rows: its SVG against the snapshot, and the rules a reader relies on.
import { describe, expect, test } from 'vitest';
import { TEST_ADDED, TEST_CLOSE, TEST_ROLES, TEST_TREND } from './fixtures';
import { endLabels, overlaps, ticks } from './boxes';
import { draw, expectSnapshot } from './snapshot';
import { lineStyle, trend } from './trend';
import { textWidth } from './textWidth';
import { FONT_SIZE } from './endLabels';

const BASE = [TEST_ROLES.home, TEST_ROLES.county, TEST_ROLES.country];
const options = (geos: string[], extra: Partial<Parameters<typeof trend>[1]> = {}) =>
  trend(
    [...TEST_TREND, ...TEST_ADDED].filter((p) => geos.includes(p.geo)),
    {
      geos,
      home: TEST_ROLES.home,
      country: TEST_ROLES.country,
      unit: 'prosent',
      title: 'Testindikator',
      ...extra
    }
  );

/** A point to one decimal: Plot writes a path's points rounded and a label's position in full. */
const at = (x: string, y: string) => `${(+x).toFixed(1)},${(+y).toFixed(1)}`;

/** Each drawn line: its name (the path's aria-label), its dash pattern and its end point. */
function lines(svg: Element) {
  return [...svg.querySelectorAll('g[aria-label="line"]')].map((g) => {
    const path = g.querySelector('path')!;
    const end = path.getAttribute('d')!.match(/(-?[\d.]+),(-?[\d.]+)Z?$/)!;
    return {
      name: path.getAttribute('aria-label'),
      dash: g.getAttribute('stroke-dasharray') ?? 'none',
      stroke: g.getAttribute('stroke'),
      width: g.getAttribute('stroke-width'),
      segments: path.getAttribute('d')!.split('M').length - 1,
      end: at(end[1], end[2])
    };
  });
}

/** The text labels of the chart's text marks, with where they stand. */
function labels(svg: Element) {
  return [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => ({
    text: t.textContent,
    at: t.getAttribute('transform')!.replace(/translate\((-?[\d.]+),(-?[\d.]+)\)/, (_, x, y) => at(x, y))
  }));
}

const closeOptions = (width: number, more: Partial<Parameters<typeof trend>[1]> = {}) =>
  trend(TEST_CLOSE, {
    geos: ['9901', '99', '98', '0'],
    home: TEST_ROLES.home,
    country: TEST_ROLES.country,
    unit: 'prosent',
    title: 'Testindikator',
    width,
    ...more
  });

describe('trend', () => {
  test('home, county and country: the drawing matches its snapshot', () => {
    expectSnapshot('trend-home-county-country', draw(options(BASE)));
  });

  test('a break in the series is a dotted rule midway between its two periods, labelled «brudd»', () => {
    const svg = draw(options(BASE, { breaks: [{ year: 2020.5 }] }));
    expectSnapshot('trend-break', svg);
    const rules = [...svg.querySelectorAll('g[aria-label="rule"] line')];
    expect(rules).toHaveLength(1);
    const x = (year: number) =>
      Number(
        [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')]
          .find((t) => t.textContent === String(year))!
          .closest('[transform]')!
          .getAttribute('transform')!
          .match(/translate\((-?[\d.]+)/)![1]
      );
    expect(Number(rules[0].getAttribute('x1'))).toBeCloseTo((x(2020) + x(2021)) / 2, 0);
    expect(labels(svg).map((l) => l.text)).toContain('brudd');
  });

  test('added municipalities, a baseline and a target: the drawing matches its snapshot', () => {
    const svg = draw(
      options([...BASE, '9902', '9903'], {
        baseline: { year: 2020, label: 'Planens utgangspunkt (2020)' },
        target: { value: 8, label: 'Mål: 8 %' }
      })
    );
    expectSnapshot('trend-added-baseline-target', svg);
  });

  test('never colour alone: home is solid and thickest, county and country each have their own dash', () => {
    const drawn = lines(draw(options(BASE)));
    const by = Object.fromEntries(drawn.map((l) => [l.name, l]));
    expect(by.Testby.dash).toBe('none');
    expect(by.Testfylket.dash).not.toBe('none');
    expect(by.Testlandet.dash).not.toBe('none');
    expect(new Set(drawn.map((l) => l.dash)).size).toBe(3);
    expect(Number(by.Testby.width)).toBeGreaterThan(Number(by.Testfylket.width));
  });

  test('every line is named by a label at its last value, home last so it is drawn on top', () => {
    const svg = draw(options([...BASE, '9902', '9903']));
    const drawn = lines(svg);
    expect(drawn.map((l) => l.name)).toEqual(['Testfylket', 'Testlandet', 'Nabobyen', 'Fjordbyen', 'Testby']);
    const named = labels(svg);
    for (const line of drawn) expect(named, line.name!).toContainEqual({ text: line.name, at: line.end });
  });

  test("two counties (today's and the former one) are drawn with different dashes, not in the same line style", () => {
    const drawn = Object.fromEntries(lines(draw(closeOptions(358))).map((l) => [l.name, l.dash]));
    expect(new Set(Object.values(drawn)).size).toBe(4);
    expect(drawn['Gamle Testfylket og Nabofylket']).not.toBe(drawn.Testfylket);
  });

  test('on a phone (390 px screen, chart 358 px): close lines and a long name, the drawing matches its snapshot', () => {
    expectSnapshot('trend-phone-close', draw(closeOptions(358)));
  });

  test('on a phone, close end labels are moved apart, each joined to its line by a leader in its colour and dash', () => {
    const svg = draw(closeOptions(358));
    const boxes = endLabels(svg);
    expect(overlaps(boxes)).toEqual([]);
    expect(boxes.filter((b) => b.right > 358)).toEqual([]);
    const ends = Object.fromEntries(lines(svg).map((l) => [l.name, l]));
    for (const box of boxes) {
      const end = ends[box.name]!.end.split(',').map(Number);
      const moved = Math.abs(box.y - end[1]) > 0.5;
      const leader = box.leader;
      expect(!!leader, box.name).toBe(moved);
      if (leader) {
        expect(at(leader.from[0] - 4 + '', leader.from[1] + ''), box.name).toBe(ends[box.name]!.end);
        expect(leader.to[1]).toBeCloseTo(box.y, 1);
        expect(leader.dash, box.name).toBe(ends[box.name]!.dash);
        expect(leader.stroke, box.name).toBe(ends[box.name]!.stroke);
      }
    }
    expect(boxes.filter((b) => b.leader).length).toBeGreaterThan(0);
  });

  test('with a baseline, whose label hangs from the top of the frame, end labels stay below that label', () => {
    const plain = endLabels(draw(closeOptions(358)));
    expect(Math.min(...plain.map((b) => b.top))).toBeLessThan(33);
    const withBaseline = endLabels(
      draw(closeOptions(358, { baseline: { year: 2020, label: 'Planens utgangspunkt (2018-2020)' } }))
    );
    // the frame's top is 20 px down; the baseline's label reaches 18 px below it
    expect(Math.min(...withBaseline.map((b) => b.top))).toBeGreaterThanOrEqual(38);
    expect(overlaps(withBaseline)).toEqual([]);
  });

  test.each([300, 358, 640])(
    "at %i px the baseline's label stays right of the y axis's ticks and inside the chart, at either end of the years",
    (width) => {
      const label = 'Planens utgangspunkt (2020/21-2022/23)';
      for (const year of [2016, 2019, 2023]) {
        const svg = draw(closeOptions(width, { baseline: { year, label } }));
        const g = svg.querySelector('g[aria-label="text"][fill="#5a4300"]')!;
        const text = g.querySelector('text')!;
        const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent!);
        const shown = lines.length ? lines : [text.textContent!];
        expect(shown.join(' ').replace('( ', '('), `${width} ${year}`).toBe(label);
        const centre =
          Number(text.getAttribute('transform')!.match(/translate\((-?[\d.]+),/)![1]) +
          Number(g.getAttribute('transform')!.match(/translate\((-?[\d.]+),/)![1]);
        const half = Math.max(...shown.map((l) => textWidth(l, FONT_SIZE))) / 2;
        // the y axis's tick labels end at the frame's left edge (48 px)
        expect(centre - half, `${width} ${year}`).toBeGreaterThanOrEqual(48);
        expect(centre + half, `${width} ${year}`).toBeLessThanOrEqual(width);
        // a label broken in two lines pushes the end labels further down
        const top = Math.min(...endLabels(svg).map((b) => b.top));
        expect(top, `${width} ${year}`).toBeGreaterThanOrEqual(20 + 2 + 16 * shown.length);
      }
    }
  );

  test('on a phone, a long name is wrapped at its spaces, never cut, and whole in its tooltip', () => {
    const long = endLabels(draw(closeOptions(358))).find((b) => b.name.startsWith('Gamle'))!;
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.lines.join(' ')).toBe('Gamle Testfylket og Nabofylket');
    expect(long.title).toBe('Gamle Testfylket og Nabofylket');
    expect(endLabels(draw(closeOptions(640))).find((b) => b.name.startsWith('Gamle'))!.lines).toHaveLength(1);
  });

  test('on a phone, the year ticks are thinned so none touches the next, the first and the newest kept', () => {
    const phone = ticks(draw(closeOptions(358)));
    expect(phone.length).toBeLessThan(8);
    expect(phone[0].text).toBe('2016');
    expect(phone.at(-1)!.text).toBe('2023');
    for (const [i, t] of phone.entries())
      if (i) expect(t.left - phone[i - 1].right, t.text).toBeGreaterThanOrEqual(6);
    expect(ticks(draw(closeOptions(640))).map((t) => t.text)).toHaveLength(8);
  });

  test('a suppressed year breaks the line into two pieces; it is never drawn as 0', () => {
    const home = lines(draw(options(BASE))).find((l) => l.name === 'Testby')!;
    expect(home.segments).toBe(2);
  });

  test('added municipalities are told apart from the county and the country by dash as well as colour', () => {
    const county = lineStyle('99', TEST_ROLES, 0);
    const country = lineStyle('0', TEST_ROLES, 1);
    const added = [0, 1, 2].map((i) => lineStyle(`990${i + 2}`, TEST_ROLES, i));
    for (const a of added) expect([county.dash, country.dash]).not.toContain(a.dash);
    expect(new Set(added.map((a) => a.stroke)).size).toBe(3);
  });
});
