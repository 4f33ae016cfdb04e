// Reads an uploaded file off the main thread: parsing and validating a large CSV never freezes the page.
import { readUpload, type UploadContext } from '$lib/dataset/upload';

export type ReadRequest = { name: string; bytes: ArrayBuffer; ctx: UploadContext };

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { name, bytes, ctx } = event.data;
  const started = performance.now();
  try {
    const result = await readUpload(name, new Uint8Array(bytes), {
      ...ctx,
      onProgress: (fraction) => self.postMessage({ progress: fraction })
    });
    self.postMessage({ result, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({
      result: {
        kind: 'problems',
        file: name,
        problems: [
          {
            file: name,
            line: 1,
            column: '',
            message: `kunne ikke lese filen: ${e instanceof Error ? e.message : String(e)}`
          }
        ]
      },
      ms: 0
    });
  }
};
