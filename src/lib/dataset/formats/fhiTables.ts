// How each catalogued FHI indicator is picked out of its FHI Statistikk table: the fixed dimension codes and the breakdown dimension.
// Taken from the API requests behind data/raw/fhi (the «queries» of Telemark fylkeskommune's repository).

export interface FhiTable {
  table: string; // FHI Statistikk table id, as in the catalogue's source_table («FHI-tabell 337»)
  fixed: Record<string, string>; // dimension code → the category this indicator uses
  breakdown?: { dimension: string; categories: Record<string, string> }; // category → our breakdown
}

const SEX = { dimension: 'KJONN', categories: { '0': 'alle', '1': 'menn', '2': 'kvinner' } };
const SKILLS = { KJONN: '0', UTDANN: '0', INNVKAT: '0', FERDNIVAA: '1', MEASURE_TYPE: 'MEIS' };

/** Indicator id → where it sits in its FHI table. */
export const FHI_TABLES: Record<string, FhiTable> = {
  barnevern_tiltak_0_17: { table: '337', fixed: { KJONN: '0', ALDER: '0_17', MEASURE_TYPE: 'RATE' } },
  grunnskolepoeng: {
    table: '362',
    fixed: { KJONN: '0', INNVKAT: '0', MEASURE_TYPE: 'MEIS' },
    breakdown: {
      dimension: 'UTDANN',
      categories: {
        '0': 'alle',
        '1': 'foreldre: grunnskole',
        '2': 'foreldre: videregående',
        '3': 'foreldre: universitet/høgskole'
      }
    }
  },
  lesing_5: { table: '670', fixed: { ...SKILLS, TRINN: '5' } },
  lesing_8: { table: '670', fixed: { ...SKILLS, TRINN: '8' } },
  regning_5: { table: '685', fixed: { ...SKILLS, TRINN: '5' } },
  regning_8: { table: '685', fixed: { ...SKILLS, TRINN: '8' } },
  mobbing_7: { table: '806', fixed: { KJONN: '0', SPM_ID: '479', TRINN: '7', MEASURE_TYPE: 'MEIS' } },
  trivsel_10: { table: '805', fixed: { KJONN: '0', SPM_ID: '307', TRINN: '10', MEASURE_TYPE: 'MEIS' } },
  primaer_psyk_0_14: {
    table: '370',
    fixed: { ALDER: '0_14', KODEGRUPPE: 'P01_P29ogP70_P99', MEASURE_TYPE: 'MEIS' },
    breakdown: SEX
  },
  primaer_psyk_15_24: {
    table: '370',
    fixed: { ALDER: '15_24', KODEGRUPPE: 'P01_P29ogP70_P99', MEASURE_TYPE: 'MEIS' },
    breakdown: SEX
  },
  primaer_psyk_0_24: {
    table: '370',
    fixed: { ALDER: '0_24', KODEGRUPPE: 'P01_P29ogP70_P99', MEASURE_TYPE: 'MEIS' },
    breakdown: SEX
  },
  barnevaksinasjon: {
    table: '395',
    fixed: { KJONN: '0', ALDER: '9_9', MEASURE_TYPE: 'RATE' },
    breakdown: {
      dimension: 'VAKSINE',
      categories: {
        Meslinger: 'meslinger',
        Difteri: 'difteri',
        Kikhoste: 'kikhoste',
        Poliomyelitt: 'poliomyelitt'
      }
    }
  },
  lavinntekt_0_17: {
    table: '403',
    fixed: { ALDER: '0_17', INNVKAT: '0', MAAL: 'ant_eu60', MEASURE_TYPE: 'RATE' }
  },
  trangboddhet: {
    table: '795',
    fixed: { ALDER: '0_120', BODD: 'trangt', MEASURE_TYPE: 'RATE' },
    breakdown: { dimension: 'INNVKAT', categories: { '0': 'alle', '2': 'innvandrere' } }
  }
};

/** The catalogued indicators an FHI table feeds. */
export function indicatorsOfFhiTable(table: string): string[] {
  return Object.entries(FHI_TABLES)
    .filter(([, t]) => t.table === table)
    .map(([id]) => id);
}
