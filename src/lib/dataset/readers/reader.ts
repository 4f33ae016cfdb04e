// What a source reader is: it recognises one layout of file and turns it into drafts for the indicators it feeds.
import type { Draft } from '../draft';
import type { CsvTable } from '../parse';
import type { Problem } from '../problem';
import type { Target } from './target';
import type { XlsxCell } from './xlsx';

/** The names shown in the preview and the CLI for the layouts the registry reads. */
export type Format =
  | 'prosjektets CSV'
  | 'FHI json-stat2'
  | 'SSB json-stat2'
  | 'FHI CSV'
  | 'SSB CSV'
  | 'Udir CSV'
  | 'Udir CSV per enhet'
  | 'FHI-etikett-CSV'
  | 'én-periode-CSV'
  | 'NAV CSV'
  | 'SSB xlsx'
  | 'Udir xlsx'
  | 'arbeidsbok (xlsx)'
  | 'plantekst';

/** A file as a reader sees it: decoded to a delimited table, parsed JSON, or the rows of an xlsx sheet. */
export type Input =
  | { layout: 'csv'; file: string; text: string; table: CsvTable; problems: Problem[]; title: string }
  | { layout: 'json'; file: string; json: unknown }
  | { layout: 'xlsx'; file: string; sheet: XlsxCell[][] };

/** What every reader is told: the catalogue (plus indicators described at upload) and, when known, the indicators the file feeds. */
export interface ReadContext {
  indicators: Target[];
  chosen?: string | string[]; // the analyst's pick, or the build's list of what a raw file feeds
  onProgress?: (fraction: number) => void; // while a CSV is parsed
}

/** A reader's answer (`format` when it is more precise than the reader's own, e.g. SSB json-stat2): drafts for the indicators it read (with every problem it found), or why the analyst must choose the indicator. */
export type Read =
  | { drafts: Draft[]; problems: Problem[]; indicators: string[]; format?: Format }
  | { choose: string; format?: Format };

/** One layout. `recognises` looks at the header or first cells only; `read` does the rest. */
export interface SourceReader {
  format: Format;
  layout: Input['layout'];
  recognises(input: Input, ctx: ReadContext): boolean;
  /** Whether the catalogue tells this reader how to read the indicator: when no reader recognises a file the build names, this one says what is missing. */
  feeds?(id: string): boolean;
  read(input: Input, ctx: ReadContext): Read | Promise<Read>;
}

/** The indicators the context names, in the catalogue's order; [] when none was chosen. */
export function chosenTargets(ctx: ReadContext): Target[] {
  const ids = typeof ctx.chosen === 'string' ? [ctx.chosen] : (ctx.chosen ?? []);
  return ids.flatMap((id) => ctx.indicators.filter((t) => t.id === id));
}

/** The chosen indicators if any, else `found` (what the file itself names). */
export function chosenOr(ctx: ReadContext, found: Target[]): Target[] {
  return ctx.chosen?.length ? chosenTargets(ctx) : found;
}

/** A read of nothing but problems. */
export const problemsOnly = (problems: Problem[]): Read => ({ drafts: [], problems, indicators: [] });

/** A delimited file as a reader of one CSV layout sees it. */
export type CsvInput = Extract<Input, { layout: 'csv' }>;

/**
 * A reader of one CSV layout, recognised by its header. A file the parser already found broken (a row with
 * too many or too few fields, a column twice) gets those problems back unread, whichever layout it has:
 * a shifted row must never become a figure.
 */
export function csvReader(spec: {
  format: Format;
  feeds?: (id: string) => boolean;
  recognises: (header: string[], input: CsvInput, ctx: ReadContext) => boolean;
  read: (input: CsvInput, ctx: ReadContext) => Read | Promise<Read>;
}): SourceReader {
  return {
    format: spec.format,
    layout: 'csv',
    ...(spec.feeds && { feeds: spec.feeds }),
    recognises: (input, ctx) => input.layout === 'csv' && spec.recognises(input.table.header, input, ctx),
    read(input, ctx) {
      if (input.layout !== 'csv') throw new Error('not a CSV');
      return input.problems.length ? problemsOnly(input.problems) : spec.read(input, ctx);
    }
  };
}
