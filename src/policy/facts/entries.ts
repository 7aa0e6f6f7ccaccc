import { findOption, javaDoubleToString, legacyKeyReading, type LegacyReading } from '../../flink/index.js';
import type {
  ConfigMap,
  ConfigValue,
  Deployment,
  Entry,
  EntryFacts,
  FlinkVersion,
  LegacyFacts,
  MemoryValueFacts,
  ValueType,
} from '../../model/index.js';
import { memoryValueFacts } from './memory-values.js';
import { optionType } from './options.js';

/** What the entries of a config are, each and by key. */
export interface ConfigEntries {
  /** The value Flink sees of each key: the last entry that nothing replaced. */
  byKey: Record<string, EntryFacts>;
  /** Every written entry, overridden ones included. */
  list: EntryFacts[];
}

/** What a config's entries say, read against the version and mode that run them. */
export function entriesFacts(
  entries: readonly Entry[],
  version: FlinkVersion,
  deployment: Deployment,
  view: ConfigMap,
  env: Readonly<Record<string, string>>,
  file?: string,
): ConfigEntries {
  const byKey: Record<string, EntryFacts> = {};
  const list: EntryFacts[] = [];
  const written = new Map<string, number>();
  for (const entry of entries)
    written.set(entry.key, (written.get(entry.key) ?? 0) + (entry.origin === 'file' ? 1 : 0));
  for (const entry of entries) {
    const value = valueText(entry.value);
    const facts: EntryFacts = {
      key: entry.key,
      value,
      type: valueType(entry.value),
      line: entry.location.line,
      column: entry.location.column,
      ...(file !== undefined && entry.location.file !== file ? { file: entry.location.file } : {}),
      origin: entry.origin,
      overridden: entry.overriddenBy !== undefined,
      duplicate: (written.get(entry.key) ?? 0) > 1,
      unresolved: entry.unresolved === true,
      memory:
        optionType(entry.key, version) === 'memory' && !entry.unresolved
          ? sizeFacts(entry.key, value, version)
          : undefined,
    };
    const legacy = legacyKeyReading(entry.key, value, version, deployment, view, env);
    if (legacy) {
      facts.legacy = legacyFacts(legacy, entry.key);
      if (legacy.successor && legacy.reading !== 'ignored') facts.replacedBy = legacy.successor;
    }
    list.push(facts);
    if (!entry.overriddenBy || !byKey[entry.key]) byKey[entry.key] = facts;
  }
  return { byKey, list };
}

/** Smaller than this, an option's default says its sizes are bytes (`taskmanager.memory.segment-size: 32kb`). */
const BYTE_SCALE = 1n << 20n;

/** A memory size as Flink reads it; a bare number is a forgotten unit only for options sized in MiB or more. */
function sizeFacts(key: string, value: string, version: FlinkVersion): MemoryValueFacts {
  const facts = memoryValueFacts(value);
  const fallback = findOption(version, key)?.defaultValue;
  if (facts.missingUnit && typeof fallback === 'bigint' && fallback > 0n && fallback < BYTE_SCALE) {
    facts.missingUnit = false;
    delete facts.suggested;
  }
  return facts;
}

function legacyFacts(legacy: LegacyReading, key: string): LegacyFacts {
  const facts: LegacyFacts = { reading: legacy.reading, effect: effect(legacy, key) };
  if (legacy.readAs) facts.readAs = legacy.readAs;
  if (legacy.because) facts.because = legacy.because;
  return facts;
}

function effect(legacy: LegacyReading, key: string): string {
  switch (legacy.reading) {
    case 'read':
      return 'still reads it';
    case 'read-as':
      return /\.heap\.(size|mb)$/.test(key)
        ? `reads it as ${legacy.readAs} for this deployment`
        : `reads it as ${legacy.readAs}, under its old name`;
    case 'ignored':
      return `ignores it (${legacy.because})`;
    case 'removed':
      return 'no longer reads it';
  }
}

export function valueText(value: ConfigValue): string {
  if (typeof value === 'number') return javaDoubleToString(value);
  return String(value);
}

function valueType(value: ConfigValue): ValueType {
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
