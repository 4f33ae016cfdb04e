// An indicator page's view in its URL (?vis=jenter&kommuner=4003,4005), so a copied link restores it.

/** What an indicator page shows beyond its defaults. */
export interface View {
  breakdown: string | null; // null = the indicator's default breakdown
  added: string[]; // municipality codes added to the chart, in the order chosen
}

/** Reads a view from URL search parameters, keeping only breakdowns and codes the page knows. */
export function parseView(params: URLSearchParams, valid: { breakdowns: string[]; codes: string[] }): View {
  const breakdown = params.get('vis');
  const added = (params.get('kommuner') ?? '').split(',').filter((c, i, all) => valid.codes.includes(c) && all.indexOf(c) === i);
  return { breakdown: breakdown && valid.breakdowns.includes(breakdown) ? breakdown : null, added };
}

/** The search string for a view ('' for the default view); the default breakdown is left out. */
export function viewSearch(view: View, defaultBreakdown: string): string {
  const params = new URLSearchParams();
  if (view.breakdown && view.breakdown !== defaultBreakdown) params.set('vis', view.breakdown);
  if (view.added.length) params.set('kommuner', view.added.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
