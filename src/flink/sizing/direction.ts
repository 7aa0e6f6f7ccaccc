import type { DerivationFailure } from '../../model/index.js';

/**
 * Which way a refused process size is wrong: `small` failures go away with a larger process size,
 * `large` ones with a smaller one, `fixed` ones at no size (a bad value, an inconsistent range).
 */
export type Direction = 'small' | 'large' | 'fixed';

/** The byte counts a message quotes, in order (`... (201326592 bytes) ...`, `0 bytes`). */
function quotedBytes(text: string): bigint[] {
  return [...text.matchAll(/(\d+) bytes/g)].map((m) => BigInt(m[1]));
}

/** `x` against `[min, max]` (or against one value: min = max). */
function outside(x: bigint | undefined, min: bigint | undefined, max: bigint | undefined): Direction {
  if (x === undefined || min === undefined || max === undefined) return 'fixed';
  return x < min ? 'small' : x > max ? 'large' : 'fixed';
}

/**
 * Flink's size-dependent failures (spec §7.1–7.2), by the messages the derivation raises: every one
 * is a sum or a remainder checked against a total or a range, so each has one direction.
 */
const RULES: readonly [string, (failure: DerivationFailure) => Direction][] = [
  // T2: metaspace + overhead exceed the process size.
  ['exceed configured Total Process Memory', () => 'small'],
  // T3: the process size is below total Flink + metaspace.
  ['is less than the sum of the derived Total Flink Memory size', () => 'small'],
  // T7, T8: the fixed components exceed total Flink memory.
  ['exceed configured Total Flink Memory', () => 'small'],
  // J4: total Flink memory at most the off-heap size.
  ['is less than the configured Off-heap Memory', () => 'small'],
  // 1.10's underflow where later versions raise T3.
  ['bytes must be >= 0', () => 'small'],
  ['long overflow', () => 'large'],
  // T4: the overhead remainder outside its range.
  [
    'Derived JVM Overhead size',
    (f) => {
      const [x, min, max] = quotedBytes(f.error);
      return outside(x, min, max);
    },
  ],
  // T9: the network remainder outside its range, or unlike the legacy buffer count.
  [
    'but the derived Network Memory is inconsistent',
    (f) => {
      // The range message is the innermost cause (under the prefixed and the unprefixed T9).
      const cause = f.causes?.[f.causes.length - 1] ?? '';
      const [x, a, b] = quotedBytes(cause);
      if (cause.includes('is not in configured Network Memory range')) return outside(x, a, b);
      if (cause.includes('does not match configured Network Memory size')) return outside(x, a, a);
      return 'fixed';
    },
  ],
];

export function direction(failure: DerivationFailure): Direction {
  for (const [needle, rule] of RULES) if (failure.error.includes(needle)) return rule(failure);
  return 'fixed';
}
