// The upload page's workflow as a state machine: queue → reading → choose | preview → accept | cancel; every step ends «not busy».
import { integerText } from '$lib/format';
import type { Upload } from '$lib/db/uploads';
import { mismatchProblem } from '$lib/dataset/mismatch';
import { preview, type Preview } from '$lib/dataset/preview';
import type { Problem } from '$lib/dataset/problem';
import type { Indicator, Observation } from '$lib/dataset/schema';
import type { UploadContext, UploadResult } from '$lib/dataset/upload';
import { visibleControls, webLink } from '$lib/dataset/text';

/** What the page needs from the browser; the spec gives Node's DuckDB and readUpload instead. */
export interface UploadDeps {
  read(
    file: File,
    ctx: UploadContext,
    onProgress: (f: number) => void
  ): Promise<{ result: UploadResult; ms: number }>;
  loaded(indicators: string[]): Promise<Observation[]>; // the rows now loaded for these indicators
  apply(upload: Upload): Promise<void>; // into DuckDB, one transaction
  replay(kept: Upload[]): Promise<void>; // published data, then these uploads
  keep(upload: Upload): Promise<void>;
  forget(id: string): Promise<void>;
  forgetAll(): Promise<void>;
}

type Rows = Extract<UploadResult, { kind: 'rows' }>;

/** The file waiting for the analyst: an indicator to choose, or a preview to accept (with its «Jeg vet at …» ticks). */
export type Pending =
  | { kind: 'choose'; file: File; reason: string }
  | {
      kind: 'preview';
      file: File;
      result: Rows;
      preview: Preview;
      described?: Indicator;
      confirmed: string[];
    };

export interface UploadState {
  queue: File[];
  pending: Pending | null;
  failed: { heading: string; problems: Problem[] }[];
  status: string;
  busy: boolean;
  progress: number | undefined;
  uploads: Upload[];
  timings: Record<string, number>;
}

/** Whether «Godta» may be pressed: a preview whose every probable mismatch is confirmed, and nothing running. */
export function acceptable(state: UploadState): boolean {
  const p = state.pending;
  return (
    p?.kind === 'preview' && !state.busy && p.preview.probable.every((m) => p.confirmed.includes(m.confirm!))
  );
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const problem = (file: string, e: unknown): Problem[] => [{ file, line: 1, column: '', message: message(e) }];

/** One page's upload workflow; `onchange` gets a fresh state after every step. */
export class UploadWorkflow {
  state: UploadState;

  constructor(
    private deps: UploadDeps,
    private catalogue: () => Indicator[],
    private onchange: (state: UploadState) => void,
    uploads: Upload[] = []
  ) {
    this.state = {
      queue: [],
      pending: null,
      failed: [],
      status: '',
      busy: false,
      progress: undefined,
      uploads,
      timings: {}
    };
  }

  private set(patch: Partial<UploadState>) {
    this.state = { ...this.state, ...patch };
    this.onchange(this.state);
  }

  /** Runs one step as «busy»; whatever happens, the page is not busy afterwards. */
  private async step(work: () => Promise<void>) {
    this.set({ busy: true });
    try {
      await work();
    } finally {
      this.set({ busy: false, progress: undefined });
    }
  }

  /** The indicators a file is read and checked against: the catalogue, described ones, and one being described now. */
  indicators(extra?: Indicator): Indicator[] {
    const all = [...this.catalogue(), ...this.state.uploads.flatMap((u) => u.newIndicators)];
    return extra ? [...all, extra] : all;
  }

  /** Files chosen or dropped: queued, and read one at a time. */
  async take(files: File[]) {
    if (!files.length) return;
    this.set({ failed: [], queue: [...this.state.queue, ...files] });
    if (!this.state.pending && !this.state.busy) await this.next();
  }

  /** Reads the next queued file, or the waiting one again as the chosen (or described) indicator. */
  async next(chosen?: string, described?: Indicator): Promise<void> {
    const file = chosen && this.state.pending ? this.state.pending.file : this.state.queue[0];
    if (!chosen) this.set({ queue: this.state.queue.slice(1) });
    if (!file) return this.set({ pending: null });
    let again = false;
    await this.step(async () => {
      this.set({
        status: `Leser ${visibleControls(file.name)} (${integerText(Math.ceil(file.size / 1024))} kB) …`
      });
      const indicators = this.indicators(described);
      try {
        const ctx = { indicators, chosen, thisYear: new Date().getFullYear() };
        const { result, ms } = await this.deps.read(file, ctx, (progress) => this.set({ progress }));
        this.set({ timings: { read: Math.round(ms) } });
        if (result.kind === 'problems') return void (again = this.refuse(file.name, result.problems));
        if (result.kind === 'choose')
          return this.set({
            pending: { kind: 'choose', file, reason: result.reason },
            status: `${file.name}: velg indikator.`
          });
        const started = performance.now();
        const p = preview(result, await this.deps.loaded(result.indicators), indicators);
        const diff = Math.round(performance.now() - started);
        if (p.stops.length)
          return void (again = this.refuse(
            file.name,
            p.stops.map((m) => mismatchProblem(file.name, m))
          ));
        this.set({
          pending: { kind: 'preview', file, result, preview: p, described, confirmed: [] },
          timings: { ...this.state.timings, diff },
          status: `${file.name} er lest og kontrollert på ${integerText(this.state.timings.read)} ms og sammenlignet på ${integerText(diff)} ms: se forhåndsvisningen og godta eller avbryt.`
        });
      } catch (e) {
        again = this.refuse(file.name, problem(file.name, e), 'Filen kunne ikke leses eller sammenlignes');
      }
    });
    if (again) await this.next();
  }

  private refuse(file: string, problems: Problem[], heading = `${file} ble ikke lastet inn`): true {
    this.set({
      failed: [...this.state.failed, { heading, problems }],
      status: `${file} ble ikke lastet inn.`,
      pending: null
    });
    return true;
  }

  /** Ticks or unticks one «Jeg vet at …» confirmation of the waiting preview. */
  confirm(text: string, on: boolean) {
    const p = this.state.pending;
    if (p?.kind !== 'preview') return;
    const confirmed = on ? [...new Set([...p.confirmed, text])] : p.confirmed.filter((c) => c !== text);
    this.set({ pending: { ...p, confirmed } });
  }

  get acceptable(): boolean {
    return acceptable(this.state);
  }

  /** Keeps the previewed file (IndexedDB, then DuckDB in one transaction); on failure nothing is kept. */
  async accept() {
    const p = this.state.pending;
    if (p?.kind !== 'preview' || !this.acceptable) return;
    const {
      result,
      preview: { diff },
      described,
      confirmed
    } = p;
    const upload: Upload = {
      id: crypto.randomUUID(),
      file: result.file,
      format: result.format,
      loadedAt: new Date().toISOString(),
      indicators: result.indicators,
      // a described indicator's link is kept only when it is http(s): a javascript: link would run on every visit
      newIndicators: described ? [{ ...described, source_url: webLink(described.source_url) }] : [],
      rows: result.rows,
      counts: { added: diff.added.length, changed: diff.changed.length, unchanged: diff.unchanged },
      confirmed
    };
    await this.step(async () => {
      try {
        await this.deps.keep(upload);
        try {
          const started = performance.now();
          await this.deps.apply(upload);
          this.set({ timings: { ...this.state.timings, ingest: Math.round(performance.now() - started) } });
        } catch (e) {
          await this.deps.forget(upload.id);
          throw e;
        }
        this.set({
          uploads: [...this.state.uploads, upload],
          status: `Lastet inn ${result.file}: ${diff.added.length} nye rader og ${diff.changed.length} endrede verdier. Alle sider viser nå de nye tallene i denne nettleseren.`
        });
      } catch (e) {
        this.set({
          failed: [
            ...this.state.failed,
            { heading: `${result.file} ble ikke lagret`, problems: problem(result.file, e) }
          ],
          status: `${result.file} ble ikke lagret.`
        });
      } finally {
        this.set({ pending: null });
      }
    });
    await this.next();
  }

  /** Drops the waiting file; nothing changes. */
  async cancel() {
    const p = this.state.pending;
    this.set({
      status: p ? `${p.file.name} ble ikke lastet inn (avbrutt). Ingenting er endret.` : '',
      pending: null
    });
    await this.next();
  }

  private async rebuild(kept: Upload[], status: string) {
    await this.step(async () => {
      try {
        await this.deps.replay(kept);
        this.set({ uploads: kept, status });
      } catch (e) {
        this.set({
          failed: [
            ...this.state.failed,
            { heading: 'Dataene kunne ikke bygges på nytt', problems: problem('', e) }
          ]
        });
      }
    });
  }

  /** Takes one upload back: the rest are replayed over the published data. */
  async undo(u: Upload) {
    await this.deps.forget(u.id);
    await this.rebuild(
      this.state.uploads.filter((k) => k.id !== u.id),
      `Angret ${u.file}: tallene er som før filen ble lastet inn.`
    );
  }

  /** Back to the published data. */
  async reset() {
    await this.deps.forgetAll();
    await this.rebuild([], 'Tilbakestilt: dashbordet viser de publiserte tallene.');
  }
}
