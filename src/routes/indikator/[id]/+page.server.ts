import { error } from '@sveltejs/kit';
import { buildDatabase, duckdbFirst } from '$lib/server/database';
import { indicators } from '$lib/queries/catalogue';
import { indicatorView } from '$lib/queries/pages';

export async function entries() {
  return (await indicators(await buildDatabase())).map((i) => ({ id: i.id }));
}

export async function load({ params }) {
  const db = await buildDatabase();
  const indicator = (await indicators(db)).find((i) => i.id === params.id);
  if (!indicator) error(404, 'Fant ikke indikatoren');
  return {
    indicator,
    breakdowns: indicator.breakdowns.split('|'),
    view: duckdbFirst() ? null : await indicatorView(db, indicator)
  };
}
