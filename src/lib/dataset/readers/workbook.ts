// Telemark fylkeskommune's working file (Lavinntekt.xlsx): Sted, Alder, one column per 3-year period, 2020 names and borders.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { codeForName, VESTFOLD_2020 } from '../geographies';
import { asIs, cellValue, keepCell } from './cells';
import { chosenTargets, type SourceReader } from './reader';
import { sheetTable } from './xlsx';

const PERIOD = /^\d{4}-(\d{4})$/;
const VESTFOLD = new Set(Object.values(VESTFOLD_2020));

/** Places carry 2020 names ('Vestfold og Telemark' = 38); the file's «Gjennomsnitt» rows are someone's own averages and are skipped. */
export const workbookReader: SourceReader = {
  format: 'arbeidsbok (xlsx)',
  layout: 'xlsx',
  feeds: (id) => !!readingOf(id)?.workbook,
  recognises: (input) =>
    input.layout === 'xlsx' &&
    ['Sted', 'Alder'].every((k) => (input.sheet[0] ?? []).map(String).includes(k)) &&
    (input.sheet[0] ?? []).some((cell) => PERIOD.test(String(cell))),
  read(input, ctx) {
    if (input.layout !== 'xlsx') throw new Error('not xlsx');
    const [target] = chosenTargets(ctx);
    if (!target) return { choose: 'arbeidsboken sier ikke hvilken indikator den gjelder' };
    const age = readingOf(target.id)?.workbook?.age;
    const { file } = input;
    const { header, rows, problems } = sheetTable(input.sheet, file, ['Sted', 'Alder']);
    const drafts: Draft[] = [];
    if (problems.length > 0) return { drafts, problems, indicators: [] };
    rows.forEach((row, i) => {
      const line = i + 2;
      const place = row[header.indexOf('Sted')];
      const rowAge = row[header.indexOf('Alder')];
      if (place === null || rowAge === 'Gjennomsnitt' || VESTFOLD.has(String(place))) return;
      const code = codeForName(String(place), 2020);
      if (!code || rowAge !== age)
        return problems.push({
          file,
          line,
          column: code ? 'Alder' : 'Sted',
          message: `ukjent ${code ? 'alder' : 'geografi'} «${code ? rowAge : place}»`
        });
      header.forEach((period, c) => {
        const end = PERIOD.exec(period)?.[1];
        if (!end) return;
        const cell = cellValue(row[c], { file, line, column: period }, asIs);
        keepCell({ drafts, problems }, cell, {
          indicator: target.id,
          code,
          period,
          year: Number(end),
          breakdown: 'alle',
          note: readingOf(target.id)?.workbook?.note ?? '',
          file,
          line,
          column: period,
          codesInForce: false
        });
      });
    });
    return { drafts, problems, indicators: [target.id] };
  }
};
