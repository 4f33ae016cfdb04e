// The SQL page's guard: one statement that only reads, judged by its words outside strings, quoted names and comments.

/** The first words a query may start with: they read and never change the database. */
export const READING = ['SELECT', 'WITH', 'FROM', 'DESCRIBE', 'SUMMARIZE'] as const;

// Words that change data, the schema or settings. Refused anywhere, not only first: DuckDB allows
// `WITH t AS (…) INSERT …`, and a word inside a subquery is no safer than one in front.
const WRITING = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'CREATE',
  'DROP',
  'ALTER',
  'TRUNCATE',
  'ATTACH',
  'DETACH',
  'COPY',
  'INSTALL',
  'LOAD',
  'PRAGMA',
  'SET',
  'RESET',
  'EXPORT',
  'IMPORT',
  'CALL',
  'CHECKPOINT',
  'VACUUM',
  'USE',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'GRANT',
  'REVOKE'
]);

/** The guard's verdict: the statement to run (without a trailing «;»), or why it is refused, in Norwegian. */
export type ReadOnlyCheck = { ok: true; sql: string } | { ok: false; message: string };

type Token = { word: string } | { semicolon: number };

/** The words and semicolons of `text`, skipping strings ('…', E'…', $$…$$), "quoted names" and comments. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const skipTo = (end: string) => {
    const at = text.indexOf(end, i);
    i = at < 0 ? text.length : at + end.length;
  };
  while (i < text.length) {
    const c = text[i];
    const rest = text.slice(i);
    if (rest.startsWith('--')) skipTo('\n');
    else if (rest.startsWith('/*')) i = blockCommentEnd(text, i);
    else if (c === "'" || c === '"') i = quotedEnd(text, i, c, false);
    else if (/^[eE]'/.test(rest) && !/[\w$]/.test(text[i - 1] ?? '')) i = quotedEnd(text, i + 1, "'", true);
    else if (/^\$(?:[A-Za-z_]\w*)?\$/.test(rest)) {
      const tag = rest.match(/^\$(?:[A-Za-z_]\w*)?\$/)![0];
      i += tag.length;
      skipTo(tag);
    } else if (c === ';') out.push({ semicolon: i++ });
    else if (/[A-Za-z_]/.test(c)) {
      const word = rest.match(/^[A-Za-z_][\w$]*/)![0];
      out.push({ word: word.toUpperCase() });
      i += word.length;
    } else i++;
  }
  return out;
}

/** Index after a /* … *\/ comment starting at `start`; they nest, as in DuckDB's (PostgreSQL's) parser. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith('/*', i)) {
      depth++;
      i++;
    } else if (text.startsWith('*/', i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Index after a quoted string or name starting at `start`; a doubled quote stays inside, as does \' in E'…'. */
function quotedEnd(text: string, start: number, quote: string, backslash: boolean): number {
  for (let i = start + 1; i < text.length; i++) {
    if (backslash && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i++;
    }
  }
  return text.length;
}

/**
 * Accepts exactly one statement that starts with SELECT, WITH, FROM, DESCRIBE or SUMMARIZE and holds no word
 * that writes (INSERT, DROP, SET, ATTACH …); leading comments and one trailing «;» are fine.
 */
export function readOnly(text: string): ReadOnlyCheck {
  const all = tokens(text);
  const end = all.findIndex((t) => 'semicolon' in t);
  const words = (end < 0 ? all : all.slice(0, end)).map((t) => ('word' in t ? t.word : ''));
  if (words.length === 0) return { ok: false, message: 'Skriv en spørring først.' };
  if (end >= 0 && end < all.length - 1) {
    return {
      ok: false,
      message: 'Bare én spørring om gangen: fjern det som står etter «;», eller kjør det for seg.'
    };
  }
  const first = words[0];
  if (!(READING as readonly string[]).includes(first)) {
    const why = WRITING.has(first)
      ? `«${first}» endrer databasen eller innstillingene og kjøres ikke her.`
      : `En spørring kan ikke begynne med «${first}» her.`;
    return {
      ok: false,
      message: `${why} Bare lesende spørringer kjøres: de må begynne med ${READING.join(', ')}.`
    };
  }
  const writing = words.find((w) => WRITING.has(w));
  if (writing) {
    return {
      ok: false,
      message:
        `Spørringen inneholder «${writing}», som kan endre databasen, og kjøres ikke. ` +
        `Er «${writing.toLowerCase()}» et kolonnenavn, skriv det i anførselstegn: "${writing.toLowerCase()}".`
    };
  }
  const sql = end < 0 ? text : text.slice(0, (all[end] as { semicolon: number }).semicolon);
  return { ok: true, sql: sql.trim() };
}
