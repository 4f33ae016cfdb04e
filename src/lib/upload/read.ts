// Hands a file to the reading worker; one worker per file, ended when it answers.
import type { UploadContext, UploadResult } from '$lib/dataset/upload';
import { MAX_BYTES, tooLarge } from '$lib/dataset/decode';
import type { ReadRequest } from './read.worker';

/** Reads a File in a Web Worker (refused before reading when it is above MAX_BYTES); `ms` is parse + validate time. */
export async function readInWorker(
  file: File,
  ctx: UploadContext,
  onProgress?: (fraction: number) => void
): Promise<{ result: UploadResult; ms: number }> {
  if (file.size > MAX_BYTES)
    return {
      result: { kind: 'problems', file: file.name, problems: [tooLarge(file.name, file.size)] },
      ms: 0
    };
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (e) => ('progress' in e.data ? onProgress?.(e.data.progress) : resolve(e.data));
      worker.onerror = (e) => reject(new Error(e.message));
      const request: ReadRequest = { name: file.name, bytes, ctx };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
