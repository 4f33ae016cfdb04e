// The plan goals, in catalogue order.
import type { Database } from '$lib/db/database';
import type { Goal } from '$lib/dataset/schema';

/** Every goal of every plan, in the order of data/goals.csv; empty text columns as ''. */
export async function goals(db: Database): Promise<Goal[]> {
  const rows = await db.all<Goal>(`SELECT * FROM goal ORDER BY rowid`);
  const text = [
    'section',
    'location',
    'direction',
    'indicators',
    'baseline_period',
    'unmeasured',
    'measures',
    'follow_up'
  ] as const;
  return rows.map((g) => {
    const copy = { ...g };
    for (const key of text) (copy[key] as string) ??= '';
    return copy;
  });
}

/** The indicator ids a goal links, first is the primary measure. */
export const goalIndicators = (goal: Goal): string[] => (goal.indicators ? goal.indicators.split('|') : []);
