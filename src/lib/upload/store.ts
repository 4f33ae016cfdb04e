// Accepted uploads kept in this browser (IndexedDB), replayed into DuckDB at start; DuckDB's own OPFS mode loses data on reload (duckdb-wasm#2192).
import { checkUpload, type Upload } from './record';

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

/** The uploads kept here, oldest first (the order they are replayed in), and each record that was skipped, with why. */
export interface Stored {
  uploads: Upload[];
  skipped: string[];
}

// Records that passed the check but DuckDB could not replay (named on «Last inn data» until reset).
const unreplayable = new Map<string, string>();

/** Notes that an upload could not be replayed into DuckDB; it is left out from then on in this page load. */
export function markUnreplayable(upload: Upload, reason: string): void {
  unreplayable.set(upload.id, `${upload.file}: ${reason}`);
}

/** Every accepted upload that reads back whole, oldest first; a malformed record is skipped and named, never thrown. Rejects only when the store itself cannot be read. */
export async function storedUploads(): Promise<Stored> {
  if (typeof indexedDB === 'undefined') return { uploads: [], skipped: [] };
  const all = ((await run('readonly', (s) => s.getAll())) ?? []) as unknown[];
  const stored: Stored = { uploads: [], skipped: [] };
  for (const [i, record] of all.entries()) {
    const checked = checkUpload(record);
    const name = (record as { file?: unknown } | null)?.file;
    const label = typeof name === 'string' ? `«${name}»` : `post ${i + 1}`;
    if ('reason' in checked) stored.skipped.push(`${label}: ${checked.reason}`);
    else if (unreplayable.has(checked.upload.id)) stored.skipped.push(unreplayable.get(checked.upload.id)!);
    else stored.uploads.push(checked.upload);
  }
  stored.uploads.sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
  return stored;
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
/** Empties the store; when it cannot even be opened or cleared, the whole database is deleted, so there is always a way back. */
export const forgetAll = () =>
  change((s) => s.clear())
    .catch(removeDatabase)
    .finally(() => unreplayable.clear());

function removeDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(storageError(request.error));
  });
}
