// Every importer `npm run data` runs, each reading its own files below data/raw.
import { fhiImporter } from './fhi';
import { FHI_SOURCES } from './fhi-sources';
import { kulturskoleImporter } from './kulturskole';
import { lavinntektImporter } from './lavinntekt';
import { navImporter } from './nav';
import { planImporter } from './plan';
import { singlePeriodImporter } from './single-period';
import type { Importer } from './source';
import { udirImporter } from './udir';

/** All importers; together they read every file in data/raw. */
export const IMPORTERS: Importer[] = [
  fhiImporter(FHI_SOURCES),
  singlePeriodImporter([
    {
      indicator: 'lavinntekt_0_17',
      file: 'fhi/vedvarende-lavinntekt-0-17.csv',
      note: 'Avrundet til hele prosent i kilden.'
    },
    { indicator: 'unge_utenfor_15_29', file: 'ssb/unge-utenfor-13556.csv', note: '' }
  ]),
  navImporter,
  kulturskoleImporter,
  udirImporter,
  lavinntektImporter,
  planImporter
];
