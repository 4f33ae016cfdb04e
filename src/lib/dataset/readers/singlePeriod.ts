// Files the Telemark scripts write for one period: Kommune, «Andel (2021-2023)» (or «Forholdstall (2024)»), Label — values in the indicator's unit.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { codeForName } from '../geographies';
import type { Problem } from '../problem';
import { asIs, cellValue, keepCell } from './cells';
import { chosenTargets, csvReader, type SourceReader } from './reader';

const VALUE_HEADER = /^(?:Andel|Andel sysselsatte|Forholdstall) \((\d{4}(?:-\d{4})?)\)$/;

/** The period comes from the value column's header, the year is its last year; the file does not say its indicator. */
export const singlePeriodReader: SourceReader = csvReader({
  format: 'én-periode-CSV',
  feeds: (id) => !!readingOf(id)?.singlePeriod,
  recognises: (header) => header.includes('Kommune') && header.some((name) => VALUE_HEADER.test(name)),
  read(input, ctx) {
    const [target] = chosenTargets(ctx);
    if (!target)
      return { choose: 'filen sier ikke hvilken indikator den gjelder (bare «Kommune» og «Andel»)' };
    const { file, table } = input;
    const column = table.header.find((name) => VALUE_HEADER.test(name))!;
    const period = VALUE_HEADER.exec(column)![1];
    const year = Number(period.slice(-4));
    const reading = readingOf(target.id)?.singlePeriod;
    const note = reading?.note ?? '';
    const drafts: Draft[] = [];
    const problems: Problem[] = [...input.problems];
    for (const row of table.rows) {
      if (reading?.skip?.includes(row.values.Kommune)) continue;
      const place = { file, line: row.line, column };
      const code = codeForName(row.values.Kommune);
      const zero = reading?.suppressedZero && row.values[column]?.trim() === '0';
      const cell = zero
        ? { value: null, missing: reading.suppressedZero! }
        : cellValue(row.values[column], place, asIs);
      if (!code)
        problems.push({ ...place, column: 'Kommune', message: `ukjent geografi «${row.values.Kommune}»` });
      else
        keepCell({ drafts, problems }, cell, {
          indicator: target.id,
          code,
          period,
          year,
          breakdown: 'alle',
          note,
          ...place,
          codesInForce: false
        });
    }
    return { drafts, problems, indicators: [target.id] };
  }
});
