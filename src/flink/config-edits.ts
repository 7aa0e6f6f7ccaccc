import type { ConfigMap, ConfigValue } from '../model/index.js';

const MIB = 1n << 20n;

/** A size as a configuration value: whole MiB as `3072m`, anything else as exact bytes (`123b`). */
export function sizeValue(bytes: bigint): string {
  if (bytes === 0n) return '0';
  return bytes % MIB === 0n ? `${bytes / MIB}m` : `${bytes}b`;
}

/** Keys to set and remove, each with the sentence that says why. */
export class Edits {
  readonly set = new Map<string, string>();
  readonly remove = new Set<string>();
  readonly why = new Map<string, string>();

  put(key: string, value: string, why: string): void {
    this.remove.delete(key);
    this.set.set(key, value);
    this.why.set(key, why);
  }

  drop(key: string, why: string): void {
    this.set.delete(key);
    this.remove.add(key);
    this.why.set(key, why);
  }

  /** Whether this plan writes or deletes the key. */
  touches(key: string): boolean {
    return this.set.has(key) || this.remove.has(key);
  }

  copy(): Edits {
    const next = new Edits();
    for (const [k, v] of this.set) next.set.set(k, v);
    for (const k of this.remove) next.remove.add(k);
    for (const [k, v] of this.why) next.why.set(k, v);
    return next;
  }

  /** The configuration with the edits applied: removals first, then writes. */
  apply(config: ConfigMap): ConfigMap {
    const out = new Map<string, ConfigValue>(config);
    for (const key of this.remove) out.delete(key);
    for (const [key, value] of this.set) out.set(key, value);
    return out;
  }
}
