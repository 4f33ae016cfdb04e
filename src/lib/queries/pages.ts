// Everything a page shows, as one question each: run at build time (prerender) or, in the DuckDB-first
// baseline and whenever the build holds no rows, in the browser. Same SQL in both places.
import type { Database } from '$lib/db/database';
import { defaultBreakdown, HOME, type Family, type Indicator } from '$lib/dataset/schema';
import { latest, type LatestValue } from './latest';
import { planFigures } from './planFigures';
import { series } from './series';
import type { SeriesPoint } from '$lib/model/series';
import { ranking } from './ranking';
import { goalStatuses } from './goalStatuses';
import type { Status } from '$lib/model/status';
import type { PlanFigure } from '$lib/dataset/schema';
import { BASE_GEOS } from './roles';
import { indicators } from './catalogue';
import { challengePicture, type PictureRow } from './picture';
import { changes, type Movement } from '$lib/model/change';
import { bestQuarter } from '$lib/model/bestQuarter';
import { fromUpload } from '$lib/dataset/uploaded';

/** The front page: newest values and, where the plan is home's own, its figures and home's trend for each plan topic. */
export interface FrontView {
  latest: LatestValue[];
  figures: PlanFigure[];
  trends: Record<string, SeriesPoint[]>; // by indicator id, home only, default breakdown
  barometer: Record<string, Barometer>; // by indicator id, default breakdown
}

/** One barometer row beyond the newest values: home's trend and the county's best quarter. */
export interface Barometer {
  trend: Movement | null;
  best: [number, number] | null;
}

export async function frontView(db: Database, all: Indicator[]): Promise<FrontView> {
  // Porsgrunn's plan figures are never shown as another municipality's.
  const figures = HOME.plan ? await planFigures(db) : [];
  const trends: Record<string, SeriesPoint[]> = {};
  for (const id of new Set(figures.map((f) => f.indicator))) {
    const ind = all.find((i) => i.id === id);
    if (ind)
      trends[id] = await series(db, {
        indicator: id,
        breakdown: defaultBreakdown(ind),
        geos: [HOME.code]
      });
  }
  const barometer: Record<string, Barometer> = {};
  for (const ind of all) {
    const breakdown = defaultBreakdown(ind);
    const home = await series(db, { indicator: ind.id, breakdown, geos: [HOME.code] });
    if (!home.some((p) => p.value != null)) continue; // nothing of home's to move (a series not fetched yet): the row shows «–»
    const county = await ranking(db, { indicator: ind.id, breakdown });
    barometer[ind.id] = { trend: changes(home, ind).sincePrevious, best: bestQuarter(county, ind) };
  }
  return { latest: await latest(db, BASE_GEOS), figures, trends, barometer };
}

/** An indicator page: every breakdown's series and ranking, and the goals it measures with their status. */
export interface IndicatorView {
  series: Record<string, SeriesPoint[]>;
  ranking: Record<string, SeriesPoint[]>;
  goals: { id: string; plan: string; section: string; quote: string; status: Status; uploaded: boolean }[];
}

export async function indicatorView(db: Database, indicator: Indicator): Promise<IndicatorView> {
  const view: IndicatorView = { series: {}, ranking: {}, goals: [] };
  for (const breakdown of indicator.breakdowns.split('|')) {
    view.series[breakdown] = await series(db, { indicator: indicator.id, breakdown, geos: BASE_GEOS });
    view.ranking[breakdown] = await ranking(db, { indicator: indicator.id, breakdown });
  }
  if (!HOME.plan) return view;
  view.goals = (await goalStatuses(db, { home: HOME.code, country: HOME.country }))
    .filter((v) => v.indicators.some((i) => i.id === indicator.id))
    .map((v) => ({
      id: v.goal.id,
      plan: v.goal.plan,
      section: v.goal.section,
      quote: v.goal.quote,
      status: v.status,
      uploaded: v.points.some(fromUpload)
    }));
  return view;
}

/** The goals page: every goal with its status (none outside Porsgrunn's build: the plans are Porsgrunn's). */
export function goalsView(db: Database) {
  return HOME.plan ? goalStatuses(db, { home: HOME.code, country: HOME.country }) : Promise.resolve([]);
}

/** A goal page: the goal's status and each linked indicator's series; undefined for an unknown goal. */
export async function goalView(db: Database, id: string) {
  const view = (await goalsView(db)).find((v) => v.goal.id === id);
  if (!view) return undefined;
  const charts: { id: string; points: SeriesPoint[] }[] = [];
  for (const ind of view.indicators) {
    charts.push({
      id: ind.id,
      points: await series(db, {
        indicator: ind.id,
        breakdown: defaultBreakdown(ind),
        geos: BASE_GEOS
      })
    });
  }
  return { view, charts };
}

/** The one-page profile: newest values and the plan's main challenges with their status. */
export async function profileView(db: Database) {
  const challenges = (await goalsView(db))
    .filter((v) => v.goal.kind === 'hovedutfordring')
    .map((v) => ({
      id: v.goal.id,
      section: v.goal.section,
      status: v.status,
      uploaded: v.points.some(fromUpload),
      indicator: v.indicators[0] ? { name: v.indicators[0].name, unit: v.indicators[0].unit } : null,
      newest: v.detail?.newest ? { period: v.detail.newest.period, value: v.detail.newest.value } : null
    }));
  return { latest: await latest(db, BASE_GEOS), challenges };
}

/** One indicator on a family page: the front page's row, home's series (default breakdown, oldest first) and its changes. */
export interface FamilyRow extends PictureRow {
  trend: SeriesPoint[];
  sincePrevious: Movement | null;
  overSeries: Movement | null;
}

export interface FamilyView {
  id: Family;
  name: string;
  description: string;
  rows: FamilyRow[];
}

/** A family page: each of the family's indicators, in catalogue order, newest values and how home has moved. */
export async function familyView(db: Database, family: Family): Promise<FamilyView> {
  const own = (await indicators(db)).filter((i) => i.family === family);
  const newest = (await latest(db, BASE_GEOS)).filter((l) => own.some((i) => i.id === l.indicator));
  const roles = {
    home: HOME.code,
    county: HOME.county,
    formerCounty: HOME.formerCounty,
    country: HOME.country
  };
  // challengePicture has a group for every family, even one without indicators.
  const picture = challengePicture(own, newest, roles).find((f) => f.id === family)!;
  const rows: FamilyRow[] = [];
  for (const row of picture.rows) {
    const trend = await series(db, {
      indicator: row.indicator.id,
      breakdown: defaultBreakdown(row.indicator),
      geos: [HOME.code]
    });
    rows.push({ ...row, trend, ...changes(trend, row.indicator) });
  }
  return { ...picture, rows };
}
