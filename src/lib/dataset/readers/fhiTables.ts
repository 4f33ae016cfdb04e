// Where a catalogued indicator sits in its FHI Statistikk table (fixed dimension codes, breakdown dimension); the codes live in the catalogue.
import { readingOf } from '../catalogue/index';

export interface FhiTable {
  table: string; // FHI Statistikk table id, as in the catalogue's source_table («FHI-tabell 337»)
  fixed: Record<string, string>; // dimension code → the category this indicator uses
  breakdown?: { dimension: string; categories: Record<string, string> }; // category → our breakdown
}

/** The FHI table entry of an indicator, if the catalogue gives one. */
export const fhiTableOf = (id: string): FhiTable | undefined => readingOf(id)?.fhi;
