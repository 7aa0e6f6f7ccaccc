import type { ConfigMap, ConfigValue } from '../model/config-value.js';
import type { OptionFacts } from '../model/facts.js';
import type { FlinkVersion } from '../model/flink-version.js';
import { FlinkError } from '../flink/flink-error.js';
import {
  convertValue,
  findOption,
  OptionReader,
  optionRegistry,
  rawText,
  suppliedKey,
  type OptionType,
  type OptionValue,
} from '../flink/options.js';

/**
 * Options rules need beside Flink's memory model (which the option registry holds): limit factors
 * (spec §9.4), RocksDB/ForSt memory (§10.1) and PyFlink's managed-memory switch.
 */
const EXTRA_OPTIONS: ReadonlyArray<{ key: string; type: OptionType; default?: string }> = [
  { key: 'kubernetes.taskmanager.memory.limit-factor', type: 'double', default: '1.0' },
  { key: 'kubernetes.jobmanager.memory.limit-factor', type: 'double', default: '1.0' },
  { key: 'state.backend.rocksdb.memory.managed', type: 'boolean', default: 'true' },
  { key: 'state.backend.rocksdb.memory.fixed-per-slot', type: 'memory' },
  { key: 'state.backend.rocksdb.memory.fixed-per-tm', type: 'memory' },
  { key: 'state.backend.rocksdb.memory.write-buffer-ratio', type: 'double', default: '0.5' },
  { key: 'state.backend.rocksdb.memory.high-prio-pool-ratio', type: 'double', default: '0.1' },
  { key: 'state.backend.forst.memory.managed', type: 'boolean', default: 'true' },
  { key: 'state.backend.forst.memory.fixed-per-slot', type: 'memory' },
  { key: 'state.backend.forst.memory.fixed-per-tm', type: 'memory' },
  { key: 'python.fn-execution.memory.managed', type: 'boolean', default: 'true' },
  { key: 'taskmanager.memory.min-segment-size', type: 'memory' },
  { key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size', type: 'memory' },
];
const EXTRA_BY_KEY = new Map(EXTRA_OPTIONS.map((o) => [o.key, o]));

/** The type of the option behind a key (its own, or the option it is a deprecated key of). */
export function optionType(key: string, version: FlinkVersion): OptionType | undefined {
  const own = findOption(version, key)?.type ?? EXTRA_BY_KEY.get(key)?.type;
  if (own) return own;
  for (const option of optionRegistry(version).values()) {
    if (option.fallbackKeys.some((f) => f.key === key)) return option.type;
  }
  return undefined;
}

function typed(fact: OptionFacts, value: OptionValue | undefined): OptionFacts {
  if (typeof value === 'bigint') fact.bytes = Number(value);
  else if (typeof value === 'number') fact.number = value;
  return fact;
}

/** Effective value of every option rules may read: main key, fallback keys, then the default. */
export function optionFacts(config: ConfigMap, version: FlinkVersion): Record<string, OptionFacts> {
  const out: Record<string, OptionFacts> = {};
  const defaults = defaultFacts(version);
  const reader = new OptionReader(config);
  for (const [key, option] of optionRegistry(version)) {
    const by = suppliedKey(config, option);
    if (by === undefined) {
      const fact = defaults.get(key);
      if (fact) out[key] = fact;
      continue;
    }
    let typedValue: OptionValue | undefined;
    try {
      typedValue = reader.get(option);
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
    }
    const source = by === key ? 'explicit' : 'fallback';
    out[key] = typed({ value: rawText(config.get(by)!), source, key: by }, typedValue);
  }
  for (const option of EXTRA_OPTIONS) {
    const raw = config.get(option.key);
    if (raw === undefined) {
      const fact = defaults.get(option.key);
      if (fact) out[option.key] = fact;
      continue;
    }
    out[option.key] = typed(
      { value: rawText(raw), source: 'explicit', key: option.key },
      converted(option.type, raw),
    );
  }
  return out;
}

function converted(type: OptionType, value: ConfigValue): OptionValue | undefined {
  try {
    return convertValue(type, value);
  } catch {
    return undefined;
  }
}

/**
 * The facts of options a config leaves at their default: the same for every config of a version,
 * so built once and shared (facts are read, never changed).
 */
const DEFAULT_FACTS = new Map<FlinkVersion, ReadonlyMap<string, OptionFacts>>();

function defaultFacts(version: FlinkVersion): ReadonlyMap<string, OptionFacts> {
  let facts = DEFAULT_FACTS.get(version);
  if (facts) return facts;
  const built = new Map<string, OptionFacts>();
  for (const [key, option] of optionRegistry(version)) {
    if (option.defaultValue === undefined) continue;
    built.set(
      key,
      typed({ value: option.defaultText, source: 'default', key: undefined }, option.defaultValue),
    );
  }
  for (const option of EXTRA_OPTIONS) {
    if (option.default === undefined) continue;
    built.set(
      option.key,
      typed({ value: option.default, source: 'default' }, converted(option.type, option.default)),
    );
  }
  DEFAULT_FACTS.set(version, (facts = built));
  return facts;
}
