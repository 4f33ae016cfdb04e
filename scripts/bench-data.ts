// SYNTHETIC benchmark data: a national-size dataset generated at bench time, never shipped, never shown as real.
import { formatCsv } from '../src/lib/dataset/parse';
import { OBSERVATION_COLUMNS } from '../src/lib/dataset/schema';

/**
 * 357 municipalities × 40 indicators × 20 periods × 3 breakdowns (≈ 857 000 rows) of made-up values, with
 * codes shaped like real ones (4-digit municipality, 2-digit county, '0'); deterministic (no randomness).
 */
export function syntheticObservations() {
  const geos = Array.from(
    { length: 357 },
    (_, i) => `${String(3 + (i % 15)).padStart(2, '0')}${String(1 + Math.floor(i / 15)).padStart(2, '0')}`
  );
  const indicators = Array.from({ length: 40 }, (_, i) => `syntetisk_${i + 1}`);
  const breakdowns = ['alle', 'jenter', 'gutter'];
  const rows: Record<string, unknown>[] = [];
  for (const indicator of indicators) {
    for (const geo of geos) {
      for (let p = 0; p < 20; p++) {
        for (const breakdown of breakdowns) {
          const value =
            ((geo.charCodeAt(3) * 7 + p * 13 + indicator.length * 3 + breakdown.length) % 1000) / 10;
          rows.push({
            indicator,
            geo,
            period: String(2006 + p),
            year: 2006 + p,
            breakdown,
            value,
            missing: '',
            note: '',
            source: 'syntetisk'
          });
        }
      }
    }
  }
  return {
    text: formatCsv(Object.keys(OBSERVATION_COLUMNS), rows),
    geos,
    indicators,
    breakdowns,
    rows: rows.length
  };
}

/**
 * A SYNTHETIC upload of about 100 000 rows in the project's CSV: six catalogued percent indicators × the 19 places
 * the dashboard knows × the made-up years 1100-1999 (so every key is new), values made up. Never shipped.
 */
export function syntheticUpload(): { text: string; rows: number } {
  const indicators = [
    'barnevern_tiltak_0_17',
    'mobbing_7',
    'trivsel_10',
    'lesing_5',
    'lesing_8',
    'regning_5'
  ];
  const geos = [
    '0',
    '40',
    '4001',
    '4003',
    '4005',
    '4010',
    '4012',
    '4014',
    '4016',
    '4018',
    '4020',
    '4022',
    '4024',
    '4026',
    '4028',
    '4030',
    '4032',
    '4034',
    '4036'
  ];
  const lines = ['indicator,geo,period,value'];
  for (const indicator of indicators) {
    for (const geo of geos) {
      for (let year = 1100; year < 2000; year++)
        lines.push(`${indicator},${geo},${year},${((year * 7 + geo.length * 13) % 1000) / 10}`);
    }
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}
