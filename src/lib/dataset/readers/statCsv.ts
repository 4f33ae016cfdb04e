// CSV downloads of FHI Statistikk (csv3 codes / csv2 labels) and SSB (region labels «K-3806 Porsgrunn», years as columns or a column) as cube cells.
import { codeForName } from '../geographies';
import type { CsvTable } from '../parse';
import type { CubeCell } from './cube';

const FHI_GEO = ['GEO', 'Geografi'];
const FHI_TIME = ['AAR', 'År'];
const VALUE = ['value', 'verdi', 'Verdi', 'Value', 'RATE', 'MEIS'];

/** Whether a header is an FHI Statistikk CSV (GEO and AAR, or their labels). */
export const isFhiCsv = (header: string[]) =>
  FHI_GEO.some((c) => header.includes(c)) && FHI_TIME.some((c) => header.includes(c));

/** Whether a header is an SSB table download (a region column). */
export const isSsbCsv = (header: string[]) => header.some((c) => /^region$/i.test(c.trim()));

/** FHI CSV rows as cells under FHI's dimension codes; SPVFLAGG > 0 marks a suppressed value. */
export function fhiCsvCells(table: CsvTable): CubeCell[] {
  const rename = (c: string) => (c === 'Geografi' ? 'GEO' : c === 'År' ? 'AAR' : c === 'Kjønn' ? 'KJONN' : c);
  const valueColumn = VALUE.find((c) => table.header.includes(c));
  const dimensions = table.header.filter((c) => c !== valueColumn && c !== 'SPVFLAGG' && !VALUE.includes(c));
  const cells = table.rows.map(({ line, values }): CubeCell => {
    const categories = Object.fromEntries(dimensions.map((d) => [rename(d), values[d]]));
    if (!/^\d+$/.test(categories.GEO ?? ''))
      categories.GEO = codeForName(categories.GEO ?? '') ?? categories.GEO;
    categories.AAR = (categories.AAR ?? '').replace(/^(\d{4})-(\d{4})$/, '$1_$2');
    const flag = Number(values.SPVFLAGG ?? 0);
    const value = flag > 0 ? null : (values[valueColumn ?? ''] ?? '');
    const geoColumn = FHI_GEO.find((c) => table.header.includes(c));
    return { categories, value, status: flag > 0 ? ':' : null, line, column: valueColumn ?? '', geoColumn };
  });
  return cells;
}

/** The code in an SSB region label: «K-3806 Porsgrunn» → 3806, «0 Hele landet» → 0, «F-40 Telemark» → 40. */
export function ssbRegionCode(label: string): string {
  const t = label.trim();
  const m = /^(?:[KF]-)?(\d{1,4})\b/.exec(t);
  if (m) return m[1];
  return codeForName(t.replace(/\s*\(.*\)$/, '')) ?? t;
}

/** SSB CSV rows as cells: dimensions Region and Tid plus the other label columns; a year per column when the header has years. */
export function ssbCsvCells(table: CsvTable): CubeCell[] {
  const region = table.header.find((c) => /^region$/i.test(c.trim()))!;
  const yearColumns = table.header.filter((c) => /(^|\s)\d{4}$/.test(c.trim()));
  const timeColumn = table.header.find((c) => /^(år|tid|year)$/i.test(c.trim()));
  const labels = table.header.filter((c) => c !== region && c !== timeColumn && !yearColumns.includes(c));
  const valueColumn = yearColumns.length ? undefined : labels.pop();
  const cells: CubeCell[] = [];
  for (const { line, values } of table.rows) {
    const base = Object.fromEntries(
      labels.map((l) => [l.toLowerCase() === 'kjønn' ? 'Kjonn' : l, values[l]])
    );
    base.Region = ssbRegionCode(values[region]);
    if (yearColumns.length) {
      for (const c of yearColumns)
        cells.push({
          categories: { ...base, Tid: /(\d{4})$/.exec(c.trim())![1] },
          value: values[c],
          line,
          column: c,
          geoColumn: region
        });
    } else if (timeColumn && valueColumn) {
      cells.push({
        categories: { ...base, Tid: values[timeColumn].trim() },
        value: values[valueColumn],
        line,
        column: valueColumn,
        geoColumn: region
      });
    }
  }
  return cells;
}
