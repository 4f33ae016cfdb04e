import { expect, test } from 'vitest';
import { visibleControls, webLink } from './text';

test.each([
  ['https://statistikk.fhi.no/x?y=1', 'https://statistikk.fhi.no/x?y=1'],
  ['http://ssb.no', 'http://ssb.no/'],
  ['javascript:alert(1)', ''],
  [' JavaScript:alert(1)', ''],
  ['data:text/html,<script>alert(1)</script>', ''],
  ['//evil.example', ''],
  ['ikke en lenke', ''],
  [42, '']
])('webLink(%j) is %j', (url, expected) => {
  expect(webLink(url)).toBe(expected);
});

test('bidi controls become visible markers, so «.json» cannot hide a «.csv»', () => {
  expect(visibleControls('h26-barnevern\u202Enosj.csv')).toBe('h26-barnevern[U+202E]nosj.csv');
  expect(visibleControls('a\u2066b\u2069c\u200Fd')).toBe('a[U+2066]b[U+2069]c[U+200F]d');
  expect(visibleControls('Porsgrunn – 9,2 %')).toBe('Porsgrunn – 9,2 %');
});
