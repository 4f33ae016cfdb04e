// Shared defaults for catalogue entries: when the files were taken, from which upstream commit.
import type { Indicator } from '../schema';
import type { Reading } from '../readers/reading';
import { joinNote } from '../note';

/** The day the raw files entered this repository. */
export const FETCHED = '2026-11-23';
/** The commit of github.com/evensrii/Telemark the raw files were copied from. */
export const UPSTREAM_COMMIT = '2f2c2110de64611a0bab80a5f8f109183475bc50';
const UPSTREAM = `Kopiert fra Telemark fylkeskommunes repo github.com/evensrii/Telemark, commit ${UPSTREAM_COMMIT}.`;

/** FHI Statistikk open API address of a table in the 'nokkel' source. */
export const fhiTable = (id: number) => `https://statistikk-data.fhi.no/api/open/v1/nokkel/Table/${id}/data`;
/** Address of a file in the upstream repository at the copied commit. */
export const upstreamFile = (path: string) =>
  `https://github.com/evensrii/Telemark/blob/${UPSTREAM_COMMIT}/${encodeURI(path)}`;

/** An indicator as the catalogue holds it: its row of data/indicators.csv and how it is read from its sources. */
export type CatalogueEntry = Indicator & { read?: Reading };

/** A catalogue entry with fetched date and upstream note filled in (unless `upstream: false`); `note` adds indicator-specific remarks. */
export function indicator(
  entry: Omit<Indicator, 'fetched' | 'note' | 'standardised'> & {
    standardised?: boolean;
    fetched?: string; // a file taken in later than FETCHED
    note?: string; // what every reader should know
    analyst?: string; // file layouts, codes, rounding: behind «For analytikere» on the page
    upstream?: boolean; // false for an entry whose figures do not come from the county's repository

    read?: Reading;
  }
): CatalogueEntry {
  const { note, analyst, standardised, upstream, fetched, ...rest } = entry;
  const copied = upstream === false ? '' : UPSTREAM;
  return {
    ...rest,
    standardised: standardised ?? false,
    fetched: fetched ?? FETCHED,
    note: joinNote(note ?? '', [analyst, copied].filter(Boolean).join(' '))
  };
}
