import { describe, expect, test } from 'vitest';
import type { Upload } from './record';
import type { Observation } from '$lib/dataset/schema';
import { fromUpload, uploadedSource } from '$lib/dataset/uploaded';
import { markKey, uploadMarks } from './marks';

// Upload records as «Godta» keeps them (test data, not real figures).
const row = (indicator: string, geo: string, period: string, breakdown = 'alle'): Observation => ({
  indicator,
  geo,
  period,
  year: Number(period.slice(-4)),
  breakdown,
  value: 1,
  missing: '',
  note: '',
  source: uploadedSource('testdata.csv', 2)
});
const upload = (file: string, rows: Observation[]): Upload => ({
  id: file,
  file,
  format: 'prosjektets CSV',
  loadedAt: '2026-11-30T10:00:00.000Z',
  indicators: [...new Set(rows.map((r) => r.indicator))],
  newIndicators: [],
  rows,
  counts: { added: rows.length, changed: 0, unchanged: 0 }
});

describe('uploadMarks', () => {
  test('names every file once, oldest first, and marks each uploaded value by indicator, place, period and breakdown', () => {
    const marks = uploadMarks([
      upload('a.csv', [row('mobbing_7', '4001', '2024_2026')]),
      upload('b.json', [row('barnevern_tiltak_0_17', '0', '2024', 'jenter')]),
      upload('a.csv', [row('mobbing_7', '40', '2024_2026')])
    ]);
    expect(marks.files).toEqual(['a.csv', 'b.json']);
    expect([...marks.keys].sort()).toEqual(
      [
        markKey('barnevern_tiltak_0_17', '0', '2024', 'jenter'),
        markKey('mobbing_7', '40', '2024_2026', 'alle'),
        markKey('mobbing_7', '4001', '2024_2026', 'alle')
      ].sort()
    );
    expect(marks.keys.has(markKey('mobbing_7', '4001', '2024_2026', 'jenter'))).toBe(false);
    expect([...marks.indicators].sort()).toEqual(['barnevern_tiltak_0_17', 'mobbing_7']);
  });

  test('no uploads, no marks', () => {
    expect(uploadMarks([])).toEqual({ files: [], keys: new Set(), indicators: new Set() });
  });
});

describe('fromUpload', () => {
  test.each([
    [uploadedSource('fhi-337.json', 4), true],
    ['fhi/barnevern.csv:12', false],
    ['data/raw/imports/fhi-337.json:4', false],
    [null, false]
  ])('%s → %s', (source, expected) => {
    expect(fromUpload({ source })).toBe(expected);
  });
});
