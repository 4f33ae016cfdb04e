// What the analyst sees before «Godta»: the diff against the loaded series and every way the file does not fit them.
import { diff, type Diff } from './diff';
import { mismatches, type Mismatch } from './mismatch';
import type { Target } from './readers/target';
import type { Observation } from './schema';
import type { UploadResult } from './upload';

/** The diff, the mismatches that stop the file, and those the analyst must confirm («Jeg vet at …»). */
export interface Preview {
  diff: Diff;
  stops: Mismatch[];
  probable: Mismatch[];
}

/** The preview of a read file against `loaded` (the rows now loaded for its indicators); the same in the page and the CLI. */
export function preview(
  result: Extract<UploadResult, { kind: 'rows' }>,
  loaded: Observation[],
  indicators: Target[]
): Preview {
  const found = result.indicators.flatMap((id) => {
    const target = indicators.find((t) => t.id === id);
    if (!target) return [];
    const of = (o: Observation) => o.indicator === id;
    return mismatches(target, result.rows.filter(of), result.traits, loaded.filter(of));
  });
  return {
    diff: diff(result.rows, loaded),
    stops: found.filter((m) => m.kind === 'stop'),
    probable: found.filter((m) => m.kind === 'probable')
  };
}
