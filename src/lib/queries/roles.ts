// Which geographies a chart starts with: Porsgrunn, its county (today's and the 2020-2023 one) and Norway.
import { HOME } from '$lib/dataset/schema';

/** Home, Telemark (40), Vestfold og Telemark (38, only where a source has no 40) and Norway. */
export const BASE_GEOS = [HOME.code, HOME.county, '38', HOME.country];
