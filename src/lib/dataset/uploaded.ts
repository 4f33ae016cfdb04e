// How a row from outside the build names its source, and how the pages tell such a row from a published one.

/** Where an uploaded row came from, by default «opplastet: <file>:<line>» (the CLI names data/raw/imports instead). */
export const uploadedSource = (file: string, line: number) => `opplastet: ${file}:${line}`;

/** Whether a row came from an upload kept in this browser (its source is uploadedSource's). */
export const fromUpload = (row: { source: string | null }) => !!row.source?.startsWith('opplastet: ');
