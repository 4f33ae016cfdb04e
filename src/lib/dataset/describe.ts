// A new indicator described beside an uploaded file (the CLI's `--describe` JSON, the page's form): checked fields, defaults filled in.
import type { Problem } from './problem';
import { FAMILIES, type Indicator } from './schema';

const UNITS = ['prosent', 'poeng', 'per 1000', 'per 10000', 'forholdstall'];
const POLARITIES = ['higher-better', 'lower-better', 'neutral'];
const PERIOD_TYPES = [
  'annual',
  '3-year rolling',
  '4-year rolling',
  '5-year rolling',
  'survey year',
  'school year'
];

/** The indicator a description names, or every problem in it; `definition` defaults to the name, `note` says where it came from. */
export function readDescription(file: string, text: string, today: string): Indicator | Problem[] {
  const at = (column: string, message: string): Problem => ({ file, line: 1, column, message });
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [at('', `beskrivelsen er ikke gyldig JSON (${e instanceof Error ? e.message : String(e)})`)];
  }
  const text_ = (k: string) => (typeof json[k] === 'string' ? (json[k] as string).trim() : '');
  const problems: Problem[] = [];
  const oneOf = (k: string, allowed: string[]) => {
    if (!allowed.includes(text_(k)))
      problems.push(at(k, `«${text_(k)}» er ikke en av ${allowed.join(', ')}`));
  };
  if (!/^[a-z0-9_]{2,40}$/.test(text_('id')))
    problems.push(at('id', 'id må være 2-40 tegn a-z, 0-9 eller _'));
  if (!text_('name')) problems.push(at('name', 'navnet mangler'));
  oneOf(
    'family',
    FAMILIES.map((f) => f.id)
  );
  oneOf('unit', UNITS);
  oneOf('polarity', POLARITIES);
  oneOf('period_type', PERIOD_TYPES);
  if (!text_('source_agency')) problems.push(at('source_agency', 'kilden (etaten) mangler'));
  if (problems.length) return problems;
  return {
    id: text_('id'),
    family: text_('family') as Indicator['family'],
    name: text_('name'),
    definition: text_('definition') || text_('name'),
    unit: text_('unit') as Indicator['unit'],
    polarity: text_('polarity') as Indicator['polarity'],
    period_type: text_('period_type') as Indicator['period_type'],
    standardised: json.standardised === true,
    breakdowns: text_('breakdowns') || 'alle',
    source_agency: text_('source_agency'),
    source_table: text_('source_table'),
    source_url: text_('source_url'),
    fetched: text_('fetched') || today,
    note: text_('note') || 'Beskrevet ved import (npm run import --describe).'
  };
}
