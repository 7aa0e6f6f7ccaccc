// What every bench section shares: rows, options, and timing a child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Row {
  measure: string;
  value: string;
}

export interface BenchOptions {
  /** `--quick`: small sizes and one run each, a smoke test of the bench itself. */
  quick: boolean;
}

export interface Measured {
  ms: number;
  /** Peak resident set size in MB, where `/usr/bin/time` can tell. */
  mb?: number;
  status: number | null;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Wall time and peak RSS of one Node child process (through `/usr/bin/time -f %M` where it exists). */
export function measure(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Measured {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'maxrss=%M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const child = spawnSync(command, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = /maxrss=(\d+)/.exec(child.stderr ?? '')?.[1];
  return { ms, mb: kb ? Number(kb) / 1024 : undefined, status: child.status, stderr: child.stderr ?? '' };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Two commands run in turn, each pair after a warm-up of both: their medians, and the median of
 * the pairs' ratios a/b. The machine's speed drifts less within a pair than over a series. The
 * warm-up fills the file cache and the command line's code cache.
 */
export function paired(
  times: number,
  a: () => Measured,
  b: () => Measured,
): { a: Measured; b: Measured; ratio: number } {
  a();
  b();
  const runs = Array.from({ length: times }, () => [a(), b()] as const);
  const summary = (side: 0 | 1): Measured => {
    const mine = runs.map((pair) => pair[side]);
    return {
      ms: median(mine.map((r) => r.ms)),
      mb: mine.every((r) => r.mb !== undefined) ? Math.max(...mine.map((r) => r.mb as number)) : undefined,
      status: mine[mine.length - 1].status,
      stderr: mine[mine.length - 1].stderr,
    };
  };
  return { a: summary(0), b: summary(1), ratio: median(runs.map(([x, y]) => x.ms / y.ms)) };
}

export const mb = (m: Measured): string => (m.mb === undefined ? 'n/a' : `${m.mb.toFixed(0)} MB`);
