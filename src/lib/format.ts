// Numbers as Norwegians read them: decimal comma, «9,2 %», non-breaking space between thousands.
import type { Unit } from '$lib/dataset/schema';

const NBSP = '\u00a0';
const MINUS = '\u2212';

// Written out rather than taken from Intl.NumberFormat('nb-NO'): a browser's first nb-NO formatter loads the locale's
// data, which took 105-180 ms on a phone-speed CPU (Chromium, 4× slowdown) in the middle of hydrating a page. The output is
// the same as Intl's, value for value (format.spec.ts compares them).

/** |value| as decimal digits: the shortest form that reads back as the same number (what Intl rounds), never «1e-7». */
function decimal(abs: number): { int: string; frac: string } {
  const [mantissa, exp = '0'] = String(abs).split('e');
  const [i, f = ''] = mantissa.split('.');
  const digits = i + f;
  const point = i.length + Number(exp); // where the decimal point sits in `digits`
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Rounds to `places` decimals, a half away from zero (as Intl does): integer and fraction digits. */
function rounded(abs: number, places: number): { int: string; frac: string } {
  const { int, frac } = decimal(abs);
  const kept = (int + frac.padEnd(places, '0').slice(0, places)).split('').map(Number);
  if ((frac[places] ?? '0') >= '5') {
    let k = kept.length - 1;
    while (k >= 0 && kept[k] === 9) kept[k--] = 0;
    if (k < 0) kept.unshift(1);
    else kept[k]++;
  }
  const all = kept.join('');
  const cut = all.length - places;
  const whole = all.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  return { int: whole, frac: all.slice(cut) };
}

/** Thousands grouped with a non-breaking space, from `from` digits on («2 022» from 4, «2022» and «12 345» from 5). */
function grouped(int: string, from: number): string {
  return int.length < from ? int : int.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

function formatted(value: number, places: number, keepZeros: boolean, groupFrom: number): string {
  const sign = value < 0 || Object.is(value, -0) ? MINUS : '';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { int, frac } = rounded(Math.abs(value), places);
  const shown = keepZeros ? frac : frac.replace(/0+$/, '');
  return `${sign}${grouped(int, groupFrom)}${shown ? `,${shown}` : ''}`;
}

/** A number with one decimal in nb-NO; thousands grouped with a non-breaking space, minus as «−». */
export function number(value: number): string {
  return formatted(value, 1, true, 4);
}

/** Any number as it is, for SQL results: decimal comma, up to six decimals, grouped from 10 000 (a year stays «2022»). */
export function plainNumber(value: number): string {
  return formatted(value, 6, false, 5);
}

/** A count of result rows: «1 rad», «12 345 rader». */
export function rowCount(count: number): string {
  return `${plainNumber(count)} ${count === 1 ? 'rad' : 'rader'}`;
}

/** A count in nb-NO, rounded: «12 345» with a non-breaking space, «2022» ungrouped. */
export function integerText(value: number): string {
  return plainNumber(Math.round(value));
}

/** A value with its unit: «9,2 %», «42,1 poeng», «150,9 per 1 000»; null as «–». */
export function valueText(value: number | null | undefined, unit: Unit): string {
  if (value == null || !Number.isFinite(value)) return '–';
  if (unit === 'prosent') return `${number(value)}${NBSP}%`;
  if (unit === 'per 1000') return `${number(value)} per${NBSP}1${NBSP}000`;
  if (unit === 'per 10000') return `${number(value)} per${NBSP}10${NBSP}000`;
  if (unit === 'forholdstall') return number(value); // a ratio (P90/P10 = 2,7) has no unit word
  return `${number(value)}${NBSP}poeng`;
}

/** The unit as a column or axis label. */
export function unitLabel(unit: Unit): string {
  if (unit === 'forholdstall') return 'forholdstall';
  if (unit === 'per 10000') return 'per 10 000';
  return unit === 'prosent' ? 'prosent' : unit === 'per 1000' ? 'per 1 000' : 'poeng';
}

const PERIOD_TYPES: Record<string, string> = {
  annual: 'ettårige tall',
  '3-year rolling': 'treårige gjennomsnitt (glidende); årstallet på aksen er periodens siste år',
  '4-year rolling': 'fireårige gjennomsnitt (glidende); årstallet på aksen er periodens siste år',
  '5-year rolling': 'femårige gjennomsnitt (glidende); årstallet på aksen er periodens siste år',
  'survey year': 'undersøkelsesår',
  'school year': 'skoleår; årstallet på aksen er vårsemesteret',
  'plan figure': 'tall sitert i planen'
};

/** The period type and standardisation as the caption of a chart says them. */
export function periodText(periodType: string, standardised: boolean): string {
  const period = PERIOD_TYPES[periodType] ?? periodType;
  // «Standardisert» is a statistician's word: say what it does, and nothing when it was not done.
  const adjusted = standardised
    ? ' Justert for ulik alders- og kjønnsfordeling, så kommunene kan sammenlignes.'
    : '';
  return `${period[0].toUpperCase()}${period.slice(1)}.${adjusted}`;
}

/** The unit a difference is counted in: «prosentpoeng», «poeng», «per 1 000»; none for a ratio. */
export function differenceUnit(unit: Unit): string {
  if (unit === 'prosent') return 'prosentpoeng';
  if (unit === 'per 1000') return `per${NBSP}1${NBSP}000`;
  if (unit === 'per 10000') return `per${NBSP}10${NBSP}000`;
  return unit === 'forholdstall' ? '' : 'poeng';
}

/** A difference's size with its unit, without sign: «1,3 poeng», «0,2» for a ratio. */
export function differenceText(diff: number, unit: Unit): string {
  const what = differenceUnit(unit);
  return `${number(Math.abs(diff))}${what ? NBSP + what : ''}`;
}

/** A change with its sign and unit: «+2,7 prosentpoeng», «−0,6 poeng», «+5,0 per 1 000». */
export function changeText(diff: number, unit: Unit): string {
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  return `${sign}${differenceText(diff, unit)}`;
}

const SHY = '\u00ad';
// Joints of the long compounds in indicator names («Folkehelse­undersøkelsen», «primærhelse­tjenesten»):
// a narrow column may hyphenate there instead of growing wider than the page (Chromium has no Norwegian hyphenation dictionary).
const JOINT = /(helse|verns|vern|minoritets|bekymrings|skole|undersøkelse|ungdoms)(?=[a-zæøå]{4})/g;

/** A name with soft hyphens at compound joints; what a reader copies reads the same once the invisible hyphens are dropped. */
export function hyphenated(name: string): string {
  return name.replace(JOINT, `$1${SHY}`);
}
