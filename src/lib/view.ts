// An indicator page's view in its URL (?vis=jenter&kommuner=4003,4005&fra=2015&til=2022), so a copied link restores it.

/** What an indicator page shows beyond its defaults. */
export interface View {
  breakdown: string | null; // null = the indicator's default breakdown
  added: string[]; // municipality codes added to the chart, in the order chosen
  from?: number | null; // first year shown (a period is placed at its year); null = the first there is
  to?: number | null; // last year shown; null = the newest
}

/** Reads a view from URL search parameters, keeping only breakdowns, codes and years the page knows. */
export function parseView(
  params: URLSearchParams,
  valid: { breakdowns: string[]; codes: string[]; years?: number[] }
): View {
  const breakdown = params.get('vis');
  const added = (params.get('kommuner') ?? '')
    .split(',')
    .filter((c, i, all) => valid.codes.includes(c) && all.indexOf(c) === i);
  const year = (name: string) => {
    const y = Number(params.get(name));
    return params.get(name) && valid.years?.includes(y) ? y : null;
  };
  let [from, to] = [year('fra'), year('til')];
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const view: View = {
    breakdown: breakdown && valid.breakdowns.includes(breakdown) ? breakdown : null,
    added
  };
  return valid.years ? { ...view, from, to } : view;
}

/** The search string for a view ('' for the default view); the default breakdown and an open range are left out. */
export function viewSearch(view: View, defaultBreakdown: string): string {
  const params = new URLSearchParams();
  if (view.breakdown && view.breakdown !== defaultBreakdown) params.set('vis', view.breakdown);
  if (view.added.length) params.set('kommuner', view.added.join(','));
  if (view.from != null) params.set('fra', String(view.from));
  if (view.to != null) params.set('til', String(view.to));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** Points within a year range (either end open). */
export function inRange<T extends { year: number }>(points: T[], view: Pick<View, 'from' | 'to'>): T[] {
  return points.filter(
    (p) => (view.from == null || p.year >= view.from) && (view.to == null || p.year <= view.to)
  );
}
