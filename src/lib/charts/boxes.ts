// Test helpers: where a drawn trend's end labels and tick labels stand, as boxes in svg px, to find overlaps and cuts.
import { FONT_SIZE, labelBox } from './endLabels';
import { textWidth } from './textWidth';

const translate = (el: Element | null) =>
  (el?.getAttribute('transform') ?? '')
    .match(/translate\((-?[\d.]+),(-?[\d.]+)\)/)
    ?.slice(1)
    .map(Number) ?? [0, 0];

/** The end labels (the text marks that set a font weight) with their boxes in svg px, as the layout estimates them. */
export function endLabels(svg: Element) {
  return [...svg.querySelectorAll('g[aria-label="text"][font-weight]')].map((g) => {
    const text = g.querySelector('text')!;
    const [dx, dy] = translate(g);
    const [x, y] = translate(text);
    const tspans = [...text.querySelectorAll('tspan')].map((t) => t.textContent!);
    const lines = tspans.length ? tspans : [text.textContent!];
    const bold = g.getAttribute('font-weight') === 'bold';
    const box = labelBox(lines, bold);
    const path = g.parentElement?.querySelector(':scope > path');
    const leader = path && {
      from: path
        .getAttribute('d')!
        .match(/^M(-?[\d.]+),(-?[\d.]+)/)!
        .slice(1)
        .map(Number),
      to: path
        .getAttribute('d')!
        .match(/L(-?[\d.]+),(-?[\d.]+)$/)!
        .slice(1)
        .map(Number),
      dash: path.getAttribute('stroke-dasharray') ?? 'none',
      stroke: path.getAttribute('stroke')
    };
    return {
      name: lines.join(' ').replace(/- /g, '-'),
      lines,
      title: text.querySelector('title')?.textContent ?? null,
      y: y + dy,
      left: x + dx,
      right: x + dx + box.width,
      top: y + dy - box.height / 2,
      bottom: y + dy + box.height / 2,
      leader
    };
  });
}

/** Pairs of boxes that share some area, as «a / b». */
export function overlaps(
  boxes: { name: string; left: number; right: number; top: number; bottom: number }[]
) {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.name} / ${b.name}`)
  );
}

/** The x-axis tick labels, left to right, with their extent in svg px (centred on the tick). */
export function ticks(svg: Element) {
  return [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => {
    const [x] = translate(t);
    const [dx] = translate(t.parentElement);
    const w = textWidth(t.textContent!, FONT_SIZE);
    return { text: t.textContent!, left: x + dx - w / 2, right: x + dx + w / 2 };
  });
}
