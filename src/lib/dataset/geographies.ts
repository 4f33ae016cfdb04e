// The geography table: Norway, the counties 08/38/40 and Telemark's 17 municipalities with their older codes.
import type { Geography } from './schema';

/**
 * First year held in data/raw (NAV's monthly series start in January 2011). Codes in force before that
 * get this as valid_from: the table documents the span our data cover, not when the code was created.
 */
export const EARLIEST_YEAR = 2011;

// [2024 code, name, 2020-2023 code, ≤2019 code] as SSB table 13135 and Udir's export label them.
const MUNICIPALITIES: [string, string, string, string | null][] = [
  ['4001', 'Porsgrunn', '3806', '0805'],
  ['4003', 'Skien', '3807', '0806'],
  ['4005', 'Notodden', '3808', '0807'],
  ['4010', 'Siljan', '3812', '0811'],
  ['4012', 'Bamble', '3813', '0814'],
  ['4014', 'Kragerø', '3814', '0815'],
  ['4016', 'Drangedal', '3815', '0817'],
  ['4018', 'Nome', '3816', '0819'],
  ['4020', 'Midt-Telemark', '3817', null],
  ['4022', 'Seljord', '3820', '0828'],
  ['4024', 'Hjartdal', '3819', '0827'],
  ['4026', 'Tinn', '3818', '0826'],
  ['4028', 'Kviteseid', '3821', '0829'],
  ['4030', 'Nissedal', '3822', '0830'],
  ['4032', 'Fyresdal', '3823', '0831'],
  ['4034', 'Tokke', '3824', '0833'],
  ['4036', 'Vinje', '3825', '0834']
];

function municipalityChain([code, name, code2020, code2019]: (typeof MUNICIPALITIES)[number]): Geography[] {
  const rows: Geography[] = [
    { code, name, level: 'kommune', valid_from: 2024, valid_to: null, successor: '', harmonised: code },
    {
      code: code2020,
      name,
      level: 'kommune',
      valid_from: 2020,
      valid_to: 2023,
      successor: code,
      harmonised: code
    }
  ];
  if (code2019)
    rows.push({
      code: code2019,
      name,
      level: 'kommune',
      valid_from: EARLIEST_YEAR,
      valid_to: 2019,
      successor: code2020,
      harmonised: code
    });
  return rows;
}

/** All geographies, sorted by code; `harmonised` is '' where a series must never be joined to today's code. */
export const GEOGRAPHIES: Geography[] = (
  [
    {
      code: '0',
      name: 'Norge',
      level: 'land',
      valid_from: EARLIEST_YEAR,
      valid_to: null,
      successor: '',
      harmonised: '0'
    },
    {
      code: '40',
      name: 'Telemark',
      level: 'fylke',
      valid_from: 2024,
      valid_to: null,
      successor: '',
      harmonised: '40'
    },
    {
      code: '38',
      name: 'Vestfold og Telemark',
      level: 'fylke',
      valid_from: 2020,
      valid_to: 2023,
      successor: '',
      harmonised: ''
    },
    {
      code: '08',
      name: 'Telemark',
      level: 'fylke',
      valid_from: EARLIEST_YEAR,
      valid_to: 2019,
      successor: '38',
      harmonised: '40'
    },
    ...MUNICIPALITIES.flatMap(municipalityChain),
    // Midt-Telemark (3817) was made in 2020 of Bø and Sauherad: other borders, so never joined.
    {
      code: '0821',
      name: 'Bø (Telemark)',
      level: 'kommune',
      valid_from: EARLIEST_YEAR,
      valid_to: 2019,
      successor: '3817',
      harmonised: ''
    },
    {
      code: '0822',
      name: 'Sauherad',
      level: 'kommune',
      valid_from: EARLIEST_YEAR,
      valid_to: 2019,
      successor: '3817',
      harmonised: ''
    }
  ] satisfies Geography[]
).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

const BY_CODE = new Map(GEOGRAPHIES.map((g) => [g.code, g]));

/** Codes some sources write differently: FHI writes Norway as '00'. */
const CODE_ALIASES: Record<string, string> = { '00': '0' };

/** Names sources use for Norway. */
const NORWAY_NAMES = ['Hele landet', 'Landet', 'Norge'];

/** Vestfold's municipalities inside county 38 (2020-2023), as SSB 13135 labels them: outside this dashboard. */
export const VESTFOLD_2020: Record<string, string> = {
  '3801': 'Horten',
  '3802': 'Holmestrand',
  '3803': 'Tønsberg',
  '3804': 'Sandefjord',
  '3805': 'Larvik',
  '3811': 'Færder'
};

/** The geography row of a code ('00' read as '0'), or undefined when it is not in the table. */
export function geography(code: string): Geography | undefined {
  return BY_CODE.get(CODE_ALIASES[code] ?? code);
}

/** Whether a code was in force in a year. */
export function inForce(g: Geography, year: number): boolean {
  return g.valid_from <= year && (g.valid_to === null || year <= g.valid_to);
}

/** The code a source code's values are stored under (today's code, or the code itself when it must not be joined). */
export function harmonise(code: string, year: number): { geo: string; inForce: boolean } | undefined {
  const g = geography(code);
  return g && { geo: g.harmonised || g.code, inForce: inForce(g, year) };
}

/** A code outside the dashboard's area that sources carry along (Vestfold 07xx and 38xx municipalities). */
export function outOfScope(code: string): boolean {
  return /^07\d\d$/.test(code) || code in VESTFOLD_2020;
}

/** The code for a place name: the one in force in `year`, or today's when no year is given; undefined if unknown. */
export function codeForName(name: string, year?: number): string | undefined {
  const wanted = name.trim();
  if (NORWAY_NAMES.includes(wanted)) return '0';
  const matches = GEOGRAPHIES.filter((g) => g.name === wanted);
  const chosen =
    year === undefined
      ? (matches.find((g) => g.valid_to === null) ?? (matches.length === 1 ? matches[0] : undefined))
      : matches.find((g) => inForce(g, year));
  return chosen?.code;
}
