import { expect, it } from 'vitest';
import type { Harmonised } from './combine';
import { validate } from './validate';

const row = (over: Partial<Harmonised>): Harmonised => ({
  indicator: 'p',
  geo: '4001',
  code: '4001',
  period: '2020',
  year: 2020,
  breakdown: 'alle',
  value: 5,
  missing: '',
  note: '',
  file: 'data/raw/fhi/x.csv',
  line: 4,
  column: 'Andel',
  codesInForce: false,
  ...over
});
const catalogue = [
  { id: 'p', unit: 'prosent' as const, breakdowns: 'alle|jenter', period_type: 'annual' as const },
  { id: 'q', unit: 'per 1000' as const, breakdowns: 'alle', period_type: 'annual' as const },
  { id: 'r3', unit: 'prosent' as const, breakdowns: 'alle', period_type: '3-year rolling' as const },
  { id: 'r5', unit: 'prosent' as const, breakdowns: 'alle', period_type: '5-year rolling' as const },
  { id: 's', unit: 'poeng' as const, breakdowns: 'alle', period_type: 'school year' as const },
  { id: 'u', unit: 'prosent' as const, breakdowns: 'alle', period_type: 'survey year' as const },
  { id: 'f', unit: 'prosent' as const, breakdowns: 'alle', period_type: 'plan figure' as const }
];

it.each([
  [{ value: 100 }, []],
  [{ value: 100.1 }, ['«100.1» er ikke en andel mellom 0 og 100 prosent']],
  [{ value: -1 }, ['«-1» er ikke en andel mellom 0 og 100 prosent']],
  [{ indicator: 'q', value: 150.9 }, []],
  [{ value: null, missing: '' }, ['verdien mangler, men ingen grunn er oppgitt']],
  [{ indicator: 'z' }, ['ukjent indikator «z»']],
  [{ breakdown: 'gutter' }, ['ukjent inndeling «gutter» for p']],
  // the period's form must be the indicator's period type, and `year` must agree with it
  [
    { period: '2023-2024', year: 2024 },
    ['«2023-2024» er ikke en periode for en årlig indikator (ventet en periode som «2024»)']
  ],
  [
    { period: '2023-24', year: 2024 },
    ['«2023-24» er ikke en periode for en årlig indikator (ventet en periode som «2024»)']
  ],
  [{ period: '2031', year: 2024 }, ['året 2024 passer ikke med perioden «2031» (ventet 2031)']],
  [{ indicator: 'r3', period: '2020-2022', year: 2022 }, []],
  [{ indicator: 'r3', period: '2020/21-2022/23', year: 2022 }, []],
  [{ indicator: 'r3', period: '2020/21-2022/23', year: 2023 }, []],
  [
    { indicator: 'r3', period: '2021-2022', year: 2022 },
    [
      '«2021-2022» er ikke en periode for et treårig glidende snitt (ventet en periode som «2020-2022» eller «2020/21-2022/23»)'
    ]
  ],
  [
    { indicator: 'r3', period: '2020-2022', year: 2021 },
    ['året 2021 passer ikke med perioden «2020-2022» (ventet 2022)']
  ],
  [{ indicator: 'r5', period: '2018-2022', year: 2022 }, []],
  [
    { indicator: 'r5', period: '2020-2022', year: 2022 },
    ['«2020-2022» er ikke en periode for et femårig glidende snitt (ventet en periode som «2018-2022»)']
  ],
  [{ indicator: 's', period: '2023-24', year: 2024 }, []],
  [
    { indicator: 's', period: '2023-25', year: 2024 },
    ['«2023-25» er ikke en periode for en indikator per skoleår (ventet en periode som «2023-24»)']
  ],
  [
    { indicator: 's', period: '2024', year: 2024 },
    ['«2024» er ikke en periode for en indikator per skoleår (ventet en periode som «2023-24»)']
  ],
  [{ indicator: 'u', period: '2024', year: 2024 }, []],
  [{ indicator: 'f', period: 'Folkehelseprofil 2023', year: 2023 }, []]
])('validate(%j) finds %j', (over, messages) => {
  expect(validate([row(over)], catalogue).map((p) => p.message)).toEqual(messages);
});
