// The one registry of source readers: `npm run data`, `npm run import` and «Last inn data» all read every file through readSource.
import { decode } from '../decode';
import type { Problem } from '../problem';
import { readDelimited } from './dialect';
import { fhiLabelReader } from './fhiLabels';
import { parseJson } from './jsonStat';
import { navReader } from './nav';
import { planTextReader } from './planText';
import {
  chosenTargets,
  type Format,
  type Input,
  type Read,
  type ReadContext,
  type SourceReader
} from './reader';
import { singlePeriodReader } from './singlePeriod';
import { ssbXlsxReader } from './ssbXlsx';
import { fhiCsvReader, jsonStatReader, projectReader, ssbCsvReader, udirCsvReader } from './statReaders';
import { udirUnitCsvReader } from './udirUnitCsv';
import { udirXlsxReader } from './udirXlsx';
import { workbookReader } from './workbook';
import { readSheet } from './xlsx';

/**
 * Every reader, most specific first: the first whose `recognises` answers yes reads the file. A new layout is one
 * reader here (and, if it needs per-indicator knowledge, one field of `Reading` in the catalogue).
 */
export const READERS: SourceReader[] = [
  jsonStatReader,
  projectReader,
  udirCsvReader,
  udirUnitCsvReader,
  navReader,
  fhiLabelReader,
  singlePeriodReader,
  fhiCsvReader,
  ssbCsvReader,
  planTextReader,
  ssbXlsxReader,
  udirXlsxReader,
  workbookReader
];

/** What the registry made of a file: the reader's answer and its format, or problems before any reader could look. */
export type Outcome =
  { format: Format; read: Read; sample: string } | { problems: Problem[]; format?: Format };

const chosen = (ctx: ReadContext) => chosenTargets(ctx).map((t) => t.id);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP.every((b, i) => bytes[i] === b);
const refuse = (file: string, message: string): Outcome => ({
  problems: [{ file, line: 1, column: '', message }]
});

/** Reads one file's bytes with the reader that recognises its layout; `file` is the name used in messages and sources. */
export async function readSource(file: string, bytes: Uint8Array, ctx: ReadContext): Promise<Outcome> {
  const input = await inputOf(file, bytes, ctx);
  if ('failed' in input) return { problems: input.failed };
  if (input.layout === 'csv' && input.table.header.length < 2 && !planTextReader.recognises(input, ctx))
    return refuse(
      file,
      'filen har ingen kolonner: er den en CSV med komma, semikolon eller tab som skilletegn?'
    );
  if (input.layout === 'csv' && input.table.rows.length === 0 && input.problems.length === 0)
    return refuse(file, 'filen har bare en overskrift og ingen datarader');
  const reader =
    READERS.find((r) => r.layout === input.layout && r.recognises(input, ctx)) ??
    READERS.find(
      (r) => r.layout === input.layout && chosen(ctx).length > 0 && chosen(ctx).every((id) => r.feeds?.(id))
    );
  if (!reader) return refuse(file, unknownLayout(input));
  const read = await reader.read(input, ctx);
  return { format: read.format ?? reader.format, read, sample: sampleOf(input) };
}

async function inputOf(
  file: string,
  bytes: Uint8Array,
  ctx: ReadContext
): Promise<Input | { failed: Problem[] }> {
  if (isZip(bytes) && /\.xlsx$/i.test(file)) {
    try {
      return { layout: 'xlsx', file, sheet: await readSheet(bytes) };
    } catch (e) {
      const message = `Excel-filen kunne ikke leses (${e instanceof Error ? e.message : String(e)})`;
      return { failed: [{ file, line: 1, column: '', message }] };
    }
  }
  const decoded = decode(file, bytes);
  if ('message' in decoded) return { failed: [decoded] };
  const first = decoded.text.trimStart()[0];
  if (first === '{' || first === '[') {
    const json = parseJson(file, decoded.text);
    return json.ok ? { layout: 'json', file, json: json.value } : { failed: [json.problem] };
  }
  const { table, problems, title } = readDelimited(file, decoded.text, ctx.onProgress);
  return { layout: 'csv', file, text: decoded.text, table, problems, title };
}

/** The file's header and first rows as text, where it says whom and how it counts («7. trinn», «standardisert»). */
function sampleOf(input: Input): string {
  if (input.layout === 'csv') return input.text.slice(0, 8000);
  if (input.layout === 'xlsx') return input.sheet.slice(0, 6).flat().join(' ');
  return JSON.stringify(input.json).slice(0, 8000);
}

function unknownLayout(input: Input): string {
  if (input.layout === 'xlsx')
    return 'kjenner ikke igjen oppsettet i Excel-filen: last ned CSV fra kilden, eller bruk prosjektets CSV';
  if (input.layout !== 'csv') return 'kjenner ikke igjen formatet';
  const { table } = input;
  return `kjenner ikke igjen formatet: overskriften «${table.header.slice(0, 6).join(', ')}» passer ikke prosjektets CSV (indicator, geo, period, value), FHI (GEO, AAR), SSB (region), Udir (Indikatorkode), NAV eller Telemark fylkeskommunes FHI-filer`;
}
