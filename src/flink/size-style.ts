import type { ConfigMap, FlinkVersion } from '../model/index.js';
import { tryParseMemorySize } from './memory-size.js';
import { findOption } from './options.js';

/** Flink's binary units by power of 1024 (`MemorySize.MemoryUnit`), each spelling it accepts. */
const POWERS: Readonly<Record<string, number>> = {
  b: 0,
  bytes: 0,
  k: 1,
  kb: 1,
  kibibytes: 1,
  m: 2,
  mb: 2,
  mebibytes: 2,
  g: 3,
  gb: 3,
  gibibytes: 3,
  t: 4,
  tb: 4,
  tebibytes: 4,
};
/** The same unit at another power, spelled the way the example spells its own. */
const FAMILIES: readonly (readonly string[])[] = [
  ['b', 'k', 'm', 'g', 't'],
  ['bytes', 'kb', 'mb', 'gb', 'tb'],
  ['bytes', 'kibibytes', 'mebibytes', 'gibibytes', 'tebibytes'],
];
/** Kubernetes binary suffixes by power of 1024 (`resource.memory` takes them too). */
const KUBERNETES = ['', 'Ki', 'Mi', 'Gi', 'Ti'];

function caseLike(unit: string, example: string): string {
  return example !== '' && example === example.toUpperCase() ? unit.toUpperCase() : unit;
}

/**
 * A size written like `example` (a value as the user wrote it): the same unit where it divides the
 * size, else the same family one step down until one does, with the example's spacing and case.
 * Kubernetes quantities (`4Gi`) stay Kubernetes quantities. Without a usable example: `sizeValue`'s
 * `3072m`. The result always reads back, with `MemorySize.parse`, as exactly `bytes`.
 */
export function sizeLike(bytes: bigint, example: string | undefined, fallback: string): string {
  const text = example?.trim() ?? '';
  const k8s = /^\d+(Ki|Mi|Gi|Ti)$/.exec(text);
  if (k8s) {
    for (let power = KUBERNETES.indexOf(k8s[1]); power >= 1; power--) {
      const unit = 1024n ** BigInt(power);
      if (bytes % unit === 0n) return `${bytes / unit}${KUBERNETES[power]}`;
    }
    return fallback;
  }
  const flink = /^(\d+)(\s*)([a-zA-Z]+)$/.exec(text);
  if (!flink || tryParseMemorySize(text) === undefined) return fallback;
  const [, , space, written] = flink;
  const lower = written.toLowerCase();
  const family = FAMILIES.find((f) => f.includes(lower)) ?? FAMILIES[0];
  for (let power = POWERS[lower]; power >= 0; power--) {
    const unit = 1024n ** BigInt(power);
    if (bytes % unit !== 0n) continue;
    const out = `${bytes / unit}${space}${caseLike(family[power], written)}`;
    return tryParseMemorySize(out) === bytes ? out : fallback;
  }
  return fallback;
}

/**
 * A value for `key` in the units the configuration writes: like the key's own value, else like the
 * first memory option of the same process it sets. Values of other options are returned as given.
 */
export function sizeInUnitsOf(key: string, value: string, version: FlinkVersion, written: ConfigMap): string {
  if (findOption(version, key)?.type !== 'memory') return value;
  const bytes = tryParseMemorySize(value);
  if (bytes === undefined) return value;
  const own = written.get(key);
  if (typeof own === 'string') return sizeLike(bytes, own, value);
  const prefix = key.slice(0, key.indexOf('.') + 1);
  for (const [k, v] of written) {
    if (typeof v !== 'string' || !k.startsWith(prefix) || findOption(version, k)?.type !== 'memory') continue;
    if (tryParseMemorySize(v) !== undefined) return sizeLike(bytes, v, value);
  }
  return value;
}
