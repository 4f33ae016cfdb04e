// Checks every harmonised row against the catalogue: known indicator, a number or a reason, percent within 0-100.
import type { Harmonised } from './combine';
import type { Problem } from './problem';
import type { Indicator } from './schema';

/** Problems in rows that passed import: unknown indicator or breakdown, null without reason, percent outside 0-100. */
export function validate(
  rows: Harmonised[],
  indicators: Pick<Indicator, 'id' | 'unit' | 'breakdowns'>[]
): Problem[] {
  const units = new Map(indicators.map((i) => [i.id, i.unit]));
  const breakdowns = new Map(indicators.map((i) => [i.id, i.breakdowns.split('|')]));
  const problems: Problem[] = [];
  for (const row of rows) {
    const at = (message: string) =>
      problems.push({ file: row.file, line: row.line, column: row.column, message });
    const unit = units.get(row.indicator);
    if (!unit) at(`ukjent indikator «${row.indicator}»`);
    else if (!breakdowns.get(row.indicator)!.includes(row.breakdown))
      at(`ukjent inndeling «${row.breakdown}» for ${row.indicator}`);
    if (row.value === null && !row.missing) at('verdien mangler, men ingen grunn er oppgitt');
    if (row.value !== null && !Number.isFinite(row.value)) at(`«${row.value}» er ikke et tall`);
    if (unit === 'prosent' && row.value !== null && (row.value < 0 || row.value > 100))
      at(`«${row.value}» er ikke en andel mellom 0 og 100 prosent`);
  }
  return problems;
}
