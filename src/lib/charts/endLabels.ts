// The names at the ends of a trend's lines: wrapped to fit a phone, a right margin wide enough for them, and moved
// apart where lines end close together, with a leader in the line's own colour and dash back to the line's end.
import * as Plot from '@observablehq/plot';
import { dodge } from './dodge';
import { textWidth, wrapText } from './textWidth';

/** One line's end: where it is (year, value in the chart's unit), its name, and how the line is drawn. */
export interface EndLabel {
  year: number;
  value: number;
  name: string;
  bold: boolean;
  stroke: string;
  strokeWidth: number;
  dash: string;
}

/** The labels' font size (px), as the chart's style sets it. */
export const FONT_SIZE = 13;
/** From a line's last point to its label's start (px): room for the marker and a leader. */
const OFFSET = 14;
/** Between a label and the svg's right edge (px). */
const PAD = 4;
const LINE_HEIGHT = 1.15; // em, between the lines of a wrapped name
const GAP = 2; // px between two labels' boxes
/** Below this chart width (px) a name wider than about a fifth of the chart is wrapped at its spaces. */
const NARROW = 560;

/** The lines a label is drawn in at a chart `width` px wide; every word is kept, none is cut. */
export function labelLines(label: EndLabel, width: number): string[] {
  const budget = width < NARROW ? Math.max(72, 0.22 * width) : Infinity;
  return wrapText(label.name, budget, FONT_SIZE, label.bold);
}

/** A label's box (px): its widest line, and its height from the top of the first line to the foot of the last. */
export function labelBox(lines: string[], bold: boolean): { width: number; height: number } {
  return {
    width: Math.max(...lines.map((l) => textWidth(l, FONT_SIZE, bold))),
    height: ((lines.length - 1) * LINE_HEIGHT + 1.25) * FONT_SIZE
  };
}

/** How far along the x axis `year` stands, 0 at the domain's start and 1 at its end (the middle for a single year). */
export function share(year: number, domain: [number, number]): number {
  return domain[1] > domain[0] ? (year - domain[0]) / (domain[1] - domain[0]) : 0.5;
}

/**
 * The right margin (px) that lets every label end `PAD` px inside the svg, with x linear over `domain` from
 * `marginLeft` to `width − marginRight`: a label at the newest year needs all of its width, one that ends
 * earlier only what it reaches beyond the frame. Never less than `least`.
 */
export function rightMargin(
  labels: EndLabel[],
  {
    width,
    marginLeft,
    domain,
    least
  }: { width: number; marginLeft: number; domain: [number, number]; least: number }
): number {
  const inner = width - marginLeft;
  const needs = labels.map((l) => {
    const f = share(l.year, domain);
    const reach = OFFSET + labelBox(labelLines(l, width), l.bold).width + PAD;
    return f > 0 ? inner - (inner - reach) / f : 0;
  });
  return Math.ceil(Math.max(least, ...needs));
}

/** Labels whose boxes share some x, as groups of indices: only labels in one group can cover each other. */
function columns(left: number[], right: number[]): number[][] {
  const order = left.map((_, i) => i).sort((a, b) => left[a] - left[b]);
  const groups: number[][] = [];
  let reach = -Infinity;
  for (const i of order) {
    if (left[i] > reach + GAP) groups.push([]);
    groups.at(-1)!.push(i);
    reach = Math.max(reach, right[i]);
  }
  return groups;
}

/** Where each label's centre stands (px) once close ones are moved apart, for Plot's scales and dimensions. */
function placed(
  labels: EndLabel[],
  boxes: { width: number; height: number }[],
  scales: Plot.ScaleFunctions,
  d: Plot.Dimensions,
  top: number
) {
  const xs = labels.map((l) => scales.x!(l.year) as number);
  const ys = labels.map((l) => scales.y!(l.value) as number);
  const out = [...ys];
  for (const group of columns(
    xs.map((x) => x + OFFSET),
    xs.map((x, i) => x + OFFSET + boxes[i].width)
  )) {
    const moved = dodge(
      group.map((i) => ys[i]),
      { heights: group.map((i) => boxes[i].height), gap: GAP, top, bottom: d.height - d.marginBottom }
    );
    group.forEach((i, k) => (out[i] = moved[k]));
  }
  return { xs, ys, out };
}

/**
 * One text mark per label (its own colour and weight), each placed with all the others in view. `clearTop`: lines
 * of text hang from the frame's top (a baseline's label), so labels stay below them.
 */
export function endLabelMarks(labels: EndLabel[], width: number, clearTop = 0): Plot.Markish[] {
  const lines = labels.map((l) => labelLines(l, width));
  const boxes = labels.map((l, i) => labelBox(lines[i], l.bold));
  return labels.map((label, i) =>
    Plot.text([label], {
      x: 'year',
      y: 'value',
      text: () => lines[i].join('\n'),
      // a wrapped name is also whole in its tooltip
      title: lines[i].length > 1 ? () => label.name : undefined,
      lineHeight: LINE_HEIGHT,
      dx: OFFSET,
      textAnchor: 'start',
      fill: label.stroke,
      // a halo keeps a name legible where another line runs under it (a line that ends before the newest period)
      stroke: 'white',
      strokeWidth: 4,
      paintOrder: 'stroke',
      fontWeight: label.bold ? 'bold' : 'normal',
      render(index, scales, values, dimensions, context, next) {
        const { xs, ys, out } = placed(
          labels,
          boxes,
          scales,
          dimensions,
          clearTop ? dimensions.marginTop + 19 + 16 * (clearTop - 1) : 2
        );
        const text = next!(index, scales, { ...values, y: [out[i]] } as typeof values, dimensions, context)!;
        if (Math.abs(out[i] - ys[i]) < 0.5) return text;
        const svg = 'http://www.w3.org/2000/svg';
        const g = context.document.createElementNS(svg, 'g');
        const leader = context.document.createElementNS(svg, 'path');
        leader.setAttribute('d', `M${xs[i] + 4},${ys[i]}L${xs[i] + OFFSET - 3},${out[i]}`);
        leader.setAttribute('fill', 'none');
        leader.setAttribute('stroke', label.stroke);
        leader.setAttribute('stroke-width', String(Math.min(label.strokeWidth, 2)));
        if (label.dash !== 'none') leader.setAttribute('stroke-dasharray', label.dash);
        g.append(leader, text);
        return g;
      }
    })
  );
}
