import { describe, expect, test } from 'vitest';
import { exportCsv, neutralise } from './export';

describe('exportCsv', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Porsgrunn', 'Porsgrunn'],
    [-0.3, -0.3]
  ])('neutralise(%j)', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  test('writes plain digits with a dot and quotes every text cell, neutralised', () => {
    const csv = exportCsv(
      ['geo', 'value', 'label'],
      [
        { geo: '0805', value: 9.2, label: 'a, b' },
        { geo: '0', value: null, label: '=1+1' },
        { geo: '4001', value: -0, label: 'Se «kilde» "her"' }
      ]
    );
    expect(csv).toBe(`geo,value,label\n"0805",9.2,"a, b"\n"0",,"'=1+1"\n"4001",0,"Se «kilde» ""her"""\n`);
  });

  test('a note «Se kilde;=1+1» stays one quoted cell, so a spreadsheet splitting on «;» finds no formula', () => {
    const line = exportCsv(['note', 'value'], [{ note: 'Se kilde;=1+1', value: 2.5 }]).split('\n')[1];
    expect(line).toBe('"Se kilde;=1+1",2.5');
    // split on «;» outside quotes, as a semicolon spreadsheet does: no cell starts with «=»
    const cells = line.match(/"(?:[^"]|"")*"|[^;]+/g) ?? [];
    expect(cells.some((c) => c.startsWith('='))).toBe(false);
  });
});
