import { error } from '@sveltejs/kit';
import { buildDatabase, duckdbFirst } from '$lib/server/database';
import { familyView } from '$lib/queries/pages';
import { FAMILIES } from '$lib/dataset/schema';

export function entries() {
  return FAMILIES.map((f) => ({ family: f.id }));
}

export async function load({ params }) {
  const family = FAMILIES.find((f) => f.id === params.family);
  if (!family) error(404, 'Fant ikke temaet');
  return { family, view: duckdbFirst() ? null : await familyView(await buildDatabase(), family.id) };
}
