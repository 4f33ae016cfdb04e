// Telemark fylkeskommune's working file Lavinntekt.xlsx: children 0-17 in persistent low income, 3-year periods.
import type { Draft } from '../../src/lib/dataset/draft';
import { codeForName, VESTFOLD_2020 } from '../../src/lib/dataset/geographies';
import { cellValue, isProblem, label, readBytes, type Importer } from './source';
import { readTable } from './xlsx';

const FILE = 'telemark/lavinntekt.xlsx';
const PERIOD = /^\d{4}-(\d{4})$/;
const VESTFOLD = new Set(Object.values(VESTFOLD_2020));

/**
 * Reads lavinntekt_0_17 (percent). Places carry 2020 names and borders ('Vestfold og Telemark' = 38);
 * the file's «Gjennomsnitt» rows are someone's own unweighted averages and are skipped.
 */
export const lavinntektImporter: Importer = {
  name: 'lavinntekt',
  files: [FILE],
  async run(rawDir) {
    const file = label(FILE);
    const { header, rows, problems } = await readTable(await readBytes(rawDir, FILE), file, [
      'Sted',
      'Alder'
    ]);
    if (problems.length > 0) return { drafts: [], problems };
    const drafts: Draft[] = [];
    rows.forEach((row, i) => {
      const line = i + 2;
      const place = row[header.indexOf('Sted')];
      const age = row[header.indexOf('Alder')];
      if (place === null || age === 'Gjennomsnitt' || VESTFOLD.has(String(place))) return;
      const code = codeForName(String(place), 2020);
      if (!code || age !== '0-17 år')
        return problems.push({
          file,
          line,
          column: code ? 'Alder' : 'Sted',
          message: `ukjent ${code ? 'alder' : 'geografi'} «${code ? age : place}»`
        });
      header.forEach((period, c) => {
        const end = PERIOD.exec(period)?.[1];
        if (!end) return;
        const cell = cellValue(row[c] as string | number | null, { file, line, column: period }, (n) => n);
        if (isProblem(cell)) problems.push(cell);
        else
          drafts.push({
            indicator: 'lavinntekt_0_17',
            code,
            period,
            year: Number(end),
            breakdown: 'alle',
            ...cell,
            note: '',
            file,
            line,
            column: period,
            codesInForce: false
          });
      });
    });
    return { drafts, problems };
  }
};
