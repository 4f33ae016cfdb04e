// SYNTHETIC benchmark data: a national-size dataset generated at bench time, never shipped, never shown as real.
import { formatCsv } from '../src/lib/dataset/parse';
import { OBSERVATION_COLUMNS } from '../src/lib/dataset/schema';

/**
 * 357 municipalities × 40 indicators × 20 periods × 3 breakdowns (≈ 857 000 rows) of made-up values, with
 * codes shaped like real ones (4-digit municipality, 2-digit county, '0'); deterministic (no randomness).
 */
export function syntheticObservations() {
  const geos = Array.from({ length: 357 }, (_, i) => `${String(3 + (i % 15)).padStart(2, '0')}${String(1 + Math.floor(i / 15)).padStart(2, '0')}`);
  const indicators = Array.from({ length: 40 }, (_, i) => `syntetisk_${i + 1}`);
  const breakdowns = ['alle', 'jenter', 'gutter'];
  const rows: Record<string, unknown>[] = [];
  for (const indicator of indicators) {
    for (const geo of geos) {
      for (let p = 0; p < 20; p++) {
        for (const breakdown of breakdowns) {
          const value = ((geo.charCodeAt(3) * 7 + p * 13 + indicator.length * 3 + breakdown.length) % 1000) / 10;
          rows.push({ indicator, geo, period: String(2006 + p), year: 2006 + p, breakdown, value, missing: '', note: '', source: 'syntetisk' });
        }
      }
    }
  }
  return { text: formatCsv(Object.keys(OBSERVATION_COLUMNS), rows), geos, indicators, breakdowns, rows: rows.length };
}
