import { expect, it } from 'vitest';
import { formatProblem } from './problem';

it('formatProblem names file, line, column and value in Norwegian', () => {
  expect(
    formatProblem({
      file: 'data/raw/fhi/barnevern.csv',
      line: 14,
      column: 'Andel',
      message: '«abc» er ikke et tall'
    })
  ).toBe('data/raw/fhi/barnevern.csv, linje 14, kolonne «Andel»: «abc» er ikke et tall');
  expect(
    formatProblem({ file: 'data/raw/plan/x.txt', line: 1, column: '', message: 'fant ikke tallet' })
  ).toBe('data/raw/plan/x.txt, linje 1: fant ikke tallet');
});
