// `npm run bench`: first chart, bytes, DuckDB start, switches and a national-size scale run, in Debian's Chromium.
// Every figure is a median (or percentile) of several cold runs, against a DuckDB-first baseline built in the same run.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../src/lib/server/serve.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/lib/server/chromium.js';
import { series } from '../src/lib/queries/series';
import { createTableSql } from '../src/lib/db/load';
import { OBSERVATION_COLUMNS } from '../src/lib/dataset/schema';
import type { Database } from '../src/lib/db/database';
import { syntheticObservations, syntheticUpload } from './bench-data';
import { lighthouseRuns, type LighthouseRow } from './bench-lighthouse';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8
};
const PAGES = ['/', '/indikator/grunnskolepoeng'];
// Lighthouse (mobile preset) also on a goal page with two charts; fewer runs than the rest, each takes about 15 s.
const LIGHTHOUSE_PAGES = [...PAGES, '/mal/fp-utfordring-skoleprestasjoner'];
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

function build(env: Record<string, string>, into: string) {
  execSync('npx --no-install vite build && node scripts/precompress.mjs', {
    stdio: 'ignore',
    env: { ...process.env, ...env }
  });
  rmSync(into, { recursive: true, force: true });
  cpSync('build', into, { recursive: true });
}

/** Opens `url` in a cold profile (optionally throttled), runs `measure`, closes everything. */
async function cold<T>(
  url: string,
  throttled: boolean,
  measure: (page: Page, requests: Promise<{ end: number; bytes: number }>[]) => Promise<T>
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS
  });
  try {
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    const requests = recordRequests(page);
    await page.goto(url, { waitUntil: 'commit' });
    return await measure(page, requests);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every finished request of a page (the worker's wasm download too): when it ended (epoch ms) and its bytes on the wire. */
function recordRequests(page: Page) {
  const done: Promise<{ end: number; bytes: number }>[] = [];
  page.context().on('requestfinished', (request) => {
    done.push(
      request.sizes().then((size) => {
        const t = request.timing();
        return { end: t.startTime + t.responseEnd, bytes: size.responseHeadersSize + size.responseBodySize };
      })
    );
  });
  return done;
}

/** Milliseconds from navigation start to a performance mark, and bytes transferred (compressed) until then. */
async function untilMark(
  page: Page,
  mark: string,
  requests: Promise<{ end: number; bytes: number }>[],
  timeout = 180_000
) {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, {
    timeout,
    polling: 20
  });
  const { ms, epoch } = await page.evaluate((m) => {
    const at = performance.getEntriesByName(m)[0].startTime;
    return { ms: at, epoch: performance.timeOrigin + at };
  }, mark);
  const finished = await Promise.all(requests);
  return { ms, bytes: finished.filter((r) => r.end <= epoch).reduce((sum, r) => sum + r.bytes, 0) };
}

/** The SQL and parameters a query function sends, captured without a database. */
async function capture(question: (db: Database) => Promise<unknown>) {
  let sent = { sql: '', params: [] as unknown[] };
  await question({
    all: async (sql, params = []) => ((sent = { sql, params }), []),
    exec: async () => {},
    registerText: async () => {}
  });
  return sent;
}

async function firstChart(servers: Record<string, string>) {
  const rows: { page: string; network: string; variant: string; ms: number; kib: number }[] = [];
  for (const throttled of [false, true]) {
    for (const path of PAGES) {
      for (const [variant, base] of Object.entries(servers)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++)
          runs.push(
            await cold(base + path, throttled, (page, requests) => untilMark(page, 'first-chart', requests))
          );
        rows.push({
          page: path,
          network: throttled ? 'slow 4G + CPU 4×' : 'localhost',
          variant,
          ms: median(runs.map((r) => r.ms)),
          kib: median(runs.map((r) => r.bytes)) / 1024
        });
        console.log(
          `  ${path} ${throttled ? 'throttled' : 'unthrottled'} ${variant}: ${rows.at(-1)!.ms.toFixed(0)} ms, ${rows.at(-1)!.kib.toFixed(0)} KiB`
        );
      }
    }
  }
  return rows;
}

async function duckdbAndSwitches(base: string) {
  const ready = [];
  for (let i = 0; i < RUNS; i++)
    ready.push(
      (
        await cold(`${base}/indikator/mobbing_7?kommuner=4003`, false, (p, requests) =>
          untilMark(p, 'duckdb-ready', requests)
        )
      ).ms
    );
  const switches = await cold(`${base}/indikator/mobbing_7?kommuner=4003`, false, async (page) => {
    await page.waitForFunction(
      () => document.querySelector('[role=status]')?.textContent?.includes('4 områder'),
      null,
      { timeout: 60_000 }
    );
    return page.evaluate(async () => {
      const box = document.querySelector<HTMLInputElement>('input[type=checkbox][value="4005"]')!;
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const want = box.checked ? '4 områder' : '5 områder';
        const t = performance.now();
        box.click();
        while (
          !(document.querySelector('[role=status]')?.textContent ?? '').includes(want) ||
          document.querySelectorAll('#trend g[aria-label="line"] path').length !== Number(want[0])
        ) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        times.push(performance.now() - t);
      }
      return times;
    });
  });
  return { readyMs: median(ready), p50: quantile(switches, 0.5), p95: quantile(switches, 0.95) };
}

async function scale(base: string) {
  const rows = syntheticObservations();
  const csv = rows.text;
  const file = createServer((_, res) => {
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/csv' });
    res.end(csv);
  });
  await new Promise<void>((ok) => file.listen(0, '127.0.0.1', ok));
  const csvUrl = `http://127.0.0.1:${(file.address() as { port: number }).port}/synthetic.csv`;
  const load = createTableSql('observation', ['/uploads/synthetic.csv'], OBSERVATION_COLUMNS);
  const queries = [];
  for (let i = 0; i < 50; i++) {
    const geo = rows.geos[(i * 37) % rows.geos.length];
    queries.push(
      await capture((db) =>
        series(db, {
          indicator: rows.indicators[(i * 7) % rows.indicators.length],
          breakdown: rows.breakdowns[i % 3],
          geos: [geo, geo.slice(0, 2), '0']
        })
      )
    );
  }
  const result = await cold(`${base}/indikator/mobbing_7?kommuner=4003`, false, async (page, requests) => {
    await untilMark(page, 'duckdb-ready', requests, 60_000);
    return page.evaluate(
      async ({ csvUrl, load, queries }) => {
        const db = await (
          globalThis as unknown as { __oppvekstDatabase: () => Promise<Database> }
        ).__oppvekstDatabase();
        const t0 = performance.now();
        await db.registerText('/uploads/synthetic.csv', await (await fetch(csvUrl)).text());
        await db.exec(load);
        const loadMs = performance.now() - t0;
        const count = (await db.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM observation'))[0].n;
        const times: number[] = [];
        let points = 0;
        for (const q of queries) {
          const t = performance.now();
          points += (await db.all(q.sql, q.params)).length;
          times.push(performance.now() - t);
        }
        return { loadMs, count, times, points };
      },
      { csvUrl, load, queries }
    );
  });
  file.close();
  return {
    rows: result.count,
    loadMs: result.loadMs,
    p50: quantile(result.times, 0.5),
    p95: quantile(result.times, 0.95),
    pointsPerQuery: result.points / queries.length
  };
}

/** «Last inn data» with a synthetic 100 000-row file: parse + validate (worker), diff (DuckDB ready), DuckDB ingest on accept. */
async function upload(base: string) {
  const data = syntheticUpload();
  const path = join(work, 'syntetisk-opplasting.csv');
  writeFileSync(path, data.text);
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(
      await cold(`${base}/last-inn`, false, async (page) => {
        await page.waitForLoadState('networkidle');
        const started = Date.now();
        await page.setInputFiles('#filer', path);
        await page.locator('.pending').waitFor({ timeout: 180_000 });
        const toPreview = Date.now() - started;
        await page.getByRole('button', { name: 'Godta og last inn' }).click();
        await page.waitForFunction(
          () => document.querySelector('#opplasting-status')?.textContent?.startsWith('Lastet inn'),
          null,
          { timeout: 180_000 }
        );
        const timings = JSON.parse(
          (await page.locator('#opplasting-status').getAttribute('data-timings')) ?? '{}'
        );
        return { ...timings, toPreview };
      })
    );
  }
  const med = (key: string) => median(runs.map((r) => r[key]));
  return {
    rows: data.rows,
    readMs: med('read'),
    diffMs: med('diff'),
    ingestMs: med('ingest'),
    toPreviewMs: med('toPreview')
  };
}

const work = mkdtempSync(join(tmpdir(), 'oppvekst-bench-'));
console.log(
  `Bygger grunnlinjen (DuckDB først) og den forhåndsrendrede siden … (${RUNS} kalde kjøringer per mål)`
);
build({ OPPVEKST_DUCKDB_FIRST: '1' }, join(work, 'baseline'));
build({}, join(work, 'prerendered'));
const prerendered = await serve(join(work, 'prerendered'), 0);
const baseline = await serve(join(work, 'baseline'), 0);
try {
  // While working on one thing, just its measurement: `BENCH_ONLY=upload npm run bench` (or switches).
  if (process.env.BENCH_ONLY === 'upload') console.table([await upload(prerendered.url)]);
  else if (process.env.BENCH_ONLY === 'switches') console.table([await duckdbAndSwitches(prerendered.url)]);
  else if (process.env.BENCH_ONLY === 'lighthouse') console.table(await lighthouseTable(prerendered.url));
  else await everything();
} finally {
  prerendered.close();
  baseline.close();
  rmSync(work, { recursive: true, force: true });
}

/** Medians per page of Lighthouse's mobile run: score, first contentful paint, LCP, TBT, CLS. */
async function lighthouseTable(base: string, runs: LighthouseRow[] = []) {
  runs.push(...(await lighthouseRuns(base, LIGHTHOUSE_PAGES, LIGHTHOUSE_RUNS)));
  return LIGHTHOUSE_PAGES.map((page) => {
    const mine = runs.filter((r) => r.page === page);
    const med = (key: keyof Omit<LighthouseRow, 'page'>) => median(mine.map((r) => r[key]));
    return {
      side: page,
      'ytelse (mobil)': med('score'),
      'FCP (ms)': Math.round(med('fcpMs')),
      'LCP (ms)': Math.round(med('lcpMs')),
      'TBT (ms)': Math.round(med('tbtMs')),
      CLS: +med('cls').toFixed(3)
    };
  });
}

async function everything() {
  const lighthouseAll: LighthouseRow[] = [];
  const lighthouse = await lighthouseTable(prerendered.url, lighthouseAll);
  const charts = await firstChart({ prerendered: prerendered.url, 'duckdb-first': baseline.url });
  const interactive = await duckdbAndSwitches(prerendered.url);
  const big = await scale(prerendered.url);
  const uploaded = await upload(prerendered.url);
  const table = PAGES.flatMap((page) =>
    ['localhost', 'slow 4G + CPU 4×'].map((network) => {
      const pre = charts.find(
        (r) => r.page === page && r.network === network && r.variant === 'prerendered'
      )!;
      const dd = charts.find(
        (r) => r.page === page && r.network === network && r.variant === 'duckdb-first'
      )!;
      return {
        side: page,
        nett: network,
        'første graf (ms)': Math.round(pre.ms),
        'KiB før grafen': Math.round(pre.kib),
        'grunnlinje (ms)': Math.round(dd.ms),
        'grunnlinje KiB': Math.round(dd.kib),
        'ganger raskere': +(dd.ms / pre.ms).toFixed(1)
      };
    })
  );
  console.table(table);
  console.table([
    {
      'DuckDB klar (ms)': Math.round(interactive.readyMs),
      'bytte p50 (ms)': +interactive.p50.toFixed(1),
      'bytte p95 (ms)': +interactive.p95.toFixed(1)
    }
  ]);
  console.table([
    {
      'syntetiske rader': big.rows,
      'innlasting (ms)': Math.round(big.loadMs),
      'spørring p50 (ms)': +big.p50.toFixed(1),
      'spørring p95 (ms)': +big.p95.toFixed(1),
      'punkter per graf': big.pointsPerQuery
    }
  ]);
  console.table([
    {
      'syntetiske rader (opplasting)': uploaded.rows,
      'lese + kontrollere (ms)': Math.round(uploaded.readMs),
      'sammenligne (ms)': Math.round(uploaded.diffMs),
      'DuckDB-innlegging (ms)': Math.round(uploaded.ingestMs),
      'fil valgt → forhåndsvisning (ms)': Math.round(uploaded.toPreviewMs)
    }
  ]);
  console.table(lighthouse);
  mkdirSync('bench-results', { recursive: true });
  const out = resolve('bench-results', 'bench.json');
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        machine: `${process.platform} ${process.arch}, node ${process.version}`,
        charts,
        table,
        interactive,
        lighthouse: {
          preset: 'mobile (simulated slow 4G, CPU 4×)',
          medians: lighthouse,
          runs: lighthouseAll
        },
        scale: { ...big, note: 'synthetic data, generated at bench time, never shipped' },
        upload: { ...uploaded, note: 'synthetic 100 000-row upload, generated at bench time, never shipped' }
      },
      null,
      2
    )
  );
  console.log(`Skrev ${out}`);
}
