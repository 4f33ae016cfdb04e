import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// OPPVEKST_BUILD_DIR puts a build elsewhere (the other-municipality browser test), so build/ stays as it is.
const out = process.env.OPPVEKST_BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true }),
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
