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
  { id: 'p', unit: 'prosent' as const, breakdowns: 'alle|jenter' },
  { id: 'q', unit: 'per 1000' as const, breakdowns: 'alle' }
];

it.each([
  [{ value: 100 }, []],
  [{ value: 100.1 }, ['«100.1» er ikke en andel mellom 0 og 100 prosent']],
  [{ value: -1 }, ['«-1» er ikke en andel mellom 0 og 100 prosent']],
  [{ indicator: 'q', value: 150.9 }, []],
  [{ value: null, missing: '' }, ['verdien mangler, men ingen grunn er oppgitt']],
  [{ indicator: 'z' }, ['ukjent indikator «z»']],
  [{ breakdown: 'gutter' }, ['ukjent inndeling «gutter» for p']]
])('validate(%j) finds %j', (over, messages) => {
  expect(validate([row(over)], catalogue).map((p) => p.message)).toEqual(messages);
});
