// The municipality's plan text: the one figure we have no data file for, children living with one parent.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { parseNumber } from '../number';
import { chosenOr, type SourceReader } from './reader';
import type { Target } from './target';

// «19,1 % barn med én forsørger, mens tilsvarende tall for hele landet er 14, 7 % og for hele» (the plan writes «14, 7»)
const homeAndNation = (phrase: string) =>
  new RegExp(`(\\d+,\\d) % ${phrase}, mens tilsvarende tall for hele landet er (\\d+, ?\\d) %`);
const COUNTY = /^\s*fylket er (\d+(?:,\d)?) %/; // the next text line: «fylket er 17 %»
const NOTE =
  'Planens tall, hentet fra Folkehelseprofil for Porsgrunn 2023 (FHI); fylket er Vestfold og Telemark (38).';

const phraseOf = (t: Target) => readingOf(t.id)?.plan?.phrase;
const quoted = (text: string, t: Target) => {
  const phrase = phraseOf(t);
  return !!phrase && homeAndNation(phrase).test(text);
};

/** Porsgrunn (4001), Norway (0) and Vestfold og Telemark (38) as the plan quotes them. */
export const planTextReader: SourceReader = {
  format: 'plantekst',
  layout: 'csv',
  feeds: (id) => !!readingOf(id)?.plan,
  recognises: (input, ctx) => input.layout === 'csv' && ctx.indicators.some((t) => quoted(input.text, t)),
  read(input, ctx) {
    if (input.layout !== 'csv') throw new Error('not text');
    const { file } = input;
    const [target] = chosenOr(
      ctx,
      ctx.indicators.filter((t) => quoted(input.text, t))
    );
    const lines = input.text.split('\n');
    const pattern = homeAndNation(phraseOf(target) ?? '\u0000');
    const index = lines.findIndex((text) => pattern.test(text));
    const countyIndex = lines.findIndex((text, i) => i > index && COUNTY.test(text));
    if (index < 0 || countyIndex < 0)
      return {
        drafts: [],
        problems: [
          { file, line: 1, column: '', message: 'fant ikke tallene for barn med én forsørger i planteksten' }
        ],
        indicators: []
      };
    const [, home, nation] = pattern.exec(lines[index])!;
    const county = COUNTY.exec(lines[countyIndex])![1];
    const draft = (code: string, text: string, line: number): Draft => ({
      indicator: target.id,
      code,
      period: 'Folkehelseprofil 2023',
      year: 2023,
      breakdown: 'alle',
      value: parseNumber(text.replace(' ', '')),
      missing: '',
      note: NOTE,
      file,
      line,
      column: '',
      codesInForce: false
    });
    return {
      drafts: [
        draft('4001', home, index + 1),
        draft('0', nation, index + 1),
        draft('38', county, countyIndex + 1)
      ],
      problems: [],
      indicators: [target.id]
    };
  }
};
