// dist/lint-worker.js: starts the lint worker's bundle (dist/lint-worker-main.js) with V8's cache of
// its compiled code (src/code-cache.ts). A worker compiled everything it runs anew each time: in a
// run over a tree with few configs, that start was a twentieth of the run. The worker shares the
// process's V8 flags (a lint's TurboFan is off already), so its cache is read under the flags it
// was made with.
import path from 'node:path';
import { runCached } from './code-cache.js';

declare const BUNDLE_ID: string;

runCached(path.join(__dirname, 'lint-worker-main.js'), BUNDLE_ID, 'worker', require);
