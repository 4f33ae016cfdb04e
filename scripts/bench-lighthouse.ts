// Lighthouse's mobile preset (simulated slow 4G, CPU 4×) on the shipped pages: performance score and first contentful
// paint, medians of several runs, each in a fresh Debian Chromium. Goal (issue 12): score ≥ 98, FCP ≤ 1,5 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../src/lib/server/chromium.js';

/** Starts Chromium with a DevTools port on a cold profile; resolves when it listens. */
async function browser() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank'
    ],
    { detached: true }
  ); // its own process group: closing ends the helpers (crashpad, zygote) that write to the profile
  const port = await new Promise<number>((ok, fail) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) ok(Number(m[1]));
    });
    child.once('exit', () => fail(new Error(`Chromium stoppet: ${err}`)));
  });
  return {
    port,
    // Chromium writes to its profile until it has exited: remove the profile only then.
    close: async () => {
      const exited = new Promise((ok) => child.once('exit', ok));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      await new Promise((ok) => setTimeout(ok, 300)); // the group's last helpers exit just after the browser
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); // a helper process may still write
    }
  };
}

export type LighthouseRow = {
  page: string;
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

/** One Lighthouse mobile run per page and round; medians per page. */
export async function lighthouseRuns(base: string, pages: string[], runs: number) {
  const all: LighthouseRow[] = [];
  for (const page of pages)
    for (let i = 0; i < runs; i++) {
      const chrome = await browser();
      try {
        const result = await lighthouse(base + page, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance']
        });
        const audit = (id: string) => result!.lhr.audits[id].numericValue ?? NaN;
        all.push({
          page,
          score: Math.round((result!.lhr.categories.performance.score ?? 0) * 100),
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift')
        });
      } finally {
        await chrome.close();
      }
    }
  return all;
}
