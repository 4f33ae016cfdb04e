// NAV's monthly unemployment file: «Helt ledige», both sexes, as a yearly mean of the twelve monthly shares.
import type { Draft } from '../../src/lib/dataset/draft';
import { codeForName } from '../../src/lib/dataset/geographies';
import { percent, round } from '../../src/lib/dataset/number';
import { missingColumns, parseCsv, type CsvRow } from '../../src/lib/dataset/parse';
import type { Problem } from '../../src/lib/dataset/problem';
import { cellValue, isProblem, label, readText, type Importer } from './source';

const FILE = 'nav/arbeidsledighet.csv';
const VALUE = 'Andel av arbeidsstyrken';
const COLUMNS = ['Nivå', 'Geografisk enhet', 'Arbeidsmarkedsstatus', 'Kjønn', VALUE, 'Dato'];

/** NAV's levels: the country, the (2024) counties, of which we keep Telemark, and Telemark's municipalities. */
function codeOf(row: CsvRow): string | undefined | null {
  const level = row.values['Nivå'];
  const name = row.values['Geografisk enhet'];
  if (level === 'Landet') return '0';
  if (level === 'Fylker') return name === 'Telemark' ? '40' : null;
  return codeForName(name);
}

/** Reads helt_ledige: percent of the labour force, mean of 12 monthly shares, only years with all 12 months. */
export const navImporter: Importer = {
  name: 'nav',
  files: [FILE],
  async run(rawDir) {
    const file = label(FILE);
    const { table, problems } = parseCsv(file, await readText(rawDir, FILE));
    problems.push(...missingColumns(file, table, COLUMNS));
    if (problems.length > 0) return { drafts: [], problems };
    const months = new Map<string, { line: number; month: string; value: number | null }[]>();
    for (const row of table.rows) {
      if (row.values['Arbeidsmarkedsstatus'] !== 'Helt ledige' || row.values['Kjønn'] !== 'Begge kjønn')
        continue;
      const code = codeOf(row);
      if (code === null) continue;
      const date = /^(\d{4})-(\d\d)-01$/.exec(row.values.Dato);
      const cell = cellValue(row.values[VALUE], { file, line: row.line, column: VALUE }, (n) => n);
      const problem: Problem | undefined = !code
        ? {
            file,
            line: row.line,
            column: 'Geografisk enhet',
            message: `ukjent geografi «${row.values['Geografisk enhet']}»`
          }
        : !date
          ? { file, line: row.line, column: 'Dato', message: `«${row.values.Dato}» er ikke en månedsdato` }
          : isProblem(cell)
            ? cell
            : undefined;
      if (problem || isProblem(cell)) {
        problems.push(problem!);
        continue;
      }
      const key = `${code}|${date![1]}`;
      months.set(key, [...(months.get(key) ?? []), { line: row.line, month: date![2], value: cell.value }]);
    }
    const drafts: Draft[] = [];
    for (const [key, rows] of months) {
      const [code, year] = key.split('|');
      if (new Set(rows.map((r) => r.month)).size !== rows.length) {
        problems.push({
          file,
          line: rows[rows.length - 1].line,
          column: 'Dato',
          message: `samme måned står to ganger for ${code} ${year}`
        });
        continue;
      }
      if (rows.length !== 12) continue;
      const values = rows.map((r) => r.value);
      const complete = values.every((v): v is number => v !== null);
      const mean = complete ? round(percent(values.reduce((a, b) => a + b, 0) / 12), 2) : null;
      const missing = complete ? '' : 'mangler for minst én måned (tom celle)';
      drafts.push({
        indicator: 'helt_ledige',
        code,
        period: year,
        year: Number(year),
        breakdown: 'alle',
        value: mean,
        missing,
        note: '',
        file,
        line: rows[0].line,
        column: VALUE,
        codesInForce: false
      });
    }
    return { drafts, problems };
  }
};
