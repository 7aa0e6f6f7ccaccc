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
  const reader = new OptionReader(config);
  for (const [key, option] of optionRegistry(version)) {
    const by = suppliedKey(config, option);
    const raw: ConfigValue | undefined = by === undefined ? undefined : config.get(by);
    const value =
      raw !== undefined ? rawText(raw) : option.defaultValue !== undefined ? option.defaultText : undefined;
    if (value === undefined) continue;
    let typedValue: OptionValue | undefined;
    try {
      typedValue = reader.get(option);
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
    }
    const source = by === undefined ? 'default' : by === key ? 'explicit' : 'fallback';
    out[key] = typed({ value, source, key: by }, typedValue);
  }
  for (const option of EXTRA_OPTIONS) {
    const raw = config.get(option.key);
    const text = raw !== undefined ? rawText(raw) : option.default;
    if (text === undefined) continue;
    const fact: OptionFacts = { value: text, source: raw !== undefined ? 'explicit' : 'default' };
    if (raw !== undefined) fact.key = option.key;
    let value: OptionValue | undefined;
    try {
      value = convertValue(option.type, raw ?? text);
    } catch {
      value = undefined;
    }
    out[option.key] = typed(fact, value);
  }
  return out;
}
