// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  /** The chosen municipality, put in by vite.config.ts's `define` (see src/lib/dataset/home.ts). */
  const __OPPVEKST_HOME__: import('$lib/dataset/home').Home | undefined;
}
export {};
