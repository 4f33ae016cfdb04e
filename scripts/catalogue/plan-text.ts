// Reading the plan texts in data/plans the way goals.csv quotes them: white space folded, lines 1-based.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** Runs of white space (line breaks, the PDF's blank lines, tabs) as one space, trimmed. */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The `**` and `*` emphasis of the Markdown follow-up slides removed, as follow_up keeps it. */
export const unmark = (text: string): string => text.replace(/\*+/g, '');

/** The lines of a plan file (path relative to the repository, e.g. 'data/plans/…'); lines[0] is line 1. */
export const planLines = (file: string): string[] => readFileSync(join(root, file), 'utf8').split('\n');

/** Lines from..to (1-based, inclusive) of a plan file, folded. */
export const excerpt = (file: string, from: number, to: number): string =>
  fold(
    planLines(file)
      .slice(from - 1, to)
      .join('\n')
  );

/** The line range of a location 'linje A-B' (or 'linje A'). */
export function lineRange(location: string): { from: number; to: number } {
  const m = /^linje (\d+)(?:-(\d+))?$/.exec(location);
  if (!m) throw new Error(`ukjent plassering «${location}»; ventet «linje A-B»`);
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}
