// Reduces Kartverket's municipality outlines (all of Norway, 2024) to Telemark's 17 municipalities as GeoJSON.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** The outline file inside data/raw, and the map file written into data/. */
export const MAP_SOURCE = 'maps/kommuner-2024-s.topojson';
export const MAP_FILE = 'telemark-kommuner.geojson';

type Ring = [number, number][];
const round = (ring: Ring): Ring =>
  ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
const area = (ring: Ring) =>
  ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    return sum + x1 * y2 - x2 * y1;
  }, 0);

/**
 * d3-geo (and so Plot) reads a ring's winding on the sphere: an outer ring must run clockwise, a hole
 * anticlockwise, or the polygon becomes the whole globe minus the municipality. The source follows
 * RFC 7946 (the opposite), so rings are rewound here.
 */
function rewind(polygon: Ring[]): Ring[] {
  return polygon.map((ring, i) => {
    const clockwise = area(ring) < 0;
    return (i === 0) === clockwise ? round(ring) : round([...ring].reverse());
  });
}

function geometry(g: { type: string; coordinates: unknown }) {
  if (g.type === 'Polygon') return { type: g.type, coordinates: rewind(g.coordinates as Ring[]) };
  return { type: g.type, coordinates: (g.coordinates as Ring[][]).map(rewind) };
}

/** Telemark (county 40) municipalities from the national outline file: code, name and geometry, 4 decimals (~10 m). */
export function telemarkMap(topologyText: string): string {
  const topology = JSON.parse(topologyText) as Topology;
  const collection = feature(
    topology,
    topology.objects.Kommuner as GeometryCollection<{ kommunenummer: string; kommunenavn: string }>
  );
  const features = collection.features
    .filter((f) => f.properties.kommunenummer.startsWith('40'))
    .sort((a, b) => a.properties.kommunenummer.localeCompare(b.properties.kommunenummer))
    .map((f) => ({
      type: 'Feature',
      properties: { kommunenummer: f.properties.kommunenummer, kommunenavn: f.properties.kommunenavn },
      geometry: geometry(f.geometry as { type: string; coordinates: unknown })
    }));
  return (
    JSON.stringify({
      type: 'FeatureCollection',
      attribution: '© Kartverket (CC BY 4.0), via robhop/fylker-og-kommuner',
      features
    }) + '\n'
  );
}

/** The map file's text from the outline file in `rawDir` (laid out like data/raw). */
export const buildMap = (rawDir: string) => telemarkMap(readFileSync(`${rawDir}/${MAP_SOURCE}`, 'utf8'));
