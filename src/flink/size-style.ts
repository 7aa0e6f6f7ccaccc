import type { ConfigMap, FlinkVersion } from '../model/index.js';
import { memorySizeToString, tryParseMemorySize } from './memory-size.js';
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

/** A size with a unit a file writes, that `sizeLike` can take as its example. */
const usable = (value: unknown): value is string =>
  typeof value === 'string' && /[a-zA-Z]\s*$/.test(value) && tryParseMemorySize(value) !== undefined;

/**
 * The size in `written` that `key`'s size is best written like: the key's own value, else the
 * first memory option of the same process, else the first memory option; sizes with a unit only.
 */
function exampleFor(key: string | undefined, version: FlinkVersion, written: ConfigMap): string | undefined {
  const own = key === undefined ? undefined : written.get(key);
  if (usable(own)) return own;
  const sizes = [...written].filter(
    (e): e is [string, string] => usable(e[1]) && findOption(version, e[0])?.type === 'memory',
  );
  const prefix = key === undefined ? undefined : key.slice(0, key.indexOf('.') + 1);
  return (sizes.find(([k]) => prefix !== undefined && k.startsWith(prefix)) ?? sizes[0])?.[1];
}

/**
 * A value for `key` in the units the configuration writes: like the key's own value, else like the
 * first memory option of the same process it sets, else like its first memory option. Values of
 * other options are returned as given. The one way sizes are written into a file: the solver's
 * fixes, policy fixes and the sentences that describe them (`sizeInSentence`) all come here.
 */
export function sizeInUnitsOf(key: string, value: string, version: FlinkVersion, written: ConfigMap): string {
  if (findOption(version, key)?.type !== 'memory') return value;
  const bytes = tryParseMemorySize(value);
  if (bytes === undefined) return value;
  const example = exampleFor(key, version, written);
  return example === undefined ? value : sizeLike(bytes, example, value);
}

/**
 * A size in a sentence about a config (a finding's message, a fix's description): as the fix's
 * edit of the same size writes it, so that sentence and edit agree, else like the edits' first
 * memory key, else like the config's first memory option; Flink's own spelling (`4 gb`) where the
 * config writes no size with a unit.
 */
export function sizeInSentence(
  bytes: bigint,
  edits: Readonly<Record<string, string | null>>,
  version: FlinkVersion,
  written: ConfigMap,
): string {
  const sized = Object.entries(edits).filter(
    (e): e is [string, string] => e[1] !== null && findOption(version, e[0])?.type === 'memory',
  );
  const same = sized.find(([, v]) => tryParseMemorySize(v) === bytes);
  if (same) return same[1];
  const example = exampleFor(sized[0]?.[0], version, written);
  const flink = memorySizeToString(bytes);
  return example === undefined ? flink : sizeLike(bytes, example, flink);
}
