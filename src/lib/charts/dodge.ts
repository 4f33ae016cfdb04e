// Labels moved apart vertically as little as possible, so that end labels of close lines never cover each other.

/**
 * New centres (px, in the order given) for labels wanted at centres `ys`, each `heights[i]` px tall: at least `gap` px
 * between neighbours, their top-to-bottom order kept (equal ys keep the given order), inside [top, bottom] where
 * they fit. Labels that overlap move apart around where they wanted to be (a merged group sits at the mean of its
 * wishes), so one label is not pushed the whole way. When all of them cannot fit, they run on past `bottom`:
 * no overlap wins over the bounds.
 */
export function dodge(
  ys: number[],
  { heights, gap, top, bottom }: { heights: number | number[]; gap: number; top: number; bottom: number }
): number[] {
  const height = (i: number) => (typeof heights === 'number' ? heights : heights[i]);
  const order = ys.map((_, i) => i).sort((a, b) => ys[a] - ys[b] || a - b);
  // A group of labels stacked with no slack: its first centre, and each member's offset from it.
  type Group = { members: number[]; offsets: number[]; span: number; first: number };
  const groups: Group[] = [];
  const place = (g: Group) => {
    const wish = g.members.reduce((s, m, k) => s + ys[m] - g.offsets[k], 0) / g.members.length;
    const low = top + height(g.members[0]) / 2;
    const high = bottom - height(g.members.at(-1)!) / 2 - g.span;
    g.first = Math.max(low, Math.min(wish, high));
  };
  for (const i of order) {
    const g: Group = { members: [i], offsets: [0], span: 0, first: 0 };
    place(g);
    groups.push(g);
    // Merge with the group above while the two overlap; a merged group may then reach the one above it.
    while (groups.length > 1) {
      const [above, below] = groups.slice(-2);
      const lastAbove = above.members.at(-1)!;
      const step = (height(lastAbove) + height(below.members[0])) / 2 + gap;
      if (below.first - (above.first + above.span) >= step - 1e-9) break;
      const shift = above.span + step;
      above.members.push(...below.members);
      above.offsets.push(...below.offsets.map((o) => o + shift));
      above.span = shift + below.span;
      groups.pop();
      place(above);
    }
  }
  const out = new Array<number>(ys.length);
  for (const g of groups) g.members.forEach((m, k) => (out[m] = g.first + g.offsets[k]));
  return out;
}
