// Hands a file made in the page to the browser's download, the same way for charts and SQL results.

/** Starts a download of `blob` named `file`; the object URL is freed once the browser has it. */
export function saveFile(blob: Blob, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
