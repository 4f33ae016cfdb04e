// How wide a chart label is drawn, estimated without a DOM so that the build, the tests and the browser lay a chart out alike.

/**
 * Advance widths in hundredths of an em, the widest of Inter, DejaVu Sans and Liberation Sans (the site's font and
 * the fallbacks a phone or this machine draws before Inter arrives), measured in Chromium: an estimate never short.
 */
// prettier-ignore
const NORMAL: Record<string, string> = {
  28: 'ijl', 29: 'I', 32: ' .,', 36: '/', 37: 'f', 39: 't()', 41: 'r', 46: '-', 53: 's', 55: 'z', 56: '–',
  57: 'cJL', 58: 'k', 59: 'vxy', 61: 'aoøåF', 62: 'e', 63: 'bdghnpqu', 64: '012356789', 65: 'T4', 67: 'EKPS',
  68: 'Y', 69: 'ABVXZÅ', 72: 'R', 73: 'C', 74: 'U', 75: 'HN', 77: 'D', 78: 'G', 79: 'OQØ', 82: 'w', 90: 'M',
  97: 'm', 98: 'æ%', 99: 'W', 100: 'Æ'
};
// prettier-ignore
const BOLD: Record<string, string> = {
  34: 'ijl', 35: ' ', 37: 'I', 38: '.,', 39: '/', 44: 'f', 46: '()', 47: '-', 48: 't', 49: 'r', 56: '–',
  58: 'zJ', 59: 'c', 60: 's', 64: 'L', 65: 'vxy', 67: 'akå', 68: 'eEFT', 69: 'oø', 70: '0123456789', 71: 'hnu',
  72: 'bdgpqS', 73: 'PYZ', 74: 'C', 76: 'B', 77: 'AKRVXÅ', 81: 'U', 82: 'G', 83: 'D', 84: 'HN', 85: 'OQØ',
  92: 'w', 100: 'M', 102: '%', 104: 'm', 105: 'æ', 108: 'Æ', 110: 'W'
};
/** A character outside the tables counts as wide as «m». */
const UNKNOWN = { normal: 97, bold: 104 };

const table = (groups: Record<string, string>) =>
  new Map(Object.entries(groups).flatMap(([w, chars]) => [...chars].map((c) => [c, Number(w)] as const)));
const WIDTHS = { normal: table(NORMAL), bold: table(BOLD) };

/** The width in pixels of one line of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const weight = bold ? 'bold' : 'normal';
  let sum = 0;
  for (const c of text) sum += WIDTHS[weight].get(c) ?? UNKNOWN[weight];
  return (sum * fontSize) / 100;
}

/**
 * `text` broken into lines no wider than `maxWidth` px, at spaces and after hyphens; a word is never cut, so a
 * word wider than `maxWidth` stands on a line of its own and every letter of the name is still drawn.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : last.endsWith('-') ? last + word : `${last} ${word}`;
    if (last !== undefined && textWidth(joined, fontSize, bold) <= maxWidth) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines;
}
