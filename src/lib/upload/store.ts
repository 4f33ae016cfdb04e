// Accepted uploads kept in this browser (IndexedDB), replayed into DuckDB at start; DuckDB's own OPFS mode loses data on reload (duckdb-wasm#2192).
import type { Upload } from '$lib/db/uploads';

const NAME = 'oppvekstmonitor';
const STORE = 'uploads';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one transaction; resolves when it has committed (a put is not kept until then), rejects with a Norwegian message. */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onabort = tx.onerror = () => reject(storageError(tx.error ?? request?.error ?? null));
    });
  } finally {
    db.close();
  }
}

function storageError(error: DOMException | null): Error {
  if (error?.name === 'QuotaExceededError') return new Error('nettleseren har ikke plass til å lagre filen (lagringskvoten er brukt opp). Ingenting er endret; slett noen opplastede filer og prøv igjen');
  return new Error(`kunne ikke lagre i nettleseren (${error?.name ?? 'ukjent feil'}: ${error?.message ?? ''}). Ingenting er endret`);
}

/** Every accepted upload, oldest first (the order they are replayed in). */
export async function storedUploads(): Promise<Upload[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = ((await run('readonly', (s) => s.getAll())) ?? []) as Upload[];
  return all.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
}

/** Whether anything has been uploaded in this browser (pages then ask DuckDB instead of showing the build's numbers). */
export async function hasUploads(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    return ((await run('readonly', (s) => s.count())) ?? 0) > 0;
  } catch {
    return false;
  }
}

export const keepUpload = (upload: Upload) => run('readwrite', (s) => s.put(upload)).then(() => undefined);
export const forgetUpload = (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined);
export const forgetAll = () => run('readwrite', (s) => s.clear()).then(() => undefined);
