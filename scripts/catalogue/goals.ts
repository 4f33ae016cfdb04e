// The plan-goals catalogue written to data/goals.csv, in the order the Mål page lists it.
import type { Goal } from '../../src/lib/dataset/schema';
import { FOREBYGGENDE_GOALS, QUOTED_GOALS } from './goals-forebyggende';
import { BYSTYRET_GOALS, HANDLINGSPLAN_GOALS } from './goals-handlingsplan';
import { INNSATSOMRADE_GOALS } from './goals-innsatsomrader';

/** Every goal: Forebyggende plan (main goal, challenges, areas of effort, quoted goals), the handlingsplan's 13 measures, Bystyret's 4 requests. */
export const GOALS: Goal[] = [
  ...FOREBYGGENDE_GOALS,
  ...INNSATSOMRADE_GOALS,
  ...QUOTED_GOALS,
  ...HANDLINGSPLAN_GOALS,
  ...BYSTYRET_GOALS
];
