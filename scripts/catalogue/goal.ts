// Shared shape of plan-goal entries: the three sources, empty defaults, and follow-up text read from the plan file.
import type { Goal } from '../../src/lib/dataset/schema';
import { excerpt, unmark } from './plan-text';

/** A plan as goals.csv names it, with the file in data/plans its quotes stand in. */
export interface PlanSource {
  plan: string;
  plan_file: string;
}

export const FOREBYGGENDE: PlanSource = {
  plan: 'Forebyggende plan (2023)',
  plan_file: 'data/plans/forebyggende-plan-2023.txt'
};
export const HANDLINGSPLAN: PlanSource = {
  plan: 'Handlingsplan for inkludering av barn og unge 2020-2024',
  plan_file: 'data/plans/oppfolging-tidlig-innsats-2026.txt'
};
export const BYSTYRET: PlanSource = {
  plan: 'Bystyret 30.01.24, sak 4/24',
  plan_file: HANDLINGSPLAN.plan_file
};

/** Where a statistic would be published but is not loaded here. */
export const notLoaded = (statistic: string) => `${statistic} – ikke lastet inn her`;
/** The statistic that would measure participation in leisure activities. */
export const UNGDATA_FRITID = notLoaded(
  'Ungdata «deltar i organisert fritidsaktivitet» (NOVA, Ungdata kommunerapport)'
);
/** For measures that organise the municipality's own work. */
export const OWN_WORK = 'Et tiltak for kommunens eget arbeid; ingen statistikk måler det.';

type Required = 'id' | 'section' | 'kind' | 'quote' | 'location';
/** What an entry states; everything else defaults to empty (no target, no indicator, no baseline). */
export type GoalEntry = Pick<Goal, Required> &
  Partial<Omit<Goal, Required | 'plan' | 'plan_file' | 'measures'>> & { measures?: string[] };

/** A catalogue row: the entry on top of empty defaults, measures joined with '|'. */
export function goal(source: PlanSource, entry: GoalEntry): Goal {
  const { measures, ...rest } = entry;
  return {
    ...source,
    target_kind: 'none',
    target_value: null,
    target_year: null,
    direction: '',
    indicators: '',
    baseline_period: '',
    baseline_value: null,
    unmeasured: '',
    follow_up: '',
    ...rest,
    measures: (measures ?? []).join('|')
  };
}

/**
 * The 2026 follow-up as goals.csv keeps it: lines from..to of the follow-up document for each range,
 * white space folded and the slides' `**`/`*` emphasis removed (list dashes stay as separators).
 */
export const followUp = (...ranges: [number, number][]): string =>
  ranges.map(([from, to]) => unmark(excerpt(HANDLINGSPLAN.plan_file, from, to))).join(' ');
