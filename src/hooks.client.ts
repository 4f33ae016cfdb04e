// Browser setup. SvelteKit evaluates every module of the page and then hydrates it in the same task; on a slow phone
// that is one long task in which a tap waits. Giving the main thread back once in between splits it in two
// (Lighthouse counts only the part of each task over 50 ms as blocking). Measured 2026-12-03, Lighthouse mobile,
// 5 runs each: `/` TBT median 151 ms with it, 261 ms without; `/indikator/grunnskolepoeng` 119 ms and 248 ms.
export const init: import('@sveltejs/kit').ClientInit = () => new Promise((resume) => setTimeout(resume, 0));
