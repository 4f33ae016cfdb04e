// The API queries `npm run update` sends for an indicator: FHI Statistikk open API (POST, json-stat2) and SSB PxWebApi v2 (GET).
// FHI bodies are copied verbatim from Telemark fylkeskommune's request files (first line the URL, then the body).

/** One query: FHI's source and table with the request body, or an SSB table with its valueCodes. */
export type ApiQuery =
  | { agency: 'FHI'; source: string; table: string; body: unknown; request: string }
  | { agency: 'SSB'; table: string; valueCodes: Record<string, string> };

/** The defaults for the two APIs; OPPVEKST_FHI_API and OPPVEKST_SSB_API point them elsewhere (a replay server in tests). */
export const API_BASE = {
  FHI: 'https://statistikk-data.fhi.no/api/open/v1',
  SSB: 'https://data.ssb.no/api/pxwebapi/v2'
};

const TELEMARK_FHI = 'telemark-fylkeskommune/Python/Queries/08_Folkehelse_og_levekår/FHI/queries';
/** Porsgrunn, Telemark's other municipalities, Telemark and Norway, as the county's FHI request files list them. */
const GEO = ['0', '40', '4001', '4003', '4005', '4010', '4012', '4014', '4016', '4018', '4020'].concat([
  '4022',
  '4024',
  '4026',
  '4028',
  '4030',
  '4032',
  '4034',
  '4036'
]);

const QUERIES: Record<string, ApiQuery> = {
  barnevern_tiltak_0_17: {
    agency: 'FHI',
    source: 'nokkel',
    table: '337',
    request: `${TELEMARK_FHI}/Oppvekst og levekår/Barnevern/barnevern.txt`,
    body: {
      response: { format: 'json-stat2' },
      dimensions: [
        { filter: 'item', values: GEO, code: 'GEO' },
        { filter: 'bottom', values: ['10'], code: 'AAR' },
        { filter: 'item', values: ['0'], code: 'KJONN' },
        { filter: 'item', values: ['0_17'], code: 'ALDER' },
        { filter: 'item', values: ['RATE'], code: 'MEASURE_TYPE' }
      ]
    }
  }
};

/** The query that fetches an indicator from its source, if one is known. */
export const queryOf = (id: string): ApiQuery | undefined => QUERIES[id];

/** Every indicator id with a query, in catalogue order of registration. */
export const QUERIED = Object.keys(QUERIES);

/** The HTTP request for a query against `base` (no trailing slash): FHI POSTs its body, SSB GETs with valueCodes. */
export function requestOf(query: ApiQuery, base: string): { url: string; init: RequestInit } {
  if (query.agency === 'FHI')
    return {
      url: `${base}/${query.source}/Table/${query.table}/data`,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(query.body)
      }
    };
  const params = new URLSearchParams({ lang: 'no', outputFormat: 'json-stat2' });
  for (const [code, values] of Object.entries(query.valueCodes)) params.append(`valueCodes[${code}]`, values);
  return { url: `${base}/tables/${query.table}/data?${params}`, init: { method: 'GET' } };
}

/** A name for the fetched answer that the registry's readers recognise (table id in the name): «fhi-337-barnevern_tiltak_0_17.json». */
export const answerName = (query: ApiQuery, id: string) =>
  `${query.agency.toLowerCase()}-${query.table}-${id}.json`;
