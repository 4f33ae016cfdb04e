// Udir Statistikkbanken CSV with one row per unit (EnhetNivaa 1 nation, 2 county, 3 school): county-level measures such as dropout.
import { readingOf } from '../catalogue/index';
import type { CsvRow } from '../parse';
import { chosenOr, csvReader, type SourceReader } from './reader';
import { COUNTIES, measuredBy, unitDrafts, type UnitRow } from './udirUnits';

const KEYS = ['EnhetNivaa', 'Nasjonaltkode', 'Fylkekode', 'EnhetNavn'];

/** '0' for «Hele landet» (not «Utlandet», also level 1), the county for 08 and 38; null for schools and other counties. */
function codeOf(row: CsvRow): string | null {
  const v = row.values;
  if (v.EnhetNivaa === '1') return v.Nasjonaltkode === 'I' ? '0' : null;
  const county = (v.Fylkekode ?? '').padStart(2, '0');
  return v.EnhetNivaa === '2' && COUNTIES.has(county) ? county : null;
}

/** Norway and the counties 08/38 only: the file has schools, never the pupils' home municipality. */
export const udirUnitCsvReader: SourceReader = csvReader({
  format: 'Udir CSV per enhet',
  feeds: (id) => !!readingOf(id)?.udir,
  recognises: (header) => KEYS.every((k) => header.includes(k)),
  read({ file, table }, ctx) {
    const [target] = chosenOr(ctx, measuredBy(table.header, ctx.indicators));
    if (!target) return { choose: 'målet i kolonnenavnene er ikke koblet til en indikator i katalogen' };
    const units: UnitRow[] = table.rows.map((row) => ({
      line: row.line,
      code: codeOf(row),
      cell: (column) => row.values[column]
    }));
    return { ...unitDrafts(file, table.header, units, target, 'Fylkekode'), indicators: [target.id] };
  }
});
