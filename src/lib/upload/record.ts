// A record read back from IndexedDB, checked field by field before it is replayed: the store may hold anything.
import {
  INDICATOR_COLUMNS,
  OBSERVATION_COLUMNS,
  type Indicator,
  type Observation
} from '$lib/dataset/schema';
import { webLink } from '$lib/dataset/text';

/** An accepted upload as it is kept in the browser (IndexedDB) and replayed into DuckDB at start. */
export interface Upload {
  id: string;
  file: string;
  format: string;
  loadedAt: string; // ISO time it was accepted
  indicators: string[];
  newIndicators: Indicator[]; // indicators the analyst described for this file
  rows: Observation[]; // source = 'opplastet: <file>:<line>'
  counts: { added: number; changed: number; unchanged: number };
  confirmed?: string[]; // the «Jeg vet at …» confirmations the analyst ticked for mismatches that were only probable
}

type Check<T> = { upload: T } | { reason: string };

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/** The upload when every field has its type (a described indicator's link is dropped unless it is http(s)); else why not, in Norwegian. */
export function checkUpload(value: unknown): Check<Upload> {
  const r = value as Partial<Record<keyof Upload, unknown>> | null;
  if (!r || typeof r !== 'object') return { reason: 'posten er ikke et objekt' };
  for (const field of ['id', 'file', 'format', 'loadedAt'] as const)
    if (!isText(r[field])) return { reason: `feltet «${field}» er ikke tekst` };
  if (Number.isNaN(Date.parse(r.loadedAt as string))) return { reason: '«loadedAt» er ikke et tidspunkt' };
  if (!Array.isArray(r.indicators) || !r.indicators.every(isText))
    return { reason: '«indicators» er ikke en liste med tekst' };
  const counts = r.counts as Upload['counts'] | undefined;
  if (!counts || ![counts.added, counts.changed, counts.unchanged].every(isCount))
    return { reason: '«counts» mangler eller har feil type' };
  if (!Array.isArray(r.newIndicators)) return { reason: '«newIndicators» er ikke en liste' };
  const newIndicators: Indicator[] = [];
  for (const [i, indicator] of r.newIndicators.entries()) {
    const bad = badField(indicator, INDICATOR_COLUMNS);
    if (bad) return { reason: `ny indikator ${i + 1}: feltet «${bad}» har feil type` };
    newIndicators.push({ ...indicator, source_url: webLink(indicator.source_url) });
  }
  if (!Array.isArray(r.rows)) return { reason: '«rows» er ikke en liste' };
  for (const [i, row] of r.rows.entries()) {
    const bad = badField(row, OBSERVATION_COLUMNS);
    if (bad) return { reason: `rad ${i + 1}: feltet «${bad}» har feil type` };
  }
  return { upload: { ...(r as Upload), newIndicators, rows: r.rows as Observation[] } };
}

/** The first column whose value does not have the column's DuckDB type (VARCHAR text, INTEGER whole, DOUBLE finite or null). */
function badField(value: unknown, columns: Record<string, string>): string | undefined {
  if (!value || typeof value !== 'object') return '(hele raden)';
  const v = value as Record<string, unknown>;
  return Object.entries(columns).find(([name, type]) => {
    const x = v[name];
    if (type === 'VARCHAR') return !isText(x);
    if (type === 'INTEGER') return !Number.isInteger(x);
    if (type === 'BOOLEAN') return typeof x !== 'boolean';
    return x !== null && !(typeof x === 'number' && Number.isFinite(x));
  })?.[0];
}
