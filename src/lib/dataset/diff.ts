// What an upload would change: new rows, changed values (old → new, as when FHI revises a series), unchanged rows.
import type { Observation } from './schema';

export interface Change {
  row: Observation;
  old: Pick<Observation, 'value' | 'missing' | 'source'>;
}

export interface Diff {
  added: Observation[];
  changed: Change[];
  unchanged: number;
}

/** The key an observation is stored under: one value per indicator, place, period and breakdown. */
export const keyOf = (o: Pick<Observation, 'indicator' | 'geo' | 'period' | 'breakdown'>) =>
  `${o.indicator}\u0000${o.geo}\u0000${o.period}\u0000${o.breakdown}`;

/** Compares uploaded rows with the rows loaded now (of the same indicators). */
export function diff(rows: Observation[], loaded: Observation[]): Diff {
  const before = new Map(loaded.map((o) => [keyOf(o), o]));
  const result: Diff = { added: [], changed: [], unchanged: 0 };
  for (const row of rows) {
    const old = before.get(keyOf(row));
    if (!old) result.added.push(row);
    else if (old.value !== row.value || (row.value === null && old.missing !== row.missing))
      result.changed.push({ row, old: { value: old.value, missing: old.missing, source: old.source } });
    else result.unchanged++;
  }
  return result;
}
