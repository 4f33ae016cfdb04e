// The municipality's plan text: the one figure we have no data file for, children living with one parent.
import type { Draft } from '../../src/lib/dataset/draft';
import { parseNumber } from '../../src/lib/dataset/number';
import { label, readText, type Importer } from './source';

const FILE = 'plan/forebyggende-plan-2023.txt';
// «19,1 % barn med én forsørger, mens tilsvarende tall for hele landet er 14, 7 % og for hele» (the plan writes «14, 7»)
const HOME_AND_NATION =
  /(\d+,\d) % barn med én forsørger, mens tilsvarende tall for hele landet er (\d+, ?\d) %/;
const COUNTY = /^\s*fylket er (\d+(?:,\d)?) %/; // the next text line: «fylket er 17 %»
const NOTE =
  'Planens tall, hentet fra Folkehelseprofil for Porsgrunn 2023 (FHI); fylket er Vestfold og Telemark (38).';

/** Reads barn_en_forsorger: Porsgrunn (4001), Norway (0) and Vestfold og Telemark (38) as the plan quotes them. */
export const planImporter: Importer = {
  name: 'plan',
  files: [FILE],
  async run(rawDir) {
    const file = label(FILE);
    const lines = (await readText(rawDir, FILE)).split('\n');
    const index = lines.findIndex((text) => HOME_AND_NATION.test(text));
    const countyIndex = lines.findIndex((text, i) => i > index && COUNTY.test(text));
    if (index < 0 || countyIndex < 0) {
      return {
        drafts: [],
        problems: [
          { file, line: 1, column: '', message: 'fant ikke tallene for barn med én forsørger i planteksten' }
        ]
      };
    }
    const [, home, nation] = HOME_AND_NATION.exec(lines[index])!;
    const county = COUNTY.exec(lines[countyIndex])![1];
    const draft = (code: string, text: string, line: number): Draft => ({
      indicator: 'barn_en_forsorger',
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
      problems: []
    };
  }
};
