// Saves a Blob as a file download (charts, CSV exports, query results, the upload template).

/** Offers `blob` to the user as a file called `file`. */
export function saveFile(blob: Blob, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
