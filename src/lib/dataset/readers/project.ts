// The project's own CSV (the columns of data/<family>.csv; year, breakdown, missing, note and source optional).
import type { Draft } from '../draft';
import { readCell } from '../missing';
import { missingColumns, type CsvTable } from '../parse';
import { periodYear, PERIOD_FORMS } from '../period';
import type { Problem } from '../problem';
import { defaultBreakdown } from '../schema';
import type { Target } from './target';

export const PROJECT_REQUIRED = ['indicator', 'geo', 'period', 'value'];

/** Whether a header is the project's format. */
export const isProjectCsv = (header: string[]) =>
  PROJECT_REQUIRED.filter((c) => header.includes(c)).length >= 3;

/** Drafts from the project's CSV; each row names its indicator, which must be in `targets`. */
export function readProjectCsv(
  file: string,
  table: CsvTable,
  targets: Map<string, Target>
): { drafts: Draft[]; problems: Problem[] } {
  const problems = missingColumns(file, table, PROJECT_REQUIRED);
  if (problems.length) return { drafts: [], problems };
  const drafts: Draft[] = [];
  for (const { line, values } of table.rows) {
    const at = (column: string, message: string) => problems.push({ file, line, column, message });
    const target = targets.get(values.indicator.trim());
    if (!target) {
      at('indicator', `ukjent indikator «${values.indicator}»`);
      continue;
    }
    const period = values.period.trim();
    const year = values.year?.trim() ? Number(values.year) : periodYear(period);
    if (periodYear(period) === undefined) {
      at('period', `«${period}» er ikke en periode i kjent form (${PERIOD_FORMS})`);
      continue;
    }
    if (!Number.isInteger(year)) {
      at('year', `«${values.year}» er ikke et år`);
      continue;
    }
    const cell = readCell(values.value, false);
    if (cell.value === undefined) {
      at('value', `«${cell.text}» er ikke et tall`);
      continue;
    }
    const missing = cell.value === null ? values.missing?.trim() || cell.missing : '';
    const breakdown = values.breakdown?.trim() || defaultBreakdown(target);
    drafts.push({
      indicator: target.id,
      code: values.geo.trim(),
      period,
      year: year!,
      breakdown,
      value: cell.value,
      missing,
      note: values.note?.trim() ?? '',
      file,
      line,
      column: 'value',
      geoColumn: 'geo',
      codesInForce: false
    });
  }
  return { drafts, problems };
}
