// The API queries `npm run update` sends for an indicator: FHI Statistikk open API (POST, json-stat2) and SSB PxWebApi v2 (GET).
// FHI request files are kept as the county wrote them in data/raw/queries/fhi/ (first line the URL, then the JSON body).

/** One query: an FHI table with its request file (below data/raw/queries/), or an SSB table with its valueCodes. */
export type ApiQuery =
  | { agency: 'FHI'; table: string; request: string }
  | { agency: 'SSB'; table: string; valueCodes: Record<string, string>; unconfirmed?: string };

/** The defaults for the two APIs; OPPVEKST_FHI_API and OPPVEKST_SSB_API point them elsewhere (a replay server in tests). */
export const API_BASE = {
  FHI: 'https://statistikk-data.fhi.no/api/open/v1',
  SSB: 'https://data.ssb.no/api/pxwebapi/v2'
};

const fhi = (table: number, request: string): ApiQuery => ({
  agency: 'FHI',
  table: String(table),
  request: `fhi/${request}-${table}.txt`
});

/** Porsgrunn, Telemark and Norway as KOSTRA's region dimension (KOKkommuneregion0000) codes them: EKA40 is the county's municipalities together, EAK the whole country. */
const KOSTRA_GEO = '4001,EKA40,EAK';
const kostra = (table: string, contents: string, unconfirmed = 'koder ikke prøvd mot SSB'): ApiQuery => ({
  agency: 'SSB',
  table,
  valueCodes: { KOKkommuneregion0000: KOSTRA_GEO, ContentsCode: contents, Tid: 'top(10)' },
  unconfirmed
});

const QUERIES: Record<string, ApiQuery> = {
  barnevern_tiltak_0_17: fhi(337, 'barnevern'),
  mobbing_7: fhi(806, 'mobbing-7'),
  trivsel_10: fhi(805, 'trivsel-10'),
  lesing_5: fhi(670, 'lesing'),
  lesing_8: fhi(670, 'lesing'),
  regning_5: fhi(685, 'regning'),
  regning_8: fhi(685, 'regning'),
  grunnskolepoeng: fhi(362, 'grunnskolepoeng'),
  lavinntekt_0_17: fhi(403, 'lavinntekt'),
  hoy_gjeld: fhi(358, 'gjeld'),
  inntektsulikhet: fhi(366, 'inntektsulikhet'),
  trangboddhet: fhi(795, 'bor-trangt'),
  bor_trangt_0_17: fhi(795, 'bor-trangt'),
  barnevaksinasjon: fhi(395, 'barnevaksinasjon'),
  primaer_psyk_0_14: fhi(370, 'primaer-psykisk'),
  primaer_psyk_15_24: fhi(370, 'primaer-psykisk'),
  primaer_psyk_0_24: fhi(370, 'primaer-psykisk'),
  overvekt_17: fhi(388, 'overvekt-17'),
  // The follow-up series (catalogue/oppfolging.ts): no county script holds their codes; these are SSB's KOSTRA codes as
  // SSB's variable pages name them, untried against the API. A wrong code fails by name and changes nothing.
  barnevern_tiltak_kostra: kostra('12275', 'KOSbvbarnhotilta0001'),
  barnevern_undersokelser: kostra('12286', 'KOSbvbarnuspinnb0000'),
  barnevern_meldinger: kostra('12283', 'KOSbvbarnmeldinn0000', 'tabell og innholdskode er gjettet'),
  helsestasjon_arsverk: {
    agency: 'SSB',
    table: '11994',
    valueCodes: { KOKkommuneregion0000: KOSTRA_GEO, ContentsCode: '*', Tid: 'top(10)' },
    unconfirmed: 'innholdskoden for «per 10 000 innbyggere 0-20 år» er ikke kjent; svaret må snevres inn'
  }
};

/** The query that fetches an indicator from its source, if one is known. */
export const queryOf = (id: string): ApiQuery | undefined => QUERIES[id];

/** Every indicator id with a query. */
export const QUERIED = Object.keys(QUERIES);

/** An FHI request file: the URL's source and table («nokkel», «337») and the JSON body, or why it is not one. */
export function parseRequest(text: string): { source: string; table: string; body: string } | string {
  const [first, ...rest] = text.split(/\r?\n/);
  const url = /\/api\/open\/v1\/([^/]+)\/Table\/(\d+)\/data\s*$/.exec(first ?? '');
  if (!url)
    return `første linje er ikke en FHI-adresse («…/api/open/v1/<kilde>/Table/<id>/data»): «${first}»`;
  const body = rest.join('\n').trim();
  try {
    JSON.parse(body);
  } catch {
    return 'resten av filen er ikke gyldig JSON';
  }
  return { source: url[1], table: url[2], body };
}

/** The HTTP request for a query against `base` (no trailing slash); FHI's needs its request file's text. */
export function requestOf(
  query: ApiQuery,
  base: string,
  requestText = ''
): { url: string; init: RequestInit } | string {
  if (query.agency === 'FHI') {
    const request = parseRequest(requestText);
    if (typeof request === 'string') return `${query.request}: ${request}`;
    return {
      url: `${base}/${request.source}/Table/${request.table}/data`,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: request.body
      }
    };
  }
  const params = new URLSearchParams({ lang: 'no', outputFormat: 'json-stat2' });
  for (const [code, values] of Object.entries(query.valueCodes)) params.append(`valueCodes[${code}]`, values);
  return { url: `${base}/tables/${query.table}/data?${params}`, init: { method: 'GET' } };
}

/** A name for the fetched answer that the registry's readers recognise (table id in the name): «fhi-337-barnevern_tiltak_0_17.json». */
export const answerName = (query: ApiQuery, id: string) =>
  `${query.agency.toLowerCase()}-${query.table}-${id}.json`;
