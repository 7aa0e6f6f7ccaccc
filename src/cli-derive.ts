// `derive` alone (dist/derive-main.js): the command run most often on its own, in hooks and
// editors, reads and compiles half the bundle the whole command line is (src/cli-launcher.ts).
import { DERIVE, runCli } from './cli/index.js';

void runCli(DERIVE);
