// Udir Statistikkbanken exports with one row per unit (nation, county, municipality or school) and one column per school year, as xlsx or CSV.
import { readingOf } from '../catalogue/index';
import type { Draft } from '../draft';
import { geography, outOfScope } from '../geographies';
import type { Problem } from '../problem';
import { asIs, cellValue, keepCell } from './cells';
import type { Target } from './target';
import type { XlsxCell } from './xlsx';

/** The counties the dashboard shows, as Udir codes them: Telemark (08) to 2018-19, Vestfold og Telemark (38) after. */
export const COUNTIES = new Set(['08', '38']);

/** What a note from Udir's «Brudd» column starts with: the chart draws a break where Norway's series has one. */
export const BREAK_NOTE = 'Brudd i serien (Udir):';

/** One unit row: its line, its cells by column name, and its code ('0', '08', '38', a municipality) or null to skip it. */
export interface UnitRow {
  line: number;
  code: string | null;
  cell: (column: string) => XlsxCell | undefined;
}

/** The catalogue's measure for an indicator read from these exports («Grunnskolepoeng», «Andel sluttet»). */
export const measureOf = (t: Target) => readingOf(t.id)?.udir?.measure;

/** A total column of a measure: «2018-19.Alle eierformer[.Alle trinn].Begge kjønn.<measure>», the school year captured. */
export const valueColumn = (measure: string) =>
  new RegExp(`^(\\d{4}-\\d{2})\\.Alle eierformer\\.(?:Alle trinn\\.)?Begge kjønn\\.${measure}$`);

/** The catalogue entries whose measure names one of the header's value columns. */
export const measuredBy = (header: string[], indicators: Target[]) =>
  indicators.filter((t) => {
    const measure = measureOf(t);
    return measure && header.some((h) => valueColumn(measure).test(h));
  });

/** Notes per school year: each «Bruddtekst» part goes to the school years it names, else to its own column's year. */
function notesOf(row: UnitRow, header: string[], measure: string): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const brudd = new RegExp(`^(\\d{4}-\\d{2})\\..*\\.${measure}\\.Brudd$`);
  for (const name of header) {
    const own = brudd.exec(name)?.[1];
    const text = row.cell(name);
    if (!own || typeof text !== 'string' || !text.trim()) continue;
    for (const part of text.trim().split(/\s*<<\s*\d+\. Bruddtekst\s*>>\s*/)) {
      const named = part.match(/\d{4}-\d{2}/g) ?? [own];
      for (const period of named)
        if (!notes.get(period)?.includes(part)) notes.set(period, [...(notes.get(period) ?? []), part]);
    }
  }
  return notes;
}

/** Drafts of `target` from the unit rows, codes as in force at export; a «Brudd» note travels with its school year. */
export function unitDrafts(
  file: string,
  header: string[],
  rows: UnitRow[],
  target: Target,
  geoColumn: string
): { drafts: Draft[]; problems: Problem[] } {
  const measure = measureOf(target) ?? '';
  const value = valueColumn(measure);
  const periods = header.flatMap((name) =>
    value.test(name) ? [{ name, period: value.exec(name)![1] }] : []
  );
  const drafts: Draft[] = [];
  const problems: Problem[] = [];
  for (const row of rows) {
    const { line, code } = row;
    if (code === null || outOfScope(code)) continue;
    if (!geography(code)) {
      problems.push({ file, line, column: geoColumn, message: `ukjent geografi «${code}»` });
      continue;
    }
    const notes = notesOf(row, header, measure);
    for (const { name, period } of periods) {
      const cell = cellValue(row.cell(name), { file, line, column: name }, asIs);
      keepCell({ drafts, problems }, cell, {
        indicator: target.id,
        code,
        period,
        year: Number(period.slice(0, 4)) + 1,
        breakdown: 'alle',
        note: notes.has(period) ? `${BREAK_NOTE} ${notes.get(period)!.join(' ')}` : '',
        file,
        line,
        column: name,
        geoColumn,
        codesInForce: true
      });
    }
  }
  return { drafts, problems };
}
