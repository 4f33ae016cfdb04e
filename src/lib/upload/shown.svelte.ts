// The uploads this page load shows, read once from IndexedDB by the layout and read by every table, summary and status.
import { NO_MARKS, markKey, uploadMarks, type UploadMarks } from './marks';
import { storedUploads } from './store';

const state = $state<{ marks: UploadMarks }>({ marks: NO_MARKS });

/** Reads the kept uploads (the layout calls this on mount); a store that cannot be read marks nothing. */
export async function readShown(): Promise<void> {
  state.marks = await storedUploads().then(
    (s) => uploadMarks(s.uploads),
    () => NO_MARKS
  );
}

/** The file names this browser shows unpublished figures from (empty when none). */
export const shownFiles = () => state.marks.files;

/** Whether this value came from an upload kept here. */
export const isUploaded = (
  indicator: string,
  geo: string,
  period: string | null | undefined,
  breakdown: string
) => !!period && state.marks.keys.has(markKey(indicator, geo, period, breakdown));

/** Whether any of these indicators holds an uploaded value (a goal status or summary built on them uses it). */
export const usesUploads = (indicators: string[]) => indicators.some((i) => state.marks.indicators.has(i));
