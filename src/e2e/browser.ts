// Browser test harness: serves build/ on a free port and drives Debian's Chromium through playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface Session {
  url: string;
  context: BrowserContext;
  /** Opens a page and records console errors and failed requests into `errors`. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile and a server for the built site. */
export async function start(): Promise<Session> {
  const server = await serve(resolve('build'), 0);
  const profile = mkdtempSync(join(tmpdir(), 'oppvekst-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS
  });
  const errors: string[] = [];
  return {
    url: server.url,
    context,
    errors,
    async open(path, viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`${path}: request failed ${r.url()}`));
      await page.goto(server.url + path);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page (WCAG 2.1 A/AA and best practice), as «rule: target» lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // @ts-expect-error injected global
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result as string[];
}
