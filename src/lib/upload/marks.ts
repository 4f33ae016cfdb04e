// What this browser shows that is not published: the files it holds and which values they replaced (the notice on every page, the † beside each value).
import type { Upload } from './record';

/** The uploads kept in this browser, as the pages mark them. */
export interface UploadMarks {
  files: string[]; // file names, oldest first, each once
  keys: Set<string>; // `${indicator}|${geo}|${period}|${breakdown}` of every uploaded row
  indicators: Set<string>; // indicators with at least one uploaded row
}

export const NO_MARKS: UploadMarks = { files: [], keys: new Set(), indicators: new Set() };

/** The key an uploaded value is marked by. */
export const markKey = (indicator: string, geo: string, period: string, breakdown: string) =>
  `${indicator}|${geo}|${period}|${breakdown}`;

/** The marks for uploads replayed in this order (later files win, but every row any of them carries is uploaded). */
export function uploadMarks(uploads: Upload[]): UploadMarks {
  const marks: UploadMarks = { files: [], keys: new Set(), indicators: new Set() };
  for (const upload of uploads) {
    if (!marks.files.includes(upload.file)) marks.files.push(upload.file);
    for (const row of upload.rows) {
      marks.keys.add(markKey(row.indicator, row.geo, row.period, row.breakdown));
      marks.indicators.add(row.indicator);
    }
  }
  return marks;
}
