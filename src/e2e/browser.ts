// Browser test harness: serves build/ (or another built site) on a free port and drives Debian's Chromium through playwright-core.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../lib/server/serve.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/server/chromium.js';

const LEFT_SITE = 'request left the site:';

export interface Session {
  url: string;
  context: BrowserContext;
  /** Opens a page and records console errors, failed requests and any request to another origin into `errors`. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

/** A fresh browser profile and a server for the built site in `root`. */
export async function start(root = 'build'): Promise<Session> {
  const server = await serve(resolve(root), 0);
  const profile = mkdtempSync(join(tmpdir(), 'oppvekst-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS
  });
  const errors: string[] = [];
  return {
    url: server.url,
    context,
    errors,
    async open(path, viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`${path}: request failed ${r.url()}`));
      // Nothing may leave the site (issue 13): data: and blob: stay in the browser, anything else must be ours.
      page.on('request', (r) => {
        if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== server.url)
          errors.push(`${path}: ${LEFT_SITE} ${r.url()}`);
      });
      await page.goto(server.url + path);
      // Scripts load after first paint (no modulepreload): a control used before hydration would do nothing.
      // A page that never hydrates fails on its own assertions, so the wait is only a wait.
      await page
        .locator('html[data-hydrated]')
        .waitFor({ state: 'attached', timeout: 30_000 })
        .catch(() => undefined);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
      // A spec that never looks at `errors` still fails when a page reached another origin.
      const left = errors.filter((e) => e.includes(LEFT_SITE));
      if (left.length) throw new Error(left.join('\n'));
    }
  };
}

/**
 * The spec file's session: started before its tests and closed after them (call at top level). The returned object
 * stands for the session, so tests write `s.open(…)` and `s.errors` as with `start()`.
 */
export function browserForTests(root = 'build'): Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await start(root);
  });
  afterAll(async () => {
    await session?.close();
  });
  const now = () => {
    if (!session) throw new Error('the browser starts in beforeAll: use it inside a test');
    return session;
  };
  return {
    get url() {
      return now().url;
    },
    get context() {
      return now().context;
    },
    get errors() {
      return now().errors;
    },
    open: (path, viewport) => now().open(path, viewport),
    close: () => now().close()
  };
}

/** How many of the elements `locator` matches are visible (rendered, not hidden by CSS) right now. */
export function visibleCount(locator: Locator): Promise<number> {
  return locator.evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page (WCAG 2.1 A/AA and best practice), as «rule: target» lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The site's CSP refuses injected <script> tags; evaluating the source goes through the DevTools protocol.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    // @ts-expect-error injected global
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
    );
  });
  return result as string[];
}

/** Pages in a PDF that Chromium printed: one «/Type /Page» object each («/Pages» is the tree, not a page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** What a keyboard-only walk met: the elements Tab should reach, those it reached, and any without visible focus. */
export interface KeyboardWalk {
  expected: string[];
  reached: string[];
  invisibleFocus: string[];
}

const FOCUSABLE =
  'a[href], button:not([disabled]), select:not([disabled]), input[type=checkbox]:not([disabled]), input[type=file]:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tabs through the page from the top until focus leaves it or comes round again, opening each closed
 * <details> with Enter on its summary so that what it holds is walked too. Elements are named by tag,
 * text and a running index.
 */
export async function keyboardWalk(page: Page, limit = 400): Promise<KeyboardWalk> {
  await page.evaluate((selector) => {
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      el.dataset.walk = `${i}:${el.tagName.toLowerCase()}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}`;
    });
  }, FOCUSABLE);
  const reached: string[] = [];
  const invisibleFocus: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const closed = el.tagName === 'SUMMARY' && !(el.parentElement as HTMLDetailsElement).open;
      return {
        name: el.dataset.walk ?? `unlisted:${el.outerHTML.slice(0, 80)}`,
        visible: outline || shadow,
        closed
      };
    });
    if (!step || reached.includes(step.name)) break;
    reached.push(step.name);
    if (!step.visible) invisibleFocus.push(step.name);
    if (step.closed) {
      await page.keyboard.press('Enter');
      // Designsystemet animates the opening; a person reads the new content before tabbing on.
      await page.waitForFunction(
        () => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open === true
      );
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished)
        ).then(() => undefined)
      );
      // The opening animation may not have started when the list above was taken: wait until what it holds can be seen.
      await page.waitForFunction((selector) => {
        const details = document.activeElement?.parentElement;
        return (
          !!details &&
          [...details.querySelectorAll<HTMLElement>(selector)].every(
            (el) => el.tagName === 'SUMMARY' || el.checkVisibility()
          )
        );
      }, FOCUSABLE);
    }
  }
  const expected = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility())
        .map((el) => el.dataset.walk ?? ''),
    FOCUSABLE
  );
  return { expected, reached, invisibleFocus };
}

/** The fonts Chromium actually drew each matching element's own text with (DevTools' platform fonts). */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const fonts = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of used) fonts.add(f.familyName);
  }
  await cdp.detach();
  return [...fonts];
}
