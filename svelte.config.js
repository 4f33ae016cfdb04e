import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { PAINT_MARK_SCRIPT } from './src/lib/paint-mark.js';

// OPPVEKST_BUILD_DIR puts a build elsewhere (the other-municipality browser test), so build/ stays as it is.
const out = process.env.OPPVEKST_BUILD_DIR || 'build';

// The one inline script of ours (SvelteKit hashes its own bootstrap script itself).
const paintMark = `sha256-${createHash('sha256').update(PAINT_MARK_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true }),
    // Every stylesheet goes into the page's <style>: on a slow phone each <link> costs a round trip before first paint
    // (Lighthouse mobile: FCP 1,3-2,4 s with four linked sheets). style-src allows inline styles (below).
    inlineStyleThreshold: Infinity,
    // Every prerendered page carries this policy in a <meta http-equiv>: scripts only from the site (and the hashed
    // inline ones), WebAssembly compiled from the site's own wasm, requests only to the site. Styles allow inline:
    // Observable Plot writes a <style> element and style attributes into every chart, Svelte sets style attributes
    // at run time, and with default-src/img-src/font-src 'self' an injected style cannot fetch from elsewhere.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval', paintMark],
        'style-src': ['self', 'unsafe-inline'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'img-src': ['self', 'data:', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    prerender: {
      handleHttpError: 'fail',
      entries: ['*'],
      // Porsgrunn's goal pages exist only in Porsgrunn's build (src/routes/mal/[id]/+page.server.ts gives no
      // entries elsewhere, and nothing links there); any other route the crawl never reached still fails.
      handleUnseenRoutes: ({ routes, message }) => {
        if (routes.some((r) => r !== '/mal/[id]')) throw new Error(message);
      }
    }
  }
};
