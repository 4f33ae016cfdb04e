// A page's numbers: the build's, or DuckDB's answer when the build's cannot stand (uploads kept here, or the DuckDB-first baseline).
import type { Database } from './database';
import { liveView } from './live';

/** What a page asks: `key` names the page's subject (an answer for another indicator or goal is never shown). */
export interface Question<B, A> {
  key: string;
  built: B;
  question: (db: Database) => Promise<A | null | undefined>;
}

/** The page's current numbers and why DuckDB could not answer; call once while the component is created. */
export function pageAnswer<B, A>(
  ask: () => Question<B, A>
): { readonly value: B | A; readonly failure: string } {
  let asked = $state<{ key: string; value: A } | null>(null);
  let failure = $state('');
  $effect(() => {
    const { key, built, question } = ask();
    liveView(built, question).then(
      (value) => {
        if (value != null) asked = { key, value };
      },
      (e) => (failure = String(e))
    );
  });
  return {
    get value() {
      const { key, built } = ask();
      return asked?.key === key ? asked.value : built;
    },
    get failure() {
      return failure;
    }
  };
}
