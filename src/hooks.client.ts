// Browser setup. SvelteKit evaluates every module of the page and then hydrates it in the same task; on a slow phone
// that is one long task in which a tap waits. Giving the main thread back once in between splits it in two
// (Lighthouse counts only the part of each task over 50 ms as blocking).
export const init: import('@sveltejs/kit').ClientInit = () => new Promise((resume) => setTimeout(resume, 0));
