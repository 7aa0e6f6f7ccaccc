// dist/cli.js: starts the command line's bundle (dist/cli-main.js; `derive` its own,
// dist/derive-main.js) with V8's cache of its compiled code (src/code-cache.ts), kept per command:
// each runs its own functions.
import path from 'node:path';
import { runCached } from './code-cache.js';

declare const BUNDLE_ID: string;

// The command as the command line reads it (cli/commands.ts): the first word that is no option.
const named = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? '';
const command = /^[a-z]{1,16}$/.test(named) ? named : 'other';
// A lint starts as a short run (src/engine/compiler-tier.ts), with TurboFan off: set before the
// bundle compiles, so that its cache is made under the flags it is read under, as V8 requires.
if (command === 'lint') process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbofan');
// `derive` (src/cli-derive.ts) runs the same in either bundle: in its own it reads and
// deserialises half the code.
const bundle = command === 'derive' ? 'derive-main.js' : 'cli-main.js';
runCached(path.join(__dirname, bundle), BUNDLE_ID, command, require);
