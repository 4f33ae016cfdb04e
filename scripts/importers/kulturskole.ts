// SSB table 13135 as a StatBank xlsx: share of children 6-15 in the municipal kulturskole, one column per year.
import type { Draft } from '../../src/lib/dataset/draft';
import { geography, outOfScope } from '../../src/lib/dataset/geographies';
import type { Problem } from '../../src/lib/dataset/problem';
import { cellValue, isProblem, label, readBytes, type Importer } from './source';
import { readSheet } from './xlsx';

const FILE = 'ssb/kulturskole-13135.xlsx';
const REGION = /^(\d{4}) (.+)$/; // '3806 Porsgrunn', '0805 Porsgrunn (-2019)'

/** Reads kulturskole_6_15; SSB labels rows with the code in force each year and marks other years '.'. */
export const kulturskoleImporter: Importer = {
  name: 'ssb-kulturskole',
  files: [FILE],
  async run(rawDir) {
    const file = label(FILE);
    const rows = await readSheet(await readBytes(rawDir, FILE));
    const headerIndex = rows.findIndex((row) =>
      row.slice(1).some((cell) => /^\d{4}$/.test(String(cell ?? '')))
    );
    if (headerIndex < 0)
      return { drafts: [], problems: [{ file, line: 1, column: '', message: 'fant ingen rad med årstall' }] };
    const years = rows[headerIndex].map((cell) => String(cell ?? ''));
    const drafts: Draft[] = [];
    const problems: Problem[] = [];
    for (let i = headerIndex + 1; i < rows.length && rows[i][0] !== null; i++) {
      const line = i + 1;
      const region = REGION.exec(String(rows[i][0]));
      if (!region) {
        problems.push({ file, line, column: 'region', message: `«${rows[i][0]}» er ikke «kode navn»` });
        continue;
      }
      const code = region[1];
      if (outOfScope(code)) continue;
      if (!geography(code)) {
        problems.push({ file, line, column: 'region', message: `ukjent geografi «${code}»` });
        continue;
      }
      for (let c = 1; c < years.length; c++) {
        const cell = cellValue(
          rows[i][c] as string | number | null,
          { file, line, column: years[c] },
          (n) => n,
          true
        );
        if (isProblem(cell)) problems.push(cell);
        else
          drafts.push({
            indicator: 'kulturskole_6_15',
            code,
            period: years[c],
            year: Number(years[c]),
            breakdown: 'alle',
            ...cell,
            note: '',
            file,
            line,
            column: years[c],
            codesInForce: true
          });
      }
    }
    return { drafts, problems };
  }
};
