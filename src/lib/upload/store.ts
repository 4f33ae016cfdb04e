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
async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
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
  if (error?.name === 'QuotaExceededError')
    return new Error(
      'nettleseren har ikke plass til å lagre filen (lagringskvoten er brukt opp). Ingenting er endret; slett noen opplastede filer og prøv igjen'
    );
  return new Error(
    `kunne ikke lagre i nettleseren (${error?.name ?? 'ukjent feil'}: ${error?.message ?? ''}). Ingenting er endret`
  );
}

/** Every accepted upload, oldest first (the order they are replayed in). */
export async function storedUploads(): Promise<Upload[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = ((await run('readonly', (s) => s.getAll())) ?? []) as Upload[];
  return all.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
}

let known: Promise<boolean> | undefined;

/**
 * Whether anything has been uploaded in this browser (pages then ask DuckDB instead of showing the build's numbers).
 * Asked of IndexedDB once per page load, not on every page a visitor opens; keeping or forgetting an upload asks again.
 */
export function hasUploads(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(false);
  known ??= run('readonly', (s) => s.count()).then(
    (n) => (n ?? 0) > 0,
    () => false
  );
  return known;
}

/** Runs a change and makes the next hasUploads() look again. */
const change = (work: (store: IDBObjectStore) => IDBRequest | void) =>
  run('readwrite', work)
    .then(() => undefined)
    .finally(() => (known = undefined));

export const keepUpload = (upload: Upload) => change((s) => s.put(upload));
export const forgetUpload = (id: string) => change((s) => s.delete(id));
export const forgetAll = () => change((s) => s.clear());
