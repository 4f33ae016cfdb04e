// Harmonises drafts to today's geography codes and merges the rows that then meet (0805 and 3806 both become 4001).
import type { Draft } from './draft';
import { sourceOf } from './draft';
import { geography, harmonise, inForce } from './geographies';
import type { Problem } from './problem';

/** A draft stored under its harmonised code. */
export type Harmonised = Draft & { geo: string };

const at = (d: Draft, message: string): Problem => ({
  file: d.file,
  line: d.line,
  column: d.column,
  message
});
const codeInForce = (d: Draft) => inForce(geography(d.code)!, d.year);

/**
 * Maps each draft's code to its harmonised code. Missing cells of a code not in force that year are dropped
 * (the region did not exist); two rows meeting under one code must agree, else it is a Problem.
 */
export function combine(drafts: Draft[]): { rows: Harmonised[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const groups = new Map<string, Harmonised[]>();
  for (const d of drafts) {
    const h = harmonise(d.code, d.year);
    if (!h) {
      problems.push({ ...at(d, `ukjent geografi «${d.code}»`), column: d.geoColumn ?? d.column });
      continue;
    }
    if (d.codesInForce && !h.inForce && d.value === null) continue;
    const key = [d.indicator, h.geo, d.period, d.breakdown].join('\u0000');
    // -0 (a source's «-0», or JSON's -0) is 0: it must not be shown as «−0,0 %»
    const value = d.value === 0 ? 0 : d.value;
    groups.set(key, [...(groups.get(key) ?? []), { ...d, geo: h.geo, value }]);
  }
  const rows: Harmonised[] = [];
  for (const group of groups.values()) {
    const kept = merge(group, problems);
    if (kept) rows.push(kept);
  }
  return { rows, problems };
}

function merge(group: Harmonised[], problems: Problem[]): Harmonised | undefined {
  const [first, ...rest] = group;
  const twin = rest.find((d) => d.code === first.code && d.file === first.file);
  if (twin) {
    problems.push(
      at(twin, `samme indikator, geografi, periode og inndeling står også på linje ${first.line}`)
    );
    return undefined;
  }
  if (group.length === 1) return first;
  const present = group.filter((d) => d.value !== null || codeInForce(d));
  const candidates = present.length > 0 ? present : group;
  const values = new Set(candidates.map((d) => d.value));
  if (values.size > 1) {
    const [a, b] = candidates;
    problems.push(
      at(
        b,
        `«${b.value ?? 'mangler'}» (${b.code}) skiller seg fra «${a.value ?? 'mangler'}» (${a.code}, ${sourceOf(a)}) for ${a.geo} ${a.period}`
      )
    );
    return undefined;
  }
  return candidates.find(codeInForce) ?? candidates[0];
}
