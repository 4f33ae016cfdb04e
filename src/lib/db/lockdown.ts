// DuckDB in the browser reaches nothing but the files the site registers: no extension downloads, no URLs, no settings changed after.
import type { Database } from './database';

/** Where the browser registers the published extracts and the uploads' rows: the only directories DuckDB may read. */
export const DIRECTORIES = { extracts: '/data/', uploads: '/uploads/' } as const;

/** The registered name of an extract file ('barnevern.csv' → '/data/barnevern.csv'). */
export const extractPath = (file: string) => `${DIRECTORIES.extracts}${file}`;

const list = (items: readonly string[]) => `[${items.map((s) => `'${s}'`).join(', ')}]`;

/**
 * The settings, in order: extensions are neither installed nor loaded on demand (`json()` would fetch code from
 * extensions.duckdb.org), only the site's directories are readable, every other file and URL is refused, and the
 * configuration is locked so that no later statement can undo it.
 */
export const LOCKDOWN = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ${list(Object.values(DIRECTORIES))}`,
  'SET enable_external_access = false',
  'SET lock_configuration = true'
] as const;

/** Applies LOCKDOWN; run once, right after connecting and before any file is read. */
export async function lockDown(db: Database): Promise<void> {
  for (const statement of LOCKDOWN) await db.exec(statement);
}
