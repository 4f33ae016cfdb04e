// Numbers as Norwegians read them: decimal comma, «9,2 %», non-breaking space between thousands.
import type { Unit } from '$lib/dataset/schema';

const NBSP = '\u00a0';
const oneDecimal = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A number with one decimal in nb-NO; thousands grouped with a non-breaking space, minus as «−». */
export function number(value: number): string {
  return oneDecimal.format(value).replace(/\s/g, NBSP);
}

const asIs = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 6, useGrouping: 'min2' });

/** Any number as it is, for SQL results: decimal comma, up to six decimals, grouped from 10 000 (a year stays «2022»). */
export function plainNumber(value: number): string {
  return asIs.format(value).replace(/\s/g, NBSP);
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
