// The project's CSV as a template: the header and one row showing each column (a published value: uploading it unchanged changes nothing).
import { OBSERVATION_COLUMNS } from '$lib/dataset/schema';

export const TEMPLATE = `${Object.keys(OBSERVATION_COLUMNS)
  .filter((c) => c !== 'source')
  .join(',')}\nbarnevern_tiltak_0_17,4001,2024,2024,alle,2.7,,\n`;
