import type { ConfigMap, DerivationFailure, JobManagerResult, TaskManagerResult } from '../../model/index.js';
import { MAX_MEMORY_SIZE } from '../memory-size.js';
import { direction } from './direction.js';
import type { SizingPlan } from './plan.js';

export const MIB = 1n << 20n;
/** The largest process size Flink can represent, in whole MiB. */
const MAX_MIB = MAX_MEMORY_SIZE / MIB;

/**
 * A process size tried with the real derivation. `below`: Flink refuses it as too small or it
 * misses a target; `above`: refused as too large; `fixed`: refused whatever the size.
 */
export interface Probe {
  mib: bigint;
  config: ConfigMap;
  result: TaskManagerResult | JobManagerResult;
  state: 'good' | 'below' | 'above' | 'fixed';
  /** Flink's message, or the targets missed. */
  problem?: string;
}

/** Derives the plan at one process size (cached: the searches ask for some sizes twice). */
export class Prober {
  private readonly cache = new Map<bigint, Probe>();
  derivations = 0;

  constructor(readonly plan: SizingPlan) {}

  at(mib: bigint): Probe {
    let probe = this.cache.get(mib);
    if (!probe) {
      probe = this.derive(mib);
      this.cache.set(mib, probe);
    }
    return probe;
  }

  private derive(mib: bigint): Probe {
    const { plan } = this;
    const edits = plan.edits.copy();
    edits.put(plan.processKey, `${mib}m`, '');
    const config = edits.apply(plan.base);
    const result = plan.derive(config);
    this.derivations++;
    if (result.ok) {
      const missed = plan.misses(result);
      return missed.length === 0
        ? { mib, config, result, state: 'good' }
        : { mib, config, result, state: 'below', problem: missed.join('; ') };
    }
    if ('unsupported' in result) return { mib, config, result, state: 'fixed', problem: result.reason };
    const way = direction(result);
    const state = way === 'small' ? 'below' : way === 'large' ? 'above' : 'fixed';
    return { mib, config, result, state, problem: failureText(result) };
  }
}

/** Flink's message, with the innermost cause where the message alone does not say what is wrong. */
function failureText(failure: DerivationFailure): string {
  const innermost = failure.causes?.[failure.causes.length - 1];
  const cause = innermost?.slice(innermost.indexOf(': ') + 2);
  if (!cause || failure.error.includes(cause)) return failure.error;
  return `${failure.error.replace(/\.$/, '')} (${cause.replace(/\.$/, '')})`;
}

/** The first size in (lo, hi] that is not `below`, given that lo is below (or 0) and hi is not. */
function firstNotBelow(prober: Prober, lo: bigint, hi: bigint): Probe {
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (prober.at(mid).state === 'below') lo = mid;
    else hi = mid;
  }
  return prober.at(hi);
}

/**
 * The smallest good size. The states run below… good… above… along the size (each failure and
 * each target is monotone in it), so a doubling search brackets the end of `below` and a binary
 * search finds it; that size is the answer if it is good, and proves there is none otherwise.
 */
export function smallestGood(prober: Prober): Probe {
  let lo = 0n;
  let mib = 1n;
  while (mib < MAX_MIB) {
    const probe = prober.at(mib);
    if (probe.state === 'fixed') return probe;
    if (probe.state !== 'below') return firstNotBelow(prober, lo, mib);
    lo = mib;
    mib *= 2n;
  }
  const last = prober.at(MAX_MIB);
  return last.state === 'below' ? last : firstNotBelow(prober, lo, MAX_MIB);
}

/** The largest good size up to `cap`; the probe that says why not where there is none. */
export function largestGood(prober: Prober, cap: bigint): Probe {
  const top = prober.at(cap);
  if (top.state !== 'above') return top;
  // Bracket the start of `above`: 1 MiB is at worst too small (spec §7: overhead alone is larger).
  let lo = 1n;
  if (prober.at(lo).state === 'above') return prober.at(lo);
  let hi = cap;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (prober.at(mid).state === 'above') hi = mid;
    else lo = mid;
  }
  return prober.at(lo);
}
