import { buildDatabase } from '$lib/server/database';
import { profileView } from '$lib/queries/pages';

export async function load() {
  return await profileView(await buildDatabase());
}
