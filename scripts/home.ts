// Reads OPPVEKST_KOMMUNE for the build (vite.config.ts): the chosen municipality checked against data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRows } from '../src/lib/server/csvFile.ts';
import { FAMILIES, type Geography, type GeoLevel } from '../src/lib/dataset/schema.ts';
import { resolveHome, SETTING, type Home } from '../src/lib/dataset/home.ts';

const rows = (dir: string, file: string) => csvRows(join(dir, file));

/** data/geographies.csv as typed rows (valid_to '' → null). */
export function readGeographies(dir = 'data'): Geography[] {
  return rows(dir, 'geographies.csv').map((v) => ({
    code: v.code,
    name: v.name,
    level: v.level as GeoLevel,
    valid_from: Number(v.valid_from),
    valid_to: v.valid_to ? Number(v.valid_to) : null,
    successor: v.successor,
    harmonised: v.harmonised
  }));
}

/** Codes that have observations in the extracts and a shape in the map: the places a build can be about. */
export function coveredCodes(dir = 'data'): Set<string> {
  const observed = new Set(FAMILIES.flatMap((f) => rows(dir, `${f.id}.csv`).map((v) => v.geo)));
  const map = JSON.parse(readFileSync(join(dir, 'telemark-kommuner.geojson'), 'utf8')) as {
    features: { properties: { kommunenummer: string } }[];
  };
  return new Set(map.features.map((f) => f.properties.kommunenummer).filter((c) => observed.has(c)));
}

/** The Home that the environment's OPPVEKST_KOMMUNE chooses (default 4001); throws a Norwegian message when it cannot. */
export function homeFromEnv(env: Record<string, string | undefined> = process.env, dir = 'data'): Home {
  return resolveHome(env[SETTING], readGeographies(dir), coveredCodes(dir));
}
