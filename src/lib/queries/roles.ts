// Which geographies a chart starts with: the chosen municipality, its county (today's and the 2020-2023 one) and Norway.
import { HOME } from '$lib/dataset/schema';

/** Home, its county (40), the 2020-2023 county (38, only where a source has no 40) and Norway. */
export const BASE_GEOS = [HOME.code, HOME.county, HOME.formerCounty, HOME.country].filter(Boolean);
