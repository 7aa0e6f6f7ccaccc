import { useColor } from '../report/index.js';
import { isTerminal } from './standard-streams.js';

/**
 * Whether output to standard output is coloured: a terminal, and no `NO_COLOR` in the environment.
 * Kept out of standard-streams.ts: every run loads that one, and it need not load the report stage.
 */
export function colorOnStdout(): boolean {
  return useColor({ isTTY: isTerminal(1) }, process.env);
}
