export { lint } from './lint.js';
export { startShortRun } from './compiler-tier.js';
