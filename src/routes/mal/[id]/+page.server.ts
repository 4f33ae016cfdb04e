import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { goals } from '$lib/queries/goals';
import { goalView } from '$lib/queries/pages';
import { HOME } from '$lib/dataset/schema';

export async function entries() {
  // Porsgrunn's goals get pages only in Porsgrunn's build; nothing else links to them.
  return HOME.plan ? (await goals(await buildDatabase())).map((g) => ({ id: g.id })) : [];
}

export async function load({ params }) {
  const page = await goalView(await buildDatabase(), params.id);
  if (!page) error(404, 'Fant ikke målet');
  return page;
}
