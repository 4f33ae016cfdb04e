// The one rule for a registered series that has never been fetched (catalogue/oppfolging.ts): empty `fetched`, no rows.
import type { Indicator } from './schema';

/** True for an indicator in the catalogue whose figures have not been fetched yet: its pages show no number. */
export const notFetched = (indicator: Pick<Indicator, 'fetched'>): boolean => !indicator.fetched;

/** The short form for lists and tables. */
export const NOT_FETCHED = 'ikke hentet ennå';

/** What a page says instead of a number, with the command that fetches the series. */
export const notFetchedText = (id: string) =>
  `Ikke hentet ennå. Kjør «npm run update -- ${id}» på en maskin med nett for å hente tallene fra kilden.`;

/** The command alone, for a table cell. */
export const updateCommand = (id: string) => `npm run update -- ${id}`;
