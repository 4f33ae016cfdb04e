// Udir Statistikkbanken export as xlsx: one row per unit (nation, county, municipality, school), one column group per school year.
import { readingOf } from '../catalogue/index';
import { chosenOr, type SourceReader } from './reader';
import { COUNTIES, measuredBy, unitDrafts, type UnitRow } from './udirUnits';
import { sheetTable, type XlsxCell } from './xlsx';

const KEYS = ['EnhetNivaa', 'Fylkekode', 'Kommunekode'];

/** The code of a row: '0' for the nation, the county ('08', '38') or the municipality; null for schools and other counties. */
function codeOf(row: XlsxCell[], at: Record<string, number>): string | null {
  const level = row[at.EnhetNivaa];
  const county = String(row[at.Fylkekode] ?? '').padStart(2, '0');
  if (level === 1) return '0';
  if ((level !== 2 && level !== 3) || !COUNTIES.has(county)) return null;
  return level === 2 ? county : String(row[at.Kommunekode] ?? '').padStart(4, '0');
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
    const [target] = chosenOr(ctx, measuredBy(header, ctx.indicators));
    if (!target) return { choose: 'målet i kolonnenavnene er ikke koblet til en indikator i katalogen' };
    if (problems.length > 0) return { drafts: [], problems, indicators: [] };
    const at = Object.fromEntries(KEYS.map((name) => [name, header.indexOf(name)]));
    const units: UnitRow[] = rows.map((row, i) => ({
      line: i + 2,
      code: codeOf(row, at),
      cell: (column) => row[header.indexOf(column)]
    }));
    return { ...unitDrafts(file, header, units, target, 'Kommunekode'), indicators: [target.id] };
  }
};
