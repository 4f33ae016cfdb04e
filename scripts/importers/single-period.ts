// Files the Telemark scripts write for one period: Kommune, «Andel (2021-2023)», Label — values already in percent.
import type { Draft } from '../../src/lib/dataset/draft';
import { codeForName } from '../../src/lib/dataset/geographies';
import { parseCsv } from '../../src/lib/dataset/parse';
import type { Problem } from '../../src/lib/dataset/problem';
import { cellValue, isProblem, label, readText, type Imported, type Importer } from './source';

/** One indicator read from a single-period file; `note` goes on every row (e.g. the source's rounding). */
export interface SinglePeriodSource {
  indicator: string;
  file: string;
  note: string;
}

const VALUE_HEADER = /^Andel \((\d{4}(?:-\d{4})?)\)$/;

/** Reads one single-period file: the period comes from the value column's header, the year is its last year. */
export async function importSinglePeriod(rawDir: string, source: SinglePeriodSource): Promise<Imported> {
  const file = label(source.file);
  const { table, problems } = parseCsv(file, await readText(rawDir, source.file));
  const column = table.header.find((name) => VALUE_HEADER.test(name));
  if (!column || !table.header.includes('Kommune')) {
    return {
      drafts: [],
      problems: [
        ...problems,
        {
          file,
          line: 1,
          column: column ? 'Kommune' : 'Andel (…)',
          message: 'kolonnen mangler i overskriften'
        }
      ]
    };
  }
  const period = VALUE_HEADER.exec(column)![1];
  const year = Number(period.slice(-4));
  const drafts: Draft[] = [];
  for (const row of table.rows) {
    const place = { file, line: row.line, column };
    const code = codeForName(row.values.Kommune);
    const cell = cellValue(row.values[column], place, (n) => n);
    const problem: Problem | undefined = !code
      ? { ...place, column: 'Kommune', message: `ukjent geografi «${row.values.Kommune}»` }
      : isProblem(cell)
        ? cell
        : undefined;
    if (problem) problems.push(problem);
    else if (!isProblem(cell))
      drafts.push({
        indicator: source.indicator,
        code: code!,
        period,
        year,
        breakdown: 'alle',
        ...cell,
        note: source.note,
        ...place,
        codesInForce: false
      });
  }
  return { drafts, problems };
}

/** An Importer for a list of single-period files. */
export function singlePeriodImporter(sources: SinglePeriodSource[]): Importer {
  return {
    name: 'single-period',
    files: sources.map((s) => s.file),
    async run(rawDir) {
      const results = await Promise.all(sources.map((s) => importSinglePeriod(rawDir, s)));
      return { drafts: results.flatMap((r) => r.drafts), problems: results.flatMap((r) => r.problems) };
    }
  };
}
