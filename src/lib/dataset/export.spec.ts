import { describe, expect, test } from 'vitest';
import { exportCsv, neutralise } from './export';

describe('exportCsv', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Porsgrunn', 'Porsgrunn'],
    [-0.3, -0.3]
  ])('neutralise(%s)', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  test('writes plain digits with a dot and quotes text that needs it', () => {
    const csv = exportCsv(
      ['geo', 'value', 'label'],
      [
        { geo: '0805', value: 9.2, label: 'a, b' },
        { geo: '0', value: null, label: '=1+1' }
      ]
    );
    expect(csv).toBe('geo,value,label\n0805,9.2,"a, b"\n0,,\'=1+1\n');
  });
});
