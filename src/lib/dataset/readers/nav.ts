// NAV's monthly labour-market file: one status and sex (from the catalogue) as a yearly mean of the twelve monthly shares.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { codeForName } from '../geographies';
import { percent, round } from '../number';
import { missingColumns, type CsvRow } from '../parse';
import type { Problem } from '../problem';
import { asIs, cellValue, isProblem } from './cells';
import { chosenOr, csvReader, type SourceReader } from './reader';

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

type Month = { line: number; month: string; value: number | null };

/** Percent of the labour force, mean of 12 monthly shares, only years with all 12 months. */
export const navReader: SourceReader = csvReader({
  format: 'NAV CSV',
  feeds: (id) => !!readingOf(id)?.nav,
  recognises: (header) => COLUMNS.every((c) => header.includes(c)),
  read({ file, table }, ctx) {
    const statuses = new Set(table.rows.map((r) => r.values['Arbeidsmarkedsstatus']));
    const targets = chosenOr(
      ctx,
      ctx.indicators.filter((t) => statuses.has(readingOf(t.id)?.nav?.status ?? '\u0000'))
    );
    if (!targets.length)
      return { choose: 'statusene i NAV-filen er ikke koblet til en indikator i katalogen' };
    const problems = missingColumns(file, table, COLUMNS); // the parser's own problems never reach here (csvReader)
    const drafts: Draft[] = [];
    if (problems.length) return { drafts, problems, indicators: [] };
    for (const t of targets) {
      const nav = readingOf(t.id)?.nav ?? { status: 'Helt ledige', sex: 'Begge kjønn' };
      const months = new Map<string, Month[]>();
      for (const row of table.rows) {
        if (row.values['Arbeidsmarkedsstatus'] !== nav.status || row.values['Kjønn'] !== nav.sex) continue;
        readMonth(file, row, months, problems);
      }
      drafts.push(...yearlyMeans(file, t.id, months, problems));
    }
    return { drafts, problems, indicators: targets.map((t) => t.id) };
  }
});

function readMonth(file: string, row: CsvRow, months: Map<string, Month[]>, problems: Problem[]) {
  const code = codeOf(row);
  if (code === null) return;
  const date = /^(\d{4})-(\d\d)-01$/.exec(row.values.Dato);
  const cell = cellValue(row.values[VALUE], { file, line: row.line, column: VALUE }, asIs);
  const at = (column: string, message: string) => problems.push({ file, line: row.line, column, message });
  if (!code) return at('Geografisk enhet', `ukjent geografi «${row.values['Geografisk enhet']}»`);
  if (!date) return at('Dato', `«${row.values.Dato}» er ikke en månedsdato`);
  if (isProblem(cell)) return problems.push(cell);
  const key = `${code}|${date[1]}`;
  months.set(key, [...(months.get(key) ?? []), { line: row.line, month: date[2], value: cell.value }]);
}

function yearlyMeans(file: string, id: string, months: Map<string, Month[]>, problems: Problem[]): Draft[] {
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
    drafts.push({
      indicator: id,
      code,
      period: year,
      year: Number(year),
      breakdown: 'alle',
      value: complete ? round(percent(values.reduce((a, b) => a + b, 0) / 12), 2) : null,
      missing: complete ? '' : 'mangler for minst én måned (tom celle)',
      note: '',
      file,
      line: rows[0].line,
      column: VALUE,
      codesInForce: false
    });
  }
  return drafts;
}
