import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogue, fixture } from '$lib/dataset/fixtures/corpus';
import type { Indicator } from '$lib/dataset/schema';
import { readUpload } from '$lib/dataset/upload';
import { openNodeExtracts } from '$lib/db/node';
import { applyUpload, loadedRows, replay, type Upload } from '$lib/db/uploads';
import { acceptable, UploadWorkflow, type UploadDeps, type UploadState } from './workflow';

let db: Awaited<ReturnType<typeof openNodeExtracts>>;
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

const indicators = catalogue() as unknown as Indicator[];
/** A new indicator described at upload for the Udir vgs mobbing fixture: mobbing_7's description, school years, by sex. */
const vgsMobbing = (own: Partial<Indicator>): Indicator => ({
  ...indicators.find((i) => i.id === 'mobbing_7')!,
  period_type: 'school year',
  breakdowns: 'alle|jenter|gutter',
  standardised: true,
  ...own
});
const file = (name: string) => new File([fixture(name) as BlobPart], name);
const porsgrunn2024 = async () =>
  (
    await db.all<{ value: number }>(
      `SELECT value FROM observation WHERE indicator = 'barnevern_tiltak_0_17' AND geo = '4001' AND period = '2024'`
    )
  )[0].value;

/** The page's workflow over Node's DuckDB and readUpload; `kept` stands in for IndexedDB (the browser test uses the real one). */
/** The Udir vgs mobbing fixture taken as `described`, up to its preview (a failure says what the workflow said). */
async function previewOf(wf: UploadWorkflow, described: Indicator) {
  await wf.take([file('udir-elevundersokelsen-mobbing.csv')]);
  await wf.next(described.id, described);
  const p = wf.state.pending;
  if (p?.kind !== 'preview') throw new Error(JSON.stringify(wf.state.failed));
  return p;
}

function workflow(overrides: Partial<UploadDeps> = {}) {
  const kept: Upload[] = [];
  const states: UploadState[] = [];
  const deps: UploadDeps = {
    read: async (f, ctx) => ({
      result: await readUpload(f.name, new Uint8Array(await f.arrayBuffer()), ctx),
      ms: 0
    }),
    loaded: (ids) => loadedRows(db, ids),
    apply: (u) => applyUpload(db, u),
    replay: (uploads) => replay(db, uploads, (f) => resolve('data', f)),
    keep: async (u) => void kept.push(u),
    forget: async (id) =>
      void kept.splice(
        kept.findIndex((u) => u.id === id),
        1
      ),
    forgetAll: async () => void kept.splice(0),
    ...overrides
  };
  const wf = new UploadWorkflow(
    deps,
    () => indicators,
    (s) => states.push(s)
  );
  return { wf, kept, states };
}

describe('the upload workflow', () => {
  test('a revision: preview with its diff, accept keeps it and puts it in DuckDB, undo takes it back', async () => {
    const { wf, kept } = workflow();
    await wf.take([file('testdata-fhi-337-revidert.json')]);
    const p = wf.state.pending;
    expect(p?.kind === 'preview' && [p.preview.diff.changed.length, p.preview.diff.unchanged]).toEqual([
      2, 28
    ]);
    expect(acceptable(wf.state)).toBe(true);
    await wf.accept();
    expect([wf.state.pending, wf.state.busy, kept.length, wf.state.uploads.length]).toEqual([
      null,
      false,
      1,
      1
    ]);
    expect(await porsgrunn2024()).toBe(2.9);
    await wf.undo(wf.state.uploads[0]);
    expect([kept.length, wf.state.uploads.length, await porsgrunn2024()]).toEqual([0, 0, 2.7]);
  });

  test('the Udir upper-secondary mobbing export offered as mobbing_7 is stopped before any preview, saying what differs', async () => {
    const { wf } = workflow();
    await wf.take([file('udir-elevundersokelsen-mobbing.csv')]);
    expect(wf.state.pending?.kind).toBe('choose');
    await wf.next('mobbing_7');
    expect(wf.state.pending).toBe(null);
    const messages = wf.state.failed.flatMap((f) => f.problems.map((p) => p.message));
    // what differs first (period type, population), then each row whose period is not of the series' type
    expect(messages.slice(0, 2)).toEqual([
      expect.stringMatching(/^passer ikke mobbing_7: filen har enkeltskoleår \(«2020-21»\), men .* treårige/),
      expect.stringMatching(/^passer ikke mobbing_7: filen gjelder videregående skole .* gjelder 7\. trinn/)
    ]);
    expect(
      messages.slice(2).every((m) => /er ikke en periode for/.test(m)),
      messages.join(' | ')
    ).toBe(true);
    expect(wf.state.busy).toBe(false);
  });

  test('a probable mismatch needs its «Jeg vet at …» ticked before accepting, and the upload records it', async () => {
    const { wf, kept } = workflow();
    const described = vgsMobbing({
      id: 'mobbing_vgs_std',
      name: 'Mobbing, videregående (standardisert serie)'
    });
    const p = await previewOf(wf, described);
    expect(p.preview.probable.map((m) => m.confirm)).toEqual([
      expect.stringMatching(/^Jeg vet at tallene i filen ikke er standardisert/)
    ]);
    expect(acceptable(wf.state)).toBe(false);
    await wf.accept();
    expect(kept).toEqual([]);
    wf.confirm(p.preview.probable[0].confirm!, true);
    expect(acceptable(wf.state)).toBe(true);
    await wf.accept();
    expect(kept[0].confirmed).toEqual([p.preview.probable[0].confirm]);
    await wf.reset();
    expect(wf.state.uploads).toEqual([]);
  });

  test('a described indicator is kept with its «Lenke til kilden» only when it is http(s): javascript: never lands', async () => {
    const { wf, kept } = workflow();
    const described = vgsMobbing({
      id: 'mobbing_vgs_lenke',
      name: 'Mobbing, videregående (lenketest)',
      source_url: 'javascript:alert(document.cookie)'
    });
    const p = await previewOf(wf, described);
    for (const m of p.preview.probable) wf.confirm(m.confirm!, true);
    await wf.accept();
    expect(kept[0].newIndicators.map((i) => i.source_url)).toEqual(['']);
    expect(wf.state.uploads.flatMap((u) => u.newIndicators.map((i) => i.source_url))).toEqual(['']);
    await wf.reset();
  });

  test('a reader or storage that throws leaves the page not busy, with the error shown and nothing kept', async () => {
    const failing = workflow({ read: async () => Promise.reject(new Error('arbeideren stoppet')) });
    await failing.wf.take([file('testdata-fhi-337-revidert.json'), file('fhi-337-barnevern.json')]);
    expect(failing.wf.state.failed[0].problems[0].message).toBe('arbeideren stoppet');
    expect([failing.wf.state.busy, failing.wf.state.failed.length, failing.wf.state.queue.length]).toEqual([
      false,
      2,
      0
    ]);
    const full = workflow({ keep: async () => Promise.reject(new Error('lagringskvoten er brukt opp')) });
    await full.wf.take([file('testdata-fhi-337-revidert.json')]);
    await full.wf.accept();
    expect([full.wf.state.busy, full.kept.length, full.wf.state.uploads.length]).toEqual([false, 0, 0]);
    expect(full.wf.state.failed[0].problems[0].message).toBe('lagringskvoten er brukt opp');
    expect(await porsgrunn2024()).toBe(2.7);
  });
});
