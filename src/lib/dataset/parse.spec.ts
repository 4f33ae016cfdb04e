import { describe, expect, it } from 'vitest';
import { formatCsv, missingColumns, parseCsv } from './parse';

describe('parseCsv', () => {
  it('gives each row its physical 1-based line, across quoted newlines, blank lines, CRLF and a BOM', () => {
    const text = '\uFEFFKommune,Andel\r\nPorsgrunn,"0,1\nx"\r\n\r\nSkien,0.2\n';
    const { table, problems } = parseCsv('f.csv', text);
    expect(problems).toEqual([]);
    expect(table.header).toEqual(['Kommune', 'Andel']);
    expect(table.rows).toEqual([
      { line: 2, values: { Kommune: 'Porsgrunn', Andel: '0,1\nx' } },
      { line: 5, values: { Kommune: 'Skien', Andel: '0.2' } }
    ]);
  });

  it('reports a row with the wrong number of cells', () => {
    const { problems } = parseCsv('f.csv', 'a,b\n1,2\n3\n');
    expect(problems).toEqual([
      { file: 'f.csv', line: 3, column: '', message: 'raden har 1 felt, men overskriften har 2' }
    ]);
  });

  it('reads other delimiters', () => {
    expect(parseCsv('f.csv', 'a;b\n1;2', ';').table.rows[0].values).toEqual({ a: '1', b: '2' });
  });

  it('refuses a header that names a column twice, and reads no row (the last column would win)', () => {
    const { table, problems } = parseCsv('f.csv', 'indicator,geo,period,value,value\nb,4001,2024,2.7,9.9\n');
    expect(table.rows).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'f.csv',
        line: 1,
        column: 'value',
        message:
          'kolonnen «value» står flere ganger i overskriften (kolonne 4 og 5): det er uklart hvilken som gjelder'
      }
    ]);
  });

  it('missingColumns names each absent column on line 1', () => {
    const { table } = parseCsv('f.csv', 'a,b\n1,2');
    expect(missingColumns('f.csv', table, ['a', 'c'])).toEqual([
      { file: 'f.csv', line: 1, column: 'c', message: 'kolonnen «c» mangler i overskriften' }
    ]);
  });
});

describe('formatCsv', () => {
  it('writes a header, RFC 4180 quoting, plain numbers, empty cells for null and \\n line ends', () => {
    const text = formatCsv(
      ['geo', 'value', 'note'],
      [
        { geo: '0805', value: 5.9, note: 'a, "b"' },
        { geo: '0', value: null, note: '' }
      ]
    );
    expect(text).toBe('geo,value,note\n0805,5.9,"a, ""b"""\n0,,\n');
  });

  it('refuses a number that is not finite', () => {
    expect(() => formatCsv(['v'], [{ v: Number.NaN }])).toThrow();
  });
});
