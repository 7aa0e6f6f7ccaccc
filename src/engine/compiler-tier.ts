/**
 * V8 compiles hot functions a second time with its optimising compiler, TurboFan, on background
 * threads. A run over a few thousand files is over before that work pays off, and the compiling
 * takes the core a worker thread could use. Measured on two cores: a 10,000-file tree took 1.30 s
 * with TurboFan and one thread, 0.96 s without it and two threads; at 40,000 files it turns round,
 * 3.1 s against 3.4 s. So the command line and the action start with TurboFan off
 * (`startShortRun`); a run that lists more than `LONG_RUN_FILES` files turns it back on and
 * leaves it a core (threads.ts).
 */
export const LONG_RUN_FILES = 16_000;

export function isLongRun(files: number): boolean {
  return files > LONG_RUN_FILES;
}

// `node:v8` is loaded on first use, not at start-up (docs/architecture.md, Start-up).
export function startShortRun(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbofan');
}

/** Called once discovery knows how many files there are to read. */
export function sizeRun(files: number): void {
  if (isLongRun(files)) process.getBuiltinModule('node:v8').setFlagsFromString('--turbofan');
}
