// The answer a page gives first: home's newest value, its county and Norway, the verdict and the trend, from one series.
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';
import { verdict, type Verdict } from './verdict';
import { changes, type Movement } from './change';
import { step } from './margin';
import { countyLevel } from './countyLevel';

/** What the first screen says; values in the indicator's unit; null parts where the series has none. */
export interface Answer {
  newest: SeriesPoint | null; // home's newest period with a value
  county: SeriesPoint | null; // the county in that period (today's county, else the former one)
  country: SeriesPoint | null;
  againstCountry: Verdict;
  againstCounty: Verdict;
  trend: Movement | null; // against the newest period it does not overlap
  countyLevel: ReturnType<typeof countyLevel>; // a series with county and country only: their newest, home has none
}

type Roles = { home: string; county: string; formerCounty: string; country: string };

/** The answer from one breakdown's points (several geographies, oldest first), by the rule in margin.ts. */
export function answer(points: SeriesPoint[], indicator: Indicator, roles: Roles): Answer {
  const home = points.filter((p) => p.geo === roles.home);
  const newest = home.filter((p) => p.value != null).at(-1) ?? null;
  const at = (geo: string) =>
    (newest && points.find((p) => p.geo === geo && p.period === newest.period && p.value != null)) || null;
  const county = at(roles.county) ?? (roles.formerCounty ? at(roles.formerCounty) : null);
  const country = at(roles.country);
  const judge = (other: SeriesPoint | null) =>
    verdict(
      newest?.value ?? null,
      other?.value ?? null,
      indicator,
      Math.max(step(newest ?? { note: null }), step(other ?? { note: null }))
    );
  return {
    newest,
    county,
    country,
    againstCountry: judge(country),
    againstCounty: judge(county),
    trend: changes(home, indicator).sincePrevious,
    countyLevel: countyLevel(points, roles)
  };
}
