// Udir Statistikkbanken export of grunnskolepoeng (xlsx): one row per unit, one column group per school year.
import type { Draft } from '../../src/lib/dataset/draft';
import { geography, outOfScope } from '../../src/lib/dataset/geographies';
import { cellValue, isProblem, label, readBytes, type Importer } from './source';
import { readTable, type XlsxCell } from './xlsx';

const FILE = 'udir/grunnskolepoeng-udir.xlsx';
const VALUE = /^(\d{4}-\d{2})\.Alle eierformer\.Begge kjønn\.Grunnskolepoeng$/;
const COUNTIES = new Set(['08', '38']);

/** The code of a row: '0' for the nation, the county ('08', '38') or the municipality; null for schools and other counties. */
function codeOf(row: XlsxCell[], at: Record<string, number>): string | null {
  const level = row[at.EnhetNivaa];
  const county = String(row[at.Fylkekode] ?? '').padStart(2, '0');
  if (level === 1) return '0';
  if ((level !== 2 && level !== 3) || !COUNTIES.has(county)) return null;
  return level === 2 ? county : String(row[at.Kommunekode] ?? '').padStart(4, '0');
}

/** Notes per school year: each «Bruddtekst» part goes to the school years it names, else to its own column's year. */
function notesOf(row: XlsxCell[], header: string[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  header.forEach((name, c) => {
    const own = /^(\d{4}-\d{2})\..*\.Grunnskolepoeng\.Brudd$/.exec(name)?.[1];
    if (!own || typeof row[c] !== 'string') return;
    for (const part of (row[c] as string).split(/\s*<<\s*\d+\. Bruddtekst\s*>>\s*/)) {
      const named = part.match(/\d{4}-\d{2}/g) ?? [own];
      for (const period of named)
        if (!notes.get(period)?.includes(part)) notes.set(period, [...(notes.get(period) ?? []), part]);
    }
  });
  return notes;
}

/** Reads grunnskolepoeng_udir for Norway, counties 08/38 and their municipalities, codes as in force at export. */
export const udirImporter: Importer = {
  name: 'udir',
  files: [FILE],
  async run(rawDir) {
    const file = label(FILE);
    const keys = ['EnhetNivaa', 'Fylkekode', 'Kommunekode'];
    const { header, rows, problems } = await readTable(await readBytes(rawDir, FILE), file, keys);
    const at = Object.fromEntries(keys.map((name) => [name, header.indexOf(name)]));
    const periods = header.flatMap((name, c) =>
      VALUE.test(name) ? [{ c, name, period: VALUE.exec(name)![1] }] : []
    );
    if (problems.length > 0) return { drafts: [], problems };
    const drafts: Draft[] = [];
    rows.forEach((row, i) => {
      const line = i + 2;
      const code = codeOf(row, at);
      if (code === null || outOfScope(code)) return;
      if (!geography(code))
        return problems.push({ file, line, column: 'Kommunekode', message: `ukjent geografi «${code}»` });
      const notes = notesOf(row, header);
      for (const { c, name, period } of periods) {
        const cell = cellValue(row[c] as string | number | null, { file, line, column: name }, (n) => n);
        if (isProblem(cell)) problems.push(cell);
        else {
          const year = Number(period.slice(0, 4)) + 1;
          drafts.push({
            indicator: 'grunnskolepoeng_udir',
            code,
            period,
            year,
            breakdown: 'alle',
            ...cell,
            note: (notes.get(period) ?? []).join(' '),
            file,
            line,
            column: name,
            codesInForce: true
          });
        }
      }
    });
    return { drafts, problems };
  }
};
