// Every goal with its computed status, from its first linked indicator's series.
import type { Database } from '$lib/db/database';
import { defaultBreakdown, type Goal, type Indicator } from '$lib/dataset/schema';
import { goals, goalIndicators } from './goals';
import { indicators } from './catalogue';
import { series } from './series';
import type { SeriesPoint } from '$lib/model/series';
import { goalStatus, type GoalStatus, type Status } from '$lib/model/status';
import { BASE_GEOS } from './roles';

/** A goal as the pages show it: measured goals carry the primary indicator's series and status. */
export interface GoalView {
  goal: Goal;
  indicators: Indicator[];
  status: Status;
  detail: GoalStatus | null; // null when no indicator here measures the goal
  points: SeriesPoint[]; // primary indicator, default breakdown, home/county/country
}

/** Status of every goal, in catalogue order. */
export async function goalStatuses(
  db: Database,
  roles: { home: string; country: string }
): Promise<GoalView[]> {
  const catalogue = new Map((await indicators(db)).map((i) => [i.id, i]));
  const views: GoalView[] = [];
  for (const goal of await goals(db)) {
    const linked = goalIndicators(goal)
      .map((id) => catalogue.get(id))
      .filter((i): i is Indicator => !!i);
    const primary = linked[0];
    if (!primary) {
      views.push({ goal, indicators: [], status: 'ikke målt her ennå', detail: null, points: [] });
      continue;
    }
    const points = await series(db, {
      indicator: primary.id,
      breakdown: defaultBreakdown(primary),
      geos: BASE_GEOS
    });
    const detail = goalStatus(goal, primary, points, roles);
    views.push({ goal, indicators: linked, status: detail.status, detail, points });
  }
  return views;
}
