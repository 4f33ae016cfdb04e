import { describe, expect, test } from 'vitest';
import { checkUpload } from './record';

// A whole upload record as «Godta» keeps it (test data, not a real figure).
const good = () => ({
  id: 'a',
  file: 'fhi-337.json',
  format: 'FHI json-stat2',
  loadedAt: '2026-11-30T10:00:00.000Z',
  indicators: ['barnevern_tiltak_0_17'],
  newIndicators: [] as Record<string, unknown>[],
  rows: [
    {
      indicator: 'barnevern_tiltak_0_17',
      geo: '4001',
      period: '2024',
      year: 2024,
      breakdown: 'alle',
      value: 2.9,
      missing: '',
      note: '',
      source: 'opplastet: fhi-337.json:1'
    }
  ],
  counts: { added: 0, changed: 1, unchanged: 0 }
});
const described = {
  id: 'ny',
  family: 'skolemiljo',
  name: 'Ny',
  definition: 'Ny',
  unit: 'prosent',
  polarity: 'neutral',
  period_type: 'annual',
  standardised: false,
  breakdowns: 'alle',
  source_agency: 'Udir',
  source_table: 't',
  source_url: 'javascript:alert(document.domain)',
  fetched: '2026-11-30',
  note: ''
};

describe('checkUpload reads a stored record defensively', () => {
  test('a whole record passes unchanged', () => {
    expect(checkUpload(good())).toEqual({ upload: good() });
  });

  test.each([
    [null, 'posten er ikke et objekt'],
    [{ ...good(), loadedAt: 5 }, 'feltet «loadedAt» er ikke tekst'],
    [{ ...good(), loadedAt: 'i går' }, '«loadedAt» er ikke et tidspunkt'],
    [{ ...good(), rows: 'nei' }, '«rows» er ikke en liste'],
    [{ ...good(), rows: [{ ...good().rows[0], year: '2024' }] }, 'rad 1: feltet «year» har feil type'],
    [{ ...good(), rows: [{ ...good().rows[0], value: Number.NaN }] }, 'rad 1: feltet «value» har feil type'],
    [{ ...good(), counts: undefined }, '«counts» mangler eller har feil type'],
    [{ ...good(), indicators: [1] }, '«indicators» er ikke en liste med tekst'],
    [
      { ...good(), newIndicators: [{ ...described, standardised: 'nei' }] },
      'ny indikator 1: feltet «standardised» har feil type'
    ]
  ])('%j is skipped: %s', (record, reason) => {
    expect(checkUpload(record)).toEqual({ reason });
  });

  test('a described indicator keeps an https link, and loses a javascript: one', () => {
    const keep = checkUpload({
      ...good(),
      newIndicators: [{ ...described, source_url: 'https://www.udir.no/x' }]
    });
    expect('upload' in keep && keep.upload.newIndicators[0].source_url).toBe('https://www.udir.no/x');
    const drop = checkUpload({ ...good(), newIndicators: [described] });
    expect('upload' in drop && drop.upload.newIndicators[0].source_url).toBe('');
  });
});
