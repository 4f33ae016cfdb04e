// Udir Statistikkbanken export as xlsx: one row per unit (nation, county, municipality, school), one column group per school year.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { geography, outOfScope } from '../geographies';
import { asIs, cellValue, keepCell } from './cells';
import { chosenOr, type SourceReader } from './reader';
import type { Target } from './target';
import { sheetTable, type XlsxCell } from './xlsx';

const KEYS = ['EnhetNivaa', 'Fylkekode', 'Kommunekode'];
const COUNTIES = new Set(['08', '38']);

const measureOf = (t: Target) => readingOf(t.id)?.udir?.measure;
const valueColumn = (measure: string) =>
  new RegExp(`^(\\d{4}-\\d{2})\\.Alle eierformer\\.Begge kjønn\\.${measure}$`);

/** The code of a row: '0' for the nation, the county ('08', '38') or the municipality; null for schools and other counties. */
function codeOf(row: XlsxCell[], at: Record<string, number>): string | null {
  const level = row[at.EnhetNivaa];
  const county = String(row[at.Fylkekode] ?? '').padStart(2, '0');
  if (level === 1) return '0';
  if ((level !== 2 && level !== 3) || !COUNTIES.has(county)) return null;
  return level === 2 ? county : String(row[at.Kommunekode] ?? '').padStart(4, '0');
}

/** Notes per school year: each «Bruddtekst» part goes to the school years it names, else to its own column's year. */
function notesOf(row: XlsxCell[], header: string[], measure: string): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const brudd = new RegExp(`^(\\d{4}-\\d{2})\\..*\\.${measure}\\.Brudd$`);
  header.forEach((name, c) => {
    const own = brudd.exec(name)?.[1];
    if (!own || typeof row[c] !== 'string') return;
    for (const part of (row[c] as string).split(/\s*<<\s*\d+\. Bruddtekst\s*>>\s*/)) {
      const named = part.match(/\d{4}-\d{2}/g) ?? [own];
      for (const period of named)
        if (!notes.get(period)?.includes(part)) notes.set(period, [...(notes.get(period) ?? []), part]);
    }
  });
  return notes;
}

/** Norway, counties 08/38 and their municipalities, codes as in force at export; the measure comes from the catalogue. */
export const udirXlsxReader: SourceReader = {
  format: 'Udir xlsx',
  layout: 'xlsx',
  feeds: (id) => !!readingOf(id)?.udir,
  recognises: (input) =>
    input.layout === 'xlsx' && KEYS.every((k) => (input.sheet[0] ?? []).map(String).includes(k)),
  read(input, ctx) {
    if (input.layout !== 'xlsx') throw new Error('not xlsx');
    const { file, sheet } = input;
    const { header, rows, problems } = sheetTable(sheet, file, KEYS);
    const found = ctx.indicators.filter((t) => {
      const measure = measureOf(t);
      return measure && header.some((h) => valueColumn(measure).test(h));
    });
    const [target] = chosenOr(ctx, found);
    if (!target) return { choose: 'målet i kolonnenavnene er ikke koblet til en indikator i katalogen' };
    const measure = measureOf(target) ?? '';
    const value = valueColumn(measure);
    const at = Object.fromEntries(KEYS.map((name) => [name, header.indexOf(name)]));
    const periods = header.flatMap((name, c) =>
      value.test(name) ? [{ c, name, period: value.exec(name)![1] }] : []
    );
    const drafts: Draft[] = [];
    if (problems.length > 0) return { drafts, problems, indicators: [] };
    rows.forEach((row, i) => {
      const line = i + 2;
      const code = codeOf(row, at);
      if (code === null || outOfScope(code)) return;
      if (!geography(code))
        return problems.push({ file, line, column: 'Kommunekode', message: `ukjent geografi «${code}»` });
      const notes = notesOf(row, header, measure);
      for (const { c, name, period } of periods) {
        const cell = cellValue(row[c], { file, line, column: name }, asIs);
        keepCell({ drafts, problems }, cell, {
          indicator: target.id,
          code,
          period,
          year: Number(period.slice(0, 4)) + 1,
          breakdown: 'alle',
          note: (notes.get(period) ?? []).join(' '),
          file,
          line,
          column: name,
          codesInForce: true
        });
      }
    });
    return { drafts, problems, indicators: [target.id] };
  }
};
