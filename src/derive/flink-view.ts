import type { ConfigMap, ConfigValue, Entry } from '../model/index.js';

/** The configuration Flink ends up with: entries applied in order, later ones win. */
export function toConfigMap(entries: readonly Entry[]): ConfigMap {
  const map = new Map<string, ConfigValue>();
  for (const entry of entries) map.set(entry.key, entry.value);
  return map;
}
