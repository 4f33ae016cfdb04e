// Every indicator's trend as the indicator page draws it from the real extracts, on a phone and on a desktop:
// no two end labels cover each other, none runs past the svg's right edge, no tick label touches the next.
import { describe, expect, test } from 'vitest';
import { extractsForTests } from '$lib/db/extractsForTests';
import { indicators } from '$lib/queries/catalogue';
import { series } from '$lib/queries/series';
import { BASE_GEOS } from '$lib/queries/roles';
import { HOME } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import { endLabels, overlaps, ticks } from './boxes';
import { draw } from './snapshot';
import { trend } from './trend';

const db = extractsForTests();
const SKIEN = '4003';

// Porsgrunn's dashboard, and Skien's (OPPVEKST_KOMMUNE=4003 builds it), where Skien and Telemark end close too.
const HOMES = [BASE_GEOS, [SKIEN, ...BASE_GEOS.slice(1)]];

/** Each indicator with its default breakdown's rows for each dashboard's geographies, home first. */
async function charts() {
  const all = await indicators(db());
  const out: { id: string; geos: string[]; points: SeriesPoint[]; unit: (typeof all)[number]['unit'] }[] = [];
  for (const geos of HOMES)
    for (const ind of all) {
      const breakdown = ind.breakdowns.split('|')[0];
      const points = await series(db(), { indicator: ind.id, breakdown, geos });
      if (points.some((p) => p.value != null))
        out.push({ id: `${ind.id} (${geos[0]})`, geos, points, unit: ind.unit });
    }
  return out;
}

type Drawn = Awaited<ReturnType<typeof charts>>[number];
const drawn = (c: Drawn, width: number) =>
  draw(
    trend(c.points, {
      geos: c.geos,
      home: c.geos[0],
      country: HOME.country,
      unit: c.unit,
      title: c.id,
      width
    })
  );

describe('trend on real indicators', () => {
  test.each([358, 640, 900])(
    'at %i px: end labels apart and inside the svg, tick labels apart',
    async (width) => {
      const problems: string[] = [];
      let moved = 0;
      for (const c of await charts()) {
        const svg = drawn(c, width);
        const labels = endLabels(svg);
        moved += labels.filter((l) => l.leader).length;
        for (const pair of overlaps(labels)) problems.push(`${c.id}: ${pair} overlap`);
        for (const l of labels.filter((l) => l.right > width))
          problems.push(`${c.id}: ${l.name} ends at ${l.right}`);
        const t = ticks(svg);
        for (const [i, tick] of t.entries())
          if (i && tick.left - t[i - 1].right < 4)
            problems.push(`${c.id}: ticks ${t[i - 1].text}/${tick.text} touch`);
        if (t.length && (t[0].left < 0 || t.at(-1)!.right > width)) problems.push(`${c.id}: a tick is cut`);
      }
      expect(problems).toEqual([]);
      // the data holds lines that end close together (Porsgrunn and Telemark in lavinntekt, minoritetsspråklige …)
      if (width === 358) expect(moved).toBeGreaterThan(0);
    }
  );

  test('the first and the newest period are always among the ticks', async () => {
    const list = await charts();
    expect(list.filter((c) => c.geos[0] === SKIEN).length).toBeGreaterThan(20);
    for (const c of list) {
      const years = [...new Set(c.points.map((p) => p.year))].sort((a, b) => a - b);
      for (const width of [358, 640]) {
        const t = ticks(drawn(c, width)).map((x) => Number(x.text));
        expect([t[0], t.at(-1)], `${c.id} at ${width}`).toEqual([years[0], years.at(-1)]);
      }
    }
  });
});
