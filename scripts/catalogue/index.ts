// The indicator catalogue written to data/indicators.csv, in family order.
import type { Indicator } from '../../src/lib/dataset/schema';
import { LEVEKAR } from './levekar';
import { PSYKISK_HELSE } from './psykisk-helse';
import { SKOLE } from './skole';

/** Every indicator the extracts hold. */
export const INDICATORS: Indicator[] = [...LEVEKAR, ...PSYKISK_HELSE, ...SKOLE];
