// A chart as a file of its own (SVG or PNG download): title above, the whole source line below, wrapped to the chart's width.

/** Words of `text` in lines of at most `max` characters; a word longer than a line gets a line of its own. */
export function wrapLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// Average advance of a sans-serif glyph, in em: generous, so a line never runs past the right edge.
const EM_PER_CHAR = 0.58;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The chart's serialised SVG `inner` (width × height px) framed by its title and `source`, both wrapped; the licence
 * is added to the source line unless it names one. Returns the SVG text and its full size in px.
 */
export function standaloneSvg(
  inner: string,
  size: { width: number; height: number },
  title: string,
  source: string
): { text: string; width: number; height: number } {
  const { width, height } = size;
  const caption = /NLOD/.test(source) ? source : `${source} Lisens: NLOD 2.0.`;
  const titleLines = wrapLines(title, Math.floor((width - 16) / (16 * EM_PER_CHAR)));
  const sourceLines = wrapLines(caption, Math.floor((width - 16) / (11 * EM_PER_CHAR)));
  const top = 12 + titleLines.length * 20;
  const total = top + height + 8 + sourceLines.length * 14 + 8;
  const tspans = (lines: string[], y: number, step: number) =>
    lines.map((l, i) => `<tspan x="8" y="${y + i * step}">${esc(l)}</tspan>`).join('');
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text font-size="16" font-weight="bold">${tspans(titleLines, 26, 20)}</text>` +
    `<g transform="translate(0,${top})">${inner}</g>` +
    `<text font-size="11">${tspans(sourceLines, top + height + 20, 14)}</text></svg>`;
  return { text, width, height: total };
}
