// An SSB StatBank xlsx download: a title row «13135: …», a row of years, then one row per region «3806 Porsgrunn».
import type { Draft } from '../draft';
import { geography, outOfScope } from '../geographies';
import type { Problem } from '../problem';
import { asIs, cellValue, keepCell } from './cells';
import { chosenOr, type SourceReader } from './reader';
import type { XlsxCell } from './xlsx';

const REGION = /^(EKA)?(\d{4}|\d{2}) (.+)$/; // '3806 Porsgrunn', '0805 Porsgrunn (-2019)', 'EKA38 Vestfold og Telemark'
const TITLE = /^(\d{3,5}):/;

const yearRow = (sheet: XlsxCell[][]) =>
  sheet.findIndex((row) => row.slice(1).some((cell) => /^\d{4}$/.test(String(cell ?? ''))));
const tableId = (sheet: XlsxCell[][]) => TITLE.exec(String(sheet[0]?.[0] ?? ''))?.[1];

/** SSB labels rows with the code in force each year and marks other years '.'; '-' is a real zero. */
export const ssbXlsxReader: SourceReader = {
  format: 'SSB xlsx',
  layout: 'xlsx',
  recognises: (input) => input.layout === 'xlsx' && !!tableId(input.sheet) && yearRow(input.sheet) >= 0,
  read(input, ctx) {
    if (input.layout !== 'xlsx') throw new Error('not xlsx');
    const { file, sheet } = input;
    const id = tableId(sheet)!;
    const [target] = chosenOr(
      ctx,
      ctx.indicators.filter((t) => new RegExp(`SSB-tabell ${id}\\b`).test(t.source_table))
    );
    if (!target) return { choose: `tabell ${id} er ikke koblet til en indikator i katalogen` };
    const header = yearRow(sheet);
    const years = sheet[header].map((cell) => String(cell ?? ''));
    const drafts: Draft[] = [];
    const problems: Problem[] = [];
    for (let i = header + 1; i < sheet.length && sheet[i][0] !== null; i++) {
      const line = i + 1;
      const region = REGION.exec(String(sheet[i][0]));
      if (!region) {
        problems.push({ file, line, column: 'region', message: `«${sheet[i][0]}» er ikke «kode navn»` });
        continue;
      }
      const code = region[2];
      if (outOfScope(code)) continue;
      if (region[1] && !geography(code)) continue; // SSB's county aggregate for a county outside the dashboard
      if (!geography(code)) {
        problems.push({ file, line, column: 'region', message: `ukjent geografi «${code}»` });
        continue;
      }
      for (let c = 1; c < years.length; c++) {
        const cell = cellValue(sheet[i][c], { file, line, column: years[c] }, asIs, true);
        keepCell({ drafts, problems }, cell, {
          indicator: target.id,
          code,
          period: years[c],
          year: Number(years[c]),
          breakdown: 'alle',
          note: '',
          file,
          line,
          column: years[c],
          codesInForce: true
        });
      }
    }
    return { drafts, problems, indicators: [target.id] };
  }
};
