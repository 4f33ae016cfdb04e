// The indicator and geography catalogues as the pages need them.
import type { Database } from '$lib/db/database';
import { HOME, type Geography, type Indicator } from '$lib/dataset/schema';

/**
 * Every indicator, in catalogue order (the order of data/indicators.csv). Figures quoted from Porsgrunn's
 * plan (period type 'plan figure') only where the plan is home's own.
 */
export function indicators(db: Database): Promise<Indicator[]> {
  return db.all<Indicator>(`SELECT * FROM indicator WHERE ? OR period_type <> 'plan figure' ORDER BY rowid`, [
    HOME.plan
  ]);
}

/** Every geography that is in force today (valid_to is null), municipalities by code. */
export function currentGeographies(db: Database): Promise<Geography[]> {
  return db.all<Geography>(
    `SELECT * FROM geography WHERE valid_to IS NULL
      ORDER BY CASE level WHEN 'land' THEN 0 WHEN 'fylke' THEN 1 ELSE 2 END, code`
  );
}

/** Names of every code, current or former, for labels. */
export async function geographyNames(db: Database): Promise<Record<string, string>> {
  const rows = await db.all<{ code: string; name: string }>(`SELECT code, name FROM geography`);
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}
