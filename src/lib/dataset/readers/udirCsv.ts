// Udir Statistikkbanken CSV: one row per indicator code, one column per «skoleår.sted.….kjønn.måltall» combination.
import type { Draft } from '../draft';
import { codeForName, geography } from '../geographies';
import { readCell } from '../missing';
import type { CsvTable } from '../parse';
import { periodYear } from '../period';
import type { Problem } from '../problem';
import { defaultBreakdown } from '../schema';
import { sexBreakdown, sexOf, type Target } from './target';

export const isUdirCsv = (header: string[]) => header.includes('Indikatorkode');

const LEVEL = { land: 0, fylke: 1, kommune: 2 } as const;

/** The Udir indicator code a catalogue entry names («Udir-indikator 67.19.00.11»), if any. */
export const udirCodeOf = (target: Target) =>
  /\b(\d{2}\.\d{2}\.\d{2}\.\d{2}[A-Z]?)\b/.exec(target.source_table)?.[1];

/** Drafts from the rows of one indicator code (the target's, else the file's top-level one); sub-groups (programmes, owners) are left out. */
export function readUdirCsv(
  file: string,
  table: CsvTable,
  target: Target
): { drafts: Draft[]; problems: Problem[]; code: string } {
  const wanted =
    udirCodeOf(target) ??
    table.rows.find((r) => r.values.IndikatorNivaa === '1')?.values.Indikatorkode ??
    table.rows[0]?.values.Indikatorkode;
  const rows = table.rows.filter((r) => r.values.Indikatorkode === wanted);
  const problems: Problem[] = [];
  if (!rows.length)
    return {
      drafts: [],
      problems: [
        {
          file,
          line: 2,
          column: 'Indikatorkode',
          message: `filen har ingen rader for indikatorkoden «${wanted}»`
        }
      ],
      code: wanted ?? ''
    };
  const columns = table.header.flatMap((name) => {
    const c = column(name, target);
    return c ? [c] : [];
  });
  const drafts: Draft[] = [];
  for (const row of rows) {
    for (const c of columns) {
      const cell = readCell(row.values[c.name], false);
      if (cell.value === undefined) {
        problems.push({ file, line: row.line, column: c.name, message: `«${cell.text}» er ikke et tall` });
        continue;
      }
      drafts.push({
        indicator: target.id,
        code: c.code,
        period: c.period,
        year: c.year,
        breakdown: c.breakdown,
        value: cell.value,
        missing: cell.value === null ? cell.missing : '',
        note: '',
        file,
        line: row.line,
        column: c.name,
        codesInForce: true
      });
    }
  }
  return { drafts, problems, code: wanted ?? '' };
}

/** A value column's period, place and breakdown; undefined for columns that are not totals apart from place and sex. */
function column(name: string, target: Target) {
  const parts = name.split('.');
  const period = parts[0];
  const year = periodYear(period);
  if (year === undefined || parts.length < 3) return undefined;
  let code: string | undefined;
  let breakdown = defaultBreakdown(target);
  for (const part of parts.slice(1, -1)) {
    const place = codeForName(part, year);
    const sex = sexOf(part);
    if (place !== undefined) {
      if (code === undefined || LEVEL[geography(place)!.level] > LEVEL[geography(code)!.level]) code = place;
    } else if (sex) {
      const b = sexBreakdown(sex, target);
      if (!b) return undefined;
      breakdown = b;
    } else if (!/^Alle\b/.test(part)) return undefined;
  }
  return code === undefined ? undefined : { name, period, year, code, breakdown };
}
