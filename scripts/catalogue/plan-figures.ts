// The figures «Sammen om Porsgrunn – Forebyggende plan» (2023) cites in «Utfordringsbildet», each with its exact words.
import type { PlanFigure } from '../../src/lib/dataset/schema';

const COUNTY =
  'Planens fylke er Vestfold og Telemark, som ikke finnes lenger; serien bruker dagens Telemark.';

type Entry = Omit<PlanFigure, 'topic' | 'label' | 'indicator' | 'location' | 'comparable'> & {
  comparable?: string;
};

function topic(
  topic: string,
  label: string,
  indicator: string,
  location: string,
  why: string,
  entries: Entry[]
): PlanFigure[] {
  return entries.map((e) => ({
    topic,
    label,
    indicator,
    location,
    ...e,
    comparable: [e.comparable ?? '', why, e.geo === '38' ? COUNTY : ''].filter(Boolean).join(' ')
  }));
}

/** Every figure of the plan's challenge picture (plan text lines 984-1023), Porsgrunn, county and Norway. */
export const PLAN_FIGURES: PlanFigure[] = [
  ...topic(
    'levekar-lavinntekt',
    'Barn i lavinntektsfamilier',
    'lavinntekt_0_17',
    'linje 986-988',
    'Planens tall gjelder en treårsperiode som ikke finnes i kildefilene her; nyeste periode her er 2021-2023, avrundet til hele prosent.',
    [
      {
        geo: '4001',
        value: 13,
        series_period: '',
        quote: 'I Porsgrunn er 13 % av barna i lavinntektsfamilier'
      },
      { geo: '38', value: 14, series_period: '', quote: 'tilsvarende tall for hele fylket er 14 %' }
    ]
  ),
  ...topic(
    'levekar-en-forsorger',
    'Barn som bor med én forsørger',
    'barn_en_forsorger',
    'linje 988-992',
    'Ingen kildefil her har denne statistikken; tallet vises med planen som kilde.',
    [
      {
        geo: '4001',
        value: 19.1,
        series_period: 'Folkehelseprofil 2023',
        quote: 'I Porsgrunn bor 19,1 % barn med én forsørger'
      },
      {
        geo: '0',
        value: 14.7,
        series_period: 'Folkehelseprofil 2023',
        quote: 'tilsvarende tall for hele landet er 14, 7 %'
      },
      { geo: '38', value: 17, series_period: 'Folkehelseprofil 2023', quote: 'for hele fylket er 17 %' }
    ]
  ),
  ...topic(
    'psykisk-helse-plager',
    'Elever med symptomer på angst eller depresjon (Ungdata, mange psykiske plager)',
    'ungdata_psykiske_plager',
    'linje 998-1002',
    'Planen avrunder til hele prosent.',
    [
      {
        geo: '4001',
        value: 20,
        series_period: '2021',
        quote: 'I Porsgrunn oppgir 20 % av elevene at de har symptomer på angst eller depresjon'
      },
      { geo: '0', value: 17, series_period: '2021', quote: 'tilsvarende tall for landet som helhet er 17 %' },
      { geo: '38', value: 18, series_period: '', quote: 'tilsvarende tall for hele fylket er 18 %' }
    ]
  ),
  ...topic('skoleprestasjoner-grunnskolepoeng', 'Grunnskolepoeng', 'grunnskolepoeng', 'linje 1008-1012', '', [
    {
      geo: '4001',
      value: 42.1,
      series_period: '2020-2022',
      quote: 'Elever fra Porsgrunn har i snitt 42,1 grunnskolepoeng'
    },
    { geo: '38', value: 42.7, series_period: '', quote: 'elevene i hele fylket har 42,7' },
    {
      geo: '0',
      value: 43.3,
      series_period: '2020-2022',
      quote: 'elevene i hele landet har 43,3 poeng i snitt'
    }
  ]),
  ...topic(
    'skolemiljo-trivsel',
    'Elever på 7. trinn som trives på skolen',
    '',
    'linje 1018-1020',
    'Planens tall gjelder 7. trinn; trivsel på 7. trinn finnes ikke i kildefilene her, så tallet står uten serie (serien «Trives på skolen, 10. trinn» gjelder andre elever).',
    [
      {
        geo: '4001',
        value: 83,
        series_period: '',
        quote: 'oppgir 83 % av 7. trinnselevene i Porsgrunn at de trives på skolen'
      },
      { geo: '38', value: 86, series_period: '', quote: 'mot 86 % i fylket og på landsbasis' },
      { geo: '0', value: 86, series_period: '', quote: 'mot 86 % i fylket og på landsbasis' }
    ]
  ),
  ...topic(
    'skolemiljo-mobbing',
    'Elever på 7. trinn som mobbes',
    'mobbing_7',
    'linje 1020-1022',
    'Planen avrunder fylkets og landets tall til hele prosent.',
    [
      {
        geo: '4001',
        value: 9.2,
        series_period: '2020/21-2022/23',
        quote: '9,2 % av elevene oppgir at de mobbes på skolen'
      },
      { geo: '38', value: 7, series_period: '', quote: 'mot 7 % i fylket og på landsbasis' },
      { geo: '0', value: 7, series_period: '2020/21-2022/23', quote: 'mot 7 % i fylket og på landsbasis' }
    ]
  )
];
