// An indicator's note in two parts: what every reader should know, and what only an analyst checking the figures needs
// (file layouts, codes, commits). Both live in the one `note` column, the analysts' part after ANALYST_MARK.

/** Where the analysts' part of a note begins; readable in data/indicators.csv as it stands. */
export const ANALYST_MARK = 'For analytikere:';

/** A note from its two parts: «reader. For analytikere: analyst»; either may be empty. */
export function joinNote(reader: string, analyst: string): string {
  return [reader.trim(), analyst.trim() ? `${ANALYST_MARK} ${analyst.trim()}` : ''].filter(Boolean).join(' ');
}

/** The two parts of a note; a note without the mark (one described at upload) is all the reader's. */
export function splitNote(note: string): { reader: string; analyst: string } {
  const at = note.indexOf(ANALYST_MARK);
  if (at < 0) return { reader: note.trim(), analyst: '' };
  return { reader: note.slice(0, at).trim(), analyst: note.slice(at + ANALYST_MARK.length).trim() };
}
