// The indicator catalogue written to data/indicators.csv, in family order, with how each indicator is read from its sources.
import type { Reading } from '../readers/reading';
import type { CatalogueEntry } from './indicator';
import { LEVEKAR } from './levekar';
import { NYE } from './nye';
import { OPPFOLGING } from './oppfolging';
import { PSYKISK_HELSE } from './psykisk-helse';
import { SKOLE } from './skole';

/** Every indicator the extracts hold. */
export const INDICATORS: CatalogueEntry[] = [...LEVEKAR, ...PSYKISK_HELSE, ...SKOLE, ...NYE, ...OPPFOLGING];

const READINGS = new Map(INDICATORS.map((i) => [i.id, i.read]));

/** How an indicator is read from its sources (undefined for an indicator described at upload). */
export const readingOf = (id: string): Reading | undefined => READINGS.get(id);
