// The command line with every command (dist/cli-main.js; `derive` has a bundle of its own,
// src/cli-derive.ts). A function call, not top-level await: the bundle is CommonJS.
import { COMMANDS, runCli } from './cli/index.js';

void runCli(COMMANDS);
