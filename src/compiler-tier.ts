import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles hot functions a second time with its optimising compiler, TurboFan, on background
 * threads. A run over a few thousand files is over before that work pays off: on two cores,
 * linting a 10,000-file tree took a quarter less time without it, while a 40,000-file tree took a
 * quarter more. So the command line and the action start with TurboFan off (`startShortRun`),
 * and a run that lists more than `LONG_RUN_FILES` files to read turns it back on.
 */
export const LONG_RUN_FILES = 12_000;

export function startShortRun(): void {
  setFlagsFromString('--no-turbofan');
}

/** Called once discovery knows how many files there are to read. */
export function sizeRun(files: number): void {
  if (files > LONG_RUN_FILES) setFlagsFromString('--turbofan');
}
