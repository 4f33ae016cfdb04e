// The municipality the dashboard is about, resolved from one setting against the geography table.
import type { Geography } from './schema';

/** The build setting that chooses the municipality, and its value when unset. */
export const SETTING = 'OPPVEKST_KOMMUNE';
export const DEFAULT_CODE = '4001';

/** The municipality whose plans data/goals.csv and data/plan-figures.csv quote: Porsgrunn kommune. */
export const PLAN_OWNER = '4001';

/** The chosen municipality and its comparators; every name comes from the geography table. */
export interface Home {
  code: string;
  name: string;
  genitive: string; // «Porsgrunns», «Skiens»
  county: string; // today's county: the first two digits of the code
  countyName: string;
  formerCounty: string; // the county of the 2020-2023 code ('38'), '' when there was none
  country: string;
  countryName: string;
  codes: { code: string; from: number; to: number | null }[]; // the municipality's codes, oldest first
  plan: boolean; // whether the plan goals in data/ are this municipality's own
}

const fail = (value: string, why: string) => new Error(`${SETTING}=${value}: ${why}`);

/**
 * The Home for a setting value ('' or undefined gives DEFAULT_CODE). Throws an Error with a Norwegian
 * message naming the setting and the value when the code is not a current municipality in `geographies`,
 * or when `covered` (codes the shipped data and map have) lacks it.
 */
export function resolveHome(value: string | undefined, geographies: Geography[], covered: Set<string>): Home {
  const code = value?.trim() || DEFAULT_CODE;
  const byCode = new Map(geographies.map((g) => [g.code, g]));
  const current = geographies.filter(
    (g) => g.level === 'kommune' && g.valid_to === null && covered.has(g.code)
  );
  const offer = `Dataene som følger med dekker ${current.map((g) => `${g.code} ${g.name}`).join(', ')}.`;
  if (!/^\d{4}$/.test(code))
    throw fail(code, `et kommunenummer har fire siffer, for eksempel 4003 for Skien. ${offer}`);
  const g = byCode.get(code);
  if (!g || g.level !== 'kommune')
    throw fail(code, `kommunenummeret finnes ikke i data/geographies.csv. ${offer}`);
  if (g.valid_to !== null) {
    const today = g.harmonised && byCode.get(g.harmonised);
    throw fail(
      code,
      `${code} (${g.name}) gjaldt til ${g.valid_to}${today ? `; bruk dagens nummer ${today.code}` : ''}. ${offer}`
    );
  }
  if (!covered.has(code))
    throw fail(code, `dataene og kartet som følger med har ingen tall for ${g.name} (${code}). ${offer}`);
  const county = byCode.get(code.slice(0, 2));
  if (!county || county.level !== 'fylke' || county.valid_to !== null) {
    throw fail(code, `fant ikke dagens fylke ${code.slice(0, 2)} for ${g.name} i data/geographies.csv.`);
  }
  const chain = geographies
    .filter((x) => x.level === 'kommune' && x.harmonised === code)
    .sort((a, b) => a.valid_from - b.valid_from);
  const former = chain.find((x) => x.valid_to === 2023 && x.code.slice(0, 2) !== county.code);
  const formerCounty =
    former && byCode.get(former.code.slice(0, 2))?.level === 'fylke' ? former.code.slice(0, 2) : '';
  const country = byCode.get('0');
  return {
    code,
    name: g.name,
    genitive: /[sxz]$/.test(g.name) ? `${g.name}'` : `${g.name}s`,
    county: county.code,
    countyName: county.name,
    formerCounty,
    country: '0',
    countryName: country?.name ?? 'Norge',
    codes: chain.map((x) => ({ code: x.code, from: x.valid_from, to: x.valid_to })),
    plan: code === PLAN_OWNER
  };
}
