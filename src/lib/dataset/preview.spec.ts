import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import { loadedRows } from '$lib/db/uploads';
import { catalogue, fixture, MISMATCHES } from './fixtures/corpus';
import { preview } from './preview';
import { readUpload } from './upload';

let db: Awaited<ReturnType<typeof openNodeExtracts>>;
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

describe('preview stops a file that does not fit the series it is offered for', () => {
  test.each(MISMATCHES)('%s as %s: «%s …»', async (name, indicator, message) => {
    const indicators = catalogue();
    const result = await readUpload(name, fixture(name), { indicators, chosen: indicator, thisYear: 2026 });
    // stopped by the preview, or already by readUpload when its rows are refused too (the same words first)
    const messages =
      result.kind === 'rows'
        ? preview(result, await loadedRows(db, result.indicators), indicators).stops.map((m) => m.message)
        : result.kind === 'problems'
          ? result.problems.map((p) => p.message.replace(`passer ikke ${indicator}: `, ''))
          : [];
    expect(
      messages.some((m) => m.startsWith(message)),
      messages.join(' | ')
    ).toBe(true);
  });

  test('the published FHI file of the same series fits: no stop, nothing to confirm', async () => {
    const indicators = catalogue();
    const result = await readUpload('fhi-337-barnevern.json', fixture('fhi-337-barnevern.json'), {
      indicators,
      thisYear: 2026
    });
    if (result.kind !== 'rows') throw new Error(result.kind);
    const p = preview(result, await loadedRows(db, result.indicators), indicators);
    expect([p.stops, p.probable]).toEqual([[], []]);
  });
});
