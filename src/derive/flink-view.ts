import type { ConfigMap, ConfigValue, Entry, FlinkConfig } from '../model/index.js';

/** The entries Flink applies, in order: the base file, then the config's own; placeholders left out. */
export function effectiveEntries(config: FlinkConfig): Entry[] {
  return [...(config.base?.entries ?? []), ...config.entries].filter((e) => !e.unresolved);
}

/** The configuration Flink ends up with: entries applied in order, later ones win. */
export function toConfigMap(entries: readonly Entry[]): ConfigMap {
  const map = new Map<string, ConfigValue>();
  for (const entry of entries) map.set(entry.key, entry.value);
  return map;
}

/** What Flink sees of a config: its effective entries as one configuration. */
export function flinkView(config: FlinkConfig): ConfigMap {
  return toConfigMap(effectiveEntries(config));
}
