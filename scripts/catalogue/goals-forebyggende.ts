// Goals of «Sammen om Porsgrunn – Forebyggende plan» (2023): the main goal, the challenge picture, and goals it quotes.
import type { Goal } from '../../src/lib/dataset/schema';
import { FOREBYGGENDE, goal, notLoaded, UNGDATA_FRITID, type GoalEntry } from './goal';

const challenge = 'hovedutfordring';

const entries: GoalEntry[] = [
  {
    id: 'fp-hovedmal',
    section: 'Hovedinnsatsområder for å nå målet – hovedmål',
    kind: 'hovedmål',
    location: 'linje 1362-1364',
    quote:
      'Et hovedmål i det forebyggende arbeidet er å sette barnet og ungdommen i sentrum slik at alle opplever livsmestring.',
    unmeasured:
      'Livsmestring har ingen egen statistikk. Nærmest kommer Ungdatas spørsmål om livskvalitet og psykiske plager (NOVA, Ungdata kommunerapport), men planen knytter ikke målet til dem.'
  },
  // Challenges («Utfordringsbildet», Folkehelseprofil for Porsgrunn 2023) are framed against the national level.
  {
    id: 'fp-utfordring-levekar',
    section: 'Utfordringsbildet – levekår: lavinntekt',
    kind: challenge,
    location: 'linje 984-988',
    quote:
      'Andelen barn og unge som lever i lavinntektsfamilier er høyere i Porsgrunn enn i landet som helhet. I Porsgrunn er 13 % av barna i lavinntektsfamilier, mens tilsvarende tall for hele fylket er 14 %.',
    target_kind: 'national-level',
    direction: 'down',
    indicators: 'lavinntekt_0_17'
    // No baseline: no period of lavinntekt_0_17 in levekar.csv is 13 (2017-2019 and 2018-2020 are 12.6, 2021-2023 is 12);
    // the period the profile used is not in the source files here (see plan-figures.csv).
  },
  {
    id: 'fp-utfordring-en-forsorger',
    section: 'Utfordringsbildet – levekår: én forsørger',
    kind: challenge,
    location: 'linje 988-992',
    quote:
      'En stor andel barn bor i hjem med enslige forsørgere. I Porsgrunn bor 19,1 % barn med én forsørger, mens tilsvarende tall for hele landet er 14, 7 % og for hele fylket er 17 %.',
    indicators: 'barn_en_forsorger',
    baseline_period: 'Folkehelseprofil 2023',
    baseline_value: 19.1
  },
  {
    id: 'fp-utfordring-psykisk-helse',
    section: 'Utfordringsbildet – psykisk helse',
    kind: challenge,
    location: 'linje 996-1002',
    quote:
      'Andelen barn og unge som sliter med psykiske plager er høyere i Porsgrunn enn i landet som helhet. I Porsgrunn oppgir 20 % av elevene at de har symptomer på angst eller depresjon, mens tilsvarende tall for landet som helhet er 17 % og tilsvarende tall for hele fylket er 18 %.',
    target_kind: 'national-level',
    direction: 'down',
    indicators: 'ungdata_psykiske_plager',
    baseline_period: '2021',
    baseline_value: 20
  },
  {
    id: 'fp-utfordring-skoleprestasjoner',
    section: 'Utfordringsbildet – skoleprestasjoner',
    kind: challenge,
    location: 'linje 1006-1012',
    quote:
      'Elever som fullfører grunnskolen i Porsgrunn har noe lavere grunnskolepoeng enn i fylket og landet som helhet. Elever fra Porsgrunn har i snitt 42,1 grunnskolepoeng, mens elevene i hele fylket har 42,7 og elevene i hele landet har 43,3 poeng i snitt.',
    target_kind: 'national-level',
    direction: 'up',
    indicators: 'grunnskolepoeng|grunnskolepoeng_udir',
    baseline_period: '2020-2022',
    baseline_value: 42.1
  },
  {
    // Trivsel is the plan's 7th-grade figure; trivsel_10 is 10th grade, so it is the second measure and has no baseline.
    id: 'fp-utfordring-skolemiljo',
    section: 'Utfordringsbildet – skolemiljø',
    kind: challenge,
    location: 'linje 1016-1022',
    quote:
      'Andelen barn og unge i Porsgrunn som opplever å trives på skolen er noe lavere i Porsgrunn enn i fylket og landet. Ifølge SSB (2023) oppgir 83 % av 7. trinnselevene i Porsgrunn at de trives på skolen mot 86 % i fylket og på landsbasis. 9,2 % av elevene oppgir at de mobbes på skolen mot 7 % i fylket og på landsbasis.',
    target_kind: 'national-level',
    direction: 'down',
    indicators: 'mobbing_7|trivsel_10',
    baseline_period: '2020/21-2022/23',
    baseline_value: 9.2
  },
  {
    // The plan counts reports (meldinger) and a 13 % fall in children with measures since 2017; neither is a share
    // of children, so barnevern_tiltak_0_17 continues the trend without a baseline. The plan sets no target.
    id: 'fp-utfordring-barnevern',
    section: 'Utfordringsbildet – barnevern',
    kind: challenge,
    location: 'linje 917-935',
    quote:
      'Barneverntjenesten i Porsgrunn har som alle barneverntjenester i Norge opplevd en markant økning i antall innkommende meldinger til tjenesten de siste 15 årene, med en flat kurve fra 2017 frem til en økning i antall meldinger i 2020. Dette samsvarer med sammenlignbare kommuner. Imidlertid viser statistikken en nedgang i antall meldinger til barneverntjenesten i 2021. Dette gjelder også for Porsgrunn. For at barneverntjenesten skal kunne gi barn og unge rett hjelp til rett tid, er tjenesten avhengig av informasjon fra andre. Antall meldinger er på et ønsket nivå, men informasjonsarbeid omkring hva en melding bør ha av innhold skal være en prioritert oppgave over en 2 års periode. Det har skjedd en reduksjon blant barn som mottar hjelpetiltak i hjemmet og barn som bor i fosterhjem eller institusjon på 13 prosent siden 2017. (Hentet fra tilstandsrapporten 2022)',
    indicators: 'barnevern_tiltak_0_17'
  }
];

const quoted: GoalEntry[] = [
  // Quoted from the strategy plan for oppvekst «Klart vi kan!» 2019-2025; the text gives no year for the vg1 target.
  {
    id: 'fp-klart-vg1',
    section: 'Klart vi kan! – fullført og bestått vg1',
    kind: 'mål',
    location: 'linje 194-196',
    quote: 'minst 90 % av elevene har gjennomført og bestått vg1 ett år etter avsluttet grunnskole.',
    target_kind: 'number-by-year',
    target_value: 90,
    direction: 'up',
    unmeasured: notLoaded(
      'Fullført og bestått vg1 ett år etter grunnskolen: FHI Kommunehelsa / SSB (tabell 12973)'
    )
  },
  {
    id: 'fp-klart-barnehage',
    section: 'Klart vi kan! – mestring i barnehagen',
    kind: 'mål',
    location: 'linje 194',
    quote: 'alle barnehagebarn opplever daglig mestring og læring',
    unmeasured:
      'Ingen offentlig statistikk måler barnehagebarns daglige mestring og læring; nærmest kommer foreldrenes svar i Udirs foreldreundersøkelse i barnehagen.'
  },
  // Quoted from kommuneplanens samfunnsdel.
  {
    id: 'fp-samfunnsdel-frafall',
    section: 'Kommuneplanens samfunnsdel – frafall i videregående skole',
    kind: 'mål',
    location: 'linje 177',
    quote: 'Redusere frafallet i videregående skole',
    target_kind: 'direction',
    direction: 'down',
    unmeasured: notLoaded(
      'Frafall i videregående skole: FHI Kommunehelsa / SSB («frafall i videregående skole»)'
    )
  },
  {
    id: 'fp-samfunnsdel-fritid',
    section: 'Kommuneplanens samfunnsdel – fritidsaktiviteter',
    kind: 'mål',
    location: 'linje 152-154',
    quote:
      'Legge til rette for fritidsaktiviteter for barn og unge innen idrett og andre frivillige organisasjoner',
    unmeasured: UNGDATA_FRITID
  }
];

/** The plan's own main goal, then its challenges (the four of «Utfordringsbildet», levekår in two, and barnevern). */
export const FOREBYGGENDE_GOALS: Goal[] = entries.map((e) => goal(FOREBYGGENDE, e));

/** Goals the plan quotes from «Klart vi kan!» and kommuneplanens samfunnsdel. */
export const QUOTED_GOALS: Goal[] = quoted.map((e) => goal(FOREBYGGENDE, e));
