// Validation problems: where in which file something is wrong, said in Norwegian.

/** One thing wrong in an input file; line is 1-based (xlsx: the sheet row), column is the source's column name. */
export interface Problem {
  file: string;
  line: number;
  column: string;
  message: string;
}

/** «data/raw/fhi/barnevern.csv, linje 14, kolonne «Andel»: «abc» er ikke et tall» */
export function formatProblem(p: Problem): string {
  const column = p.column ? `, kolonne «${p.column}»` : '';
  return `${p.file}, linje ${p.line}${column}: ${p.message}`;
}
