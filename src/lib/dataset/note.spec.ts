import { describe, expect, test } from 'vitest';
import { ANALYST_MARK, joinNote, splitNote } from './note';
import { INDICATORS } from './catalogue/index';

describe('indicator notes', () => {
  test('split back into the parts they were joined from', () => {
    const note = joinNote('Bare kommunene har tall.', 'Filen har 0 for Tokke.');
    expect(note).toBe(`Bare kommunene har tall. ${ANALYST_MARK} Filen har 0 for Tokke.`);
    expect(splitNote(note)).toEqual({
      reader: 'Bare kommunene har tall.',
      analyst: 'Filen har 0 for Tokke.'
    });
    expect(splitNote(joinNote('', 'Kode 38.'))).toEqual({ reader: '', analyst: 'Kode 38.' });
    expect(splitNote('Beskrevet ved opplasting.')).toEqual({
      reader: 'Beskrevet ved opplasting.',
      analyst: ''
    });
  });

  test("the catalogue keeps commits, file lines, region codes and scripts out of the reader's part", () => {
    // Years and periods (2018-2020, 2019-20), school grades and ages are words a reader knows; other numbers are codes.
    const plain = (text: string) =>
      text
        .replace(/\d{4}(?:[-/]\d{2,4})*/g, '')
        .replace(/\d+\.(?:-\d+\.)? trinn|\d+\+|\d+ kommunene|\d+ %/g, '');
    const technical = /commit|github|linje|kolonne|skript|\bkode|\b(?:EKA)?\d{2,}\b/i;
    const leaks = INDICATORS.map((i) => [i.id, splitNote(i.note).reader] as const).filter(([, reader]) =>
      technical.test(plain(reader))
    );
    expect(leaks).toEqual([]);
    expect(
      INDICATORS.filter((i) => /commit/.test(i.note)).every((i) => /commit/.test(splitNote(i.note).analyst))
    ).toBe(true);
  });
});
