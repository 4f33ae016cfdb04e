// An uploaded file, start to end: bytes → the registry's reader → drafts → harmonised, validated observations (or the problems, and nothing else).
import { combine } from './combine';
import { outOfScope } from './geographies';
import type { Problem } from './problem';
import type { Format, ReadContext } from './readers/reader';
import { readSource } from './readers/registry';
import type { Target } from './readers/target';
import type { Observation } from './schema';
import { mismatches, mismatchProblem, traitsOf, type FileTraits } from './mismatch';
import { validate } from './validate';
import { visibleControls } from './text';

export type { Format } from './readers/reader';

/** What the reader is told: the catalogue (plus any indicator the analyst describes) and, if chosen, the indicator(s) the file feeds. */
export interface UploadContext extends ReadContext {
  indicators: Target[];
  thisYear: number;
  sourceOf?: (file: string, line: number) => string; // the rows' `source`; default «opplastet: <file>:<line>»
}

export type UploadResult =
  | { kind: 'problems'; file: string; format?: Format; problems: Problem[] }
  | { kind: 'choose'; file: string; format: Format; reason: string }
  | {
      kind: 'rows';
      file: string;
      format: Format;
      indicators: string[];
      rows: Observation[];
      traits: FileTraits; // what the file says about grade, population, standardisation (for mismatches())
    };

/** Problems in file order: by line, then column (the order an analyst fixes them in). */
const byLine = (problems: Problem[]) =>
  [...problems].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));

/** Where an uploaded row came from, by default «opplastet: <file>:<line>» (the CLI names data/raw/imports instead). */
const UPLOADED = (file: string, line: number) => `opplastet: ${file}:${line}`;

/**
 * The entry point for a file from outside the build (the upload page's worker and `npm run import`): read with the
 * registry's reader, harmonised to today's codes, validated against the catalogue; any problem rejects the whole file.
 */
export async function readUpload(name: string, bytes: Uint8Array, ctx: UploadContext): Promise<UploadResult> {
  // A bidi override in a name or cell (U+202E) could show «…nosj.csv» as «…csv.json»: it is shown as a marker instead.
  const file = visibleControls(name);
  const outcome = await readSource(file, bytes, ctx);
  if ('problems' in outcome)
    return { kind: 'problems', file, format: outcome.format, problems: outcome.problems };
  const { format, read } = outcome;
  if ('choose' in read) return { kind: 'choose', file, format, reason: read.choose };
  // Every problem at once: what the reader found, and what harmonising and validating the rows it could read finds.
  const { rows, problems } = combine(read.drafts.filter((d) => !outOfScope(d.code)));
  problems.push(...read.problems, ...validate(rows, ctx.indicators));
  for (const row of rows) {
    if (row.year > ctx.thisYear)
      problems.push({
        file,
        line: row.line,
        column: row.column,
        message: `perioden «${row.period}» ligger fram i tid`
      });
  }
  if (problems.length) {
    // A file refused row by row often does not fit its series at all (single school years for a 3-year series,
    // upper secondary for 7. trinn): say that first, as the preview would.
    const traits = traitsOf(outcome.sample, format);
    const stops = read.indicators.flatMap((id) => {
      const target = ctx.indicators.find((t) => t.id === id);
      const own = rows.filter((r) => r.indicator === id);
      return target && own.length ? mismatches(target, own, traits, []).filter((m) => m.kind === 'stop') : [];
    });
    return {
      kind: 'problems',
      file,
      format,
      problems: [...stops.map((m) => mismatchProblem(file, m)), ...byLine(problems)]
    };
  }
  if (!rows.length)
    return {
      kind: 'problems',
      file,
      format,
      problems: [
        {
          file,
          line: 2,
          column: '',
          message: 'filen har ingen verdier for indikatoren (bare overskrift, eller bare andre kategorier)'
        }
      ]
    };
  const sourceOf = ctx.sourceOf ?? UPLOADED;
  const observations = rows.map(
    ({ indicator, geo, period, year, breakdown, value, missing, note, line }) => ({
      indicator,
      geo,
      period,
      year,
      breakdown,
      value,
      missing: visibleControls(missing),
      note: visibleControls(note),
      source: sourceOf(file, line)
    })
  );
  const traits = traitsOf(outcome.sample, format);
  return { kind: 'rows', file, format, indicators: read.indicators, rows: observations, traits };
}
