// How every program here starts Debian's Chromium: the browser tests, the benchmark and the screenshots.

/** Chromium's flags: no sandbox (containers), no GPU, and nothing that reaches for the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** Debian's Chromium (CHROMIUM_PATH overrides); nothing downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
