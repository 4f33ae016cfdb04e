// The plan's challenge picture set against the newest figures: «I planen (2023)» and «Nå».
import type { Database } from '$lib/db/database';
import type { PlanFigure } from '$lib/dataset/schema';
import type { LatestValue } from './latest';

/** One topic of the plan's challenge picture: what the plan said and what the series say now. */
export interface PlanTopic {
  topic: string;
  label: string;
  indicator: string;
  location: string;
  plan: PlanFigure[]; // Porsgrunn first, then county, then Norway
  now: LatestValue[]; // the series' newest period: Porsgrunn, Telemark (40), Norway
  reasons: string[]; // why plan and now are not directly comparable, each once
}

/** The plan figures, in catalogue order. */
export function planFigures(db: Database): Promise<PlanFigure[]> {
  return db.all<PlanFigure>(`SELECT * FROM plan_figure ORDER BY rowid`);
}

const order = (geo: string) => (geo.length === 4 ? 0 : geo === '0' ? 2 : 1);

/** Groups plan figures by topic and pairs each with the newest values of its series. */
export function planTopics(figures: PlanFigure[], latest: LatestValue[]): PlanTopic[] {
  const topics = [...new Set(figures.map((f) => f.topic))];
  return topics.map((topic) => {
    const plan = figures.filter((f) => f.topic === topic).sort((a, b) => order(a.geo) - order(b.geo));
    const first = plan[0];
    const now = latest
      .filter((l) => l.indicator === first.indicator && ['4001', '40', '0'].includes(l.geo))
      .sort((a, b) => order(a.geo) - order(b.geo));
    const reasons = [...new Set(plan.flatMap((f) => (f.comparable ? f.comparable.split(/(?<=\.)\s+/) : [])))];
    return {
      topic,
      label: first.label,
      indicator: first.indicator,
      location: first.location,
      plan,
      now,
      reasons
    };
  });
}
