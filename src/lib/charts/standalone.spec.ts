import { describe, expect, test } from 'vitest';
import { standaloneSvg, wrapLines } from './standalone';

const SOURCE =
  'Treårige gjennomsnitt (glidende); årstallet på aksen er periodens siste år. Kilde: Udir, Statistikkbanken grunnskolepoeng. Oppvekstmonitor Porsgrunn.';

describe('wrapLines', () => {
  test('breaks between words only, each line within the limit, nothing lost', () => {
    const lines = wrapLines(SOURCE, 40);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(SOURCE);
  });
  test('a word longer than a line stands alone', () => {
    expect(wrapLines('a https://example.org/very/long/path b', 10)).toEqual([
      'a',
      'https://example.org/very/long/path',
      'b'
    ]);
  });
});

describe('standaloneSvg', () => {
  const chart = '<svg width="320" height="200"></svg>';
  test('on a phone-wide chart the whole source, licence and site name are there, in lines that fit', () => {
    const { text, height } = standaloneSvg(chart, { width: 320, height: 200 }, 'Grunnskolepoeng', SOURCE);
    const lines = [...text.matchAll(/<tspan x="8" y="[\d.]+">([^<]*)<\/tspan>/g)].map((m) => m[1]);
    const source = lines.slice(1).join(' ');
    expect(source).toContain('grunnskolepoeng. Oppvekstmonitor Porsgrunn. Lisens: NLOD 2.0.');
    // 11 px text at about 0.58 em a glyph: 304 px hold 47 characters
    for (const l of lines.slice(1)) expect(l.length).toBeLessThanOrEqual(47);
    const lastY = Math.max(...[...text.matchAll(/y="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(lastY).toBeLessThan(height);
  });
  test('a source that names its licence is not given a second one', () => {
    const { text } = standaloneSvg(chart, { width: 640, height: 200 }, 'T', 'Kilde: FHI. Lisens NLOD 2.0.');
    expect(text.match(/NLOD/g)).toHaveLength(1);
  });
});
