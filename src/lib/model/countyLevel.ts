// The one rule for a series its source gives only for counties and the country (Udir's dropout): home has no row at all.
import type { SeriesPoint } from './series';

type Roles = { home: string; county: string; formerCounty: string; country: string };

/**
 * The newest county point with a value (today's county or the former one, whichever is newer) and the country in the
 * same period, when home has no row at all; null when home has rows or no county has a value. Never a guess for home.
 */
export function countyLevel(
  points: SeriesPoint[],
  roles: Roles
): { county: SeriesPoint; country: SeriesPoint | null } | null {
  if (points.some((p) => p.geo === roles.home)) return null;
  const county = points
    .filter((p) => (p.geo === roles.county || p.geo === roles.formerCounty) && p.value != null)
    .reduce<SeriesPoint | null>((a, p) => (!a || p.year > a.year ? p : a), null);
  if (!county) return null;
  const country =
    points.find((p) => p.geo === roles.country && p.period === county.period && p.value != null) ?? null;
  return { county, country };
}

/** What a page says instead of home's value for such a series. */
export const countyLevelText = (home: string) =>
  `${home} har ikke eget tall: kilden oppgir bare fylket og landet (fylkesnivå), ikke elevenes bostedskommune.`;
