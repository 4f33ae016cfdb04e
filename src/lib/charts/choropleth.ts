// A map of Telemark coloured by each municipality's standing against Norway, with a legend in words.
import * as Plot from '@observablehq/plot';
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import { valueText } from '$lib/format';
import { CLASSES, mapClasses, type MunicipalityMap } from './county';

/** Plot options for the map; the legend names the classes in words; home outlined thickly. */
export function choropleth(
  map: MunicipalityMap,
  rows: SeriesPoint[],
  indicator: Indicator,
  opts: { home: string; title: string }
): Plot.PlotOptions {
  const classes = mapClasses(rows, indicator);
  const values = new Map(rows.map((r) => [r.geo, r.value]));
  const titleOf = (f: MunicipalityMap['features'][number]) =>
    `${f.properties.kommunenavn}: ${valueText(values.get(f.properties.kommunenummer), indicator.unit)} (${classOf(f).toLowerCase()})`;
  const classOf = (f: MunicipalityMap['features'][number]) =>
    classes.get(f.properties.kommunenummer) ?? 'Mangler tall';
  const used = CLASSES.filter((c) => [...map.features].some((f) => classOf(f) === c.label));
  const home = map.features.filter((f) => f.properties.kommunenummer === opts.home);
  return {
    height: 420,
    ariaLabel: opts.title,
    // room on the right for the names of the coastal municipalities (Porsgrunn's centroid lies near the edge)
    projection: { type: 'transverse-mercator', rotate: [-9, 0], domain: map as never, insetRight: 28 },
    color: {
      type: 'ordinal',
      domain: used.map((c) => c.label),
      range: used.map((c) => c.fill),
      legend: true
    },
    marks: [
      // each shape names its municipality, value and class: a <title> the browser shows on hover (also in the
      // static SVG), and in the live chart a tip at the nearest municipality on hover and tap
      Plot.geo(map.features, {
        fill: classOf,
        stroke: '#333',
        strokeWidth: 0.8,
        title: titleOf
      }),
      // named, so a screen reader (and a test) can tell which municipality the thick outline marks
      Plot.geo(home, {
        stroke: '#000',
        strokeWidth: 3,
        fill: 'none',
        ariaLabel: (f: MunicipalityMap['features'][number]) => f.properties.kommunenavn
      }),
      Plot.tip(map.features, Plot.pointer(Plot.centroid({ title: titleOf }))),
      Plot.text(
        map.features,
        Plot.centroid({
          text: (f: MunicipalityMap['features'][number]) => f.properties.kommunenavn,
          fontSize: 11,
          fontWeight: 600,
          stroke: 'white',
          strokeWidth: 3.5,
          fill: '#111'
        })
      )
    ]
  };
}
