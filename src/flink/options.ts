import { type ConfigMap, type ConfigValue, type FlinkVersion, type VersionSince } from '../model/index.js';
import { FlinkError, iae, ice } from './flink-error.js';
import {
  javaDoubleToString,
  parseJavaDouble,
  parseJavaFloat,
  parseJavaInt,
  parseJavaLong,
  JAVA_INT_MAX,
  JAVA_INT_MIN,
} from './java-number.js';
import { MAX_MEMORY_SIZE, memorySizeToString, parseMemorySize } from './memory-size.js';
import { atLeast, JUDGED_VERSIONS } from './versions.js';

export type OptionType = 'memory' | 'float' | 'double' | 'int' | 'long' | 'boolean' | 'string';

/** A typed option value as Flink's getters return it. */
export type OptionValue = bigint | number | boolean | string;

interface OptionRow {
  key: string;
  type: OptionType;
  /** Default as Flink writes it (`128m`, `0.1`, `2048`), per version: `[since, default]`, latest row wins. */
  defaults?: readonly [VersionSince, string | undefined][];
  deprecatedKeys?: readonly string[];
  since?: VersionSince;
  /** First version without the option. */
  removedIn?: VersionSince;
}

const always = (value: string): readonly [VersionSince, string][] => [['1.10', value]];

/** The options of Flink's memory model, with defaults and deprecated keys per version (spec §1). */
const OPTION_ROWS: readonly OptionRow[] = [
  { key: 'taskmanager.memory.process.size', type: 'memory' },
  { key: 'taskmanager.memory.flink.size', type: 'memory' },
  { key: 'taskmanager.memory.framework.heap.size', type: 'memory', defaults: always('128m') },
  { key: 'taskmanager.memory.framework.off-heap.size', type: 'memory', defaults: always('128m') },
  { key: 'taskmanager.memory.task.heap.size', type: 'memory' },
  { key: 'taskmanager.memory.task.off-heap.size', type: 'memory', defaults: always('0') },
  { key: 'taskmanager.memory.managed.size', type: 'memory', deprecatedKeys: ['taskmanager.memory.size'] },
  { key: 'taskmanager.memory.managed.fraction', type: 'float', defaults: always('0.4') },
  {
    key: 'taskmanager.memory.network.min',
    type: 'memory',
    defaults: always('64m'),
    deprecatedKeys: ['taskmanager.network.memory.min'],
  },
  {
    key: 'taskmanager.memory.network.max',
    type: 'memory',
    // FLINK-30472: unbounded from 1.17 on.
    defaults: [
      ['1.10', '1g'],
      ['1.17', String(MAX_MEMORY_SIZE)],
    ],
    deprecatedKeys: ['taskmanager.network.memory.max'],
  },
  {
    key: 'taskmanager.memory.network.fraction',
    type: 'float',
    defaults: always('0.1'),
    deprecatedKeys: ['taskmanager.network.memory.fraction'],
  },
  {
    key: 'taskmanager.memory.jvm-metaspace.size',
    type: 'memory',
    // FLINK-16406 (apache/flink#11300, the 1.10.1 release notes) raised 1.10.0's 96m.
    defaults: [
      ['1.10', '96m'],
      ['1.10.1', '256m'],
    ],
  },
  { key: 'taskmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m') },
  { key: 'taskmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g') },
  { key: 'taskmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1') },
  { key: 'taskmanager.memory.segment-size', type: 'memory', defaults: always('32kb') },
  { key: 'taskmanager.network.numberOfBuffers', type: 'int', defaults: always('2048'), removedIn: '2.0' },
  { key: 'taskmanager.numberOfTaskSlots', type: 'int', defaults: always('1') },
  { key: 'taskmanager.cpu.cores', type: 'double' },
  { key: 'taskmanager.heap.size', type: 'memory', removedIn: '2.0' },
  { key: 'taskmanager.heap.mb', type: 'int', removedIn: '2.0' },
  { key: 'external-resources', type: 'string', since: '1.11' },
  { key: 'jobmanager.memory.process.size', type: 'memory', since: '1.11' },
  { key: 'jobmanager.memory.flink.size', type: 'memory', since: '1.11' },
  { key: 'jobmanager.memory.heap.size', type: 'memory', since: '1.11' },
  { key: 'jobmanager.memory.off-heap.size', type: 'memory', defaults: always('128m'), since: '1.11' },
  { key: 'jobmanager.memory.jvm-metaspace.size', type: 'memory', defaults: always('256m'), since: '1.11' },
  { key: 'jobmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m'), since: '1.11' },
  { key: 'jobmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g'), since: '1.11' },
  { key: 'jobmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1'), since: '1.11' },
  {
    key: 'jobmanager.memory.enable-jvm-direct-memory-limit',
    type: 'boolean',
    defaults: always('false'),
    since: '1.11',
  },
  {
    key: 'jobmanager.heap.size',
    type: 'memory',
    defaults: [
      ['1.10', '1024m'],
      ['1.11', undefined],
    ],
    removedIn: '2.0',
  },
  {
    key: 'jobmanager.heap.mb',
    type: 'int',
    defaults: [
      ['1.10', '1024'],
      ['1.11', undefined],
    ],
    removedIn: '2.0',
  },
  {
    key: 'containerized.heap-cutoff-ratio',
    type: 'float',
    defaults: always('0.25'),
    deprecatedKeys: ['yarn.heap-cutoff-ratio'],
    removedIn: '1.11',
  },
  {
    key: 'containerized.heap-cutoff-min',
    type: 'int',
    defaults: always('600'),
    deprecatedKeys: ['yarn.heap-cutoff-min'],
    removedIn: '1.11',
  },
  // Options the rules read beside the memory model: limit factors (spec §9.4), how managed memory is
  // shared out (§10.3), RocksDB/ForSt memory (§10.1), PyFlink's managed-memory switch.
  {
    key: 'kubernetes.taskmanager.memory.limit-factor',
    type: 'double',
    defaults: always('1.0'),
    since: '1.15',
  },
  {
    key: 'kubernetes.jobmanager.memory.limit-factor',
    type: 'double',
    defaults: always('1.0'),
    since: '1.15',
  },
  {
    key: 'taskmanager.memory.managed.consumer-weights',
    type: 'string',
    defaults: [
      ['1.12', 'DATAPROC:70,PYTHON:30'],
      ['1.13', 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30'],
    ],
    since: '1.12',
  },
  { key: 'state.backend.rocksdb.memory.managed', type: 'boolean', defaults: always('true') },
  { key: 'state.backend.rocksdb.memory.fixed-per-slot', type: 'memory' },
  { key: 'state.backend.rocksdb.memory.fixed-per-tm', type: 'memory' },
  { key: 'state.backend.rocksdb.memory.write-buffer-ratio', type: 'double', defaults: always('0.5') },
  { key: 'state.backend.rocksdb.memory.high-prio-pool-ratio', type: 'double', defaults: always('0.1') },
  { key: 'state.backend.forst.memory.managed', type: 'boolean', defaults: always('true') },
  { key: 'state.backend.forst.memory.fixed-per-slot', type: 'memory' },
  { key: 'state.backend.forst.memory.fixed-per-tm', type: 'memory' },
  { key: 'python.fn-execution.memory.managed', type: 'boolean', defaults: always('true') },
  { key: 'taskmanager.memory.min-segment-size', type: 'memory' },
  { key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size', type: 'memory' },
];

/** One option as a given Flink version defines it. */
export interface OptionDef {
  key: string;
  type: OptionType;
  /** The typed default, absent for options without one. */
  defaultValue?: OptionValue;
  /** The default as `ConfigOption.toString()` prints it (`null` when there is none). */
  defaultText: string;
  /** Keys read when the main key is absent, in order. */
  fallbackKeys: readonly { key: string; deprecated: boolean }[];
}

function typedDefault(type: OptionType, text: string): OptionValue {
  switch (type) {
    case 'memory':
      return parseMemorySize(text);
    case 'float':
      return Math.fround(Number(text));
    case 'double':
      return Number(text);
    case 'int':
      return Number(text);
    case 'long':
      return BigInt(text);
    case 'boolean':
      return text === 'true';
    case 'string':
      return text;
  }
}

function defaultToString(type: OptionType, value: OptionValue | undefined, text: string | undefined): string {
  if (value === undefined || text === undefined) return 'null';
  // Float defaults print as Java's Float.toString, which for these literals is the literal itself.
  return type === 'memory' ? memorySizeToString(value as bigint) : text;
}

function buildRegistry(version: FlinkVersion): ReadonlyMap<string, OptionDef> {
  const registry = new Map<string, OptionDef>();
  for (const row of OPTION_ROWS) {
    if (row.since && !atLeast(version, row.since)) continue;
    if (row.removedIn && atLeast(version, row.removedIn)) continue;
    let text: string | undefined;
    for (const [since, value] of row.defaults ?? []) if (atLeast(version, since)) text = value;
    const defaultValue = text === undefined ? undefined : typedDefault(row.type, text);
    registry.set(row.key, {
      key: row.key,
      type: row.type,
      defaultValue,
      defaultText: defaultToString(row.type, defaultValue, text),
      fallbackKeys: (row.deprecatedKeys ?? []).map((key) => ({ key, deprecated: true })),
    });
  }
  return registry;
}

// Built on first use: start-up should not pay for every version a run does not judge.
const REGISTRIES = new Map<FlinkVersion, ReadonlyMap<string, OptionDef>>();
const NO_OPTIONS: ReadonlyMap<string, OptionDef> = new Map();

/** The memory-related options a Flink version defines, keyed by main key. */
export function optionRegistry(version: FlinkVersion): ReadonlyMap<string, OptionDef> {
  let registry = REGISTRIES.get(version);
  if (!registry) {
    if (!JUDGED_VERSIONS.includes(version)) return NO_OPTIONS;
    REGISTRIES.set(version, (registry = buildRegistry(version)));
  }
  return registry;
}

/** The option by its main key for a version; undefined where that version lacks it. */
export function findOption(version: FlinkVersion, key: string): OptionDef | undefined {
  return optionRegistry(version).get(key);
}

/** The option by its main key; a programming error when the version lacks it. */
export function requireOption(version: FlinkVersion, key: string): OptionDef {
  const option = findOption(version, key);
  if (!option) throw new RangeError(`${key} is not an option of Flink ${version}`);
  return option;
}

/** `ConfigOption.toString()`, as it appears inside two of Flink's messages. */
export function optionToString(option: OptionDef): string {
  const fallbacks = option.fallbackKeys.map((f) => `{key=${f.key}, isDeprecated=${f.deprecated}}`).join(', ');
  return `Key: '${option.key}' , default: ${option.defaultText} (fallback keys: [${fallbacks}])`;
}

/** `rawValue.toString()` in Java: how a raw value appears in messages and typed conversions. */
export function rawText(raw: ConfigValue): string {
  return typeof raw === 'number' ? javaDoubleToString(raw) : String(raw);
}

/** Which key of an option is set in a configuration: the main key, then fallback keys in order. */
export function suppliedKey(config: ConfigMap, option: OptionDef): string | undefined {
  if (config.has(option.key)) return option.key;
  for (const fallback of option.fallbackKeys) if (config.has(fallback.key)) return fallback.key;
  return undefined;
}

const forInputString = (s: string) => new FlinkError('NumberFormatException', `For input string: "${s}"`);

/** Flink's `ConfigurationUtils.convertValue` for one raw value; throws the parser's exception. */
export function convertValue(type: OptionType, raw: ConfigValue): OptionValue {
  switch (type) {
    case 'memory':
      return parseMemorySize(rawText(raw));
    case 'float': {
      if (typeof raw === 'number') {
        const abs = Math.abs(raw);
        if (raw === 0 || (abs >= 2 ** -149 && abs <= 3.4028234663852886e38)) return Math.fround(raw);
        throw iae(`Configuration value ${rawText(raw)} overflows/underflows the float type.`);
      }
      const text = rawText(raw);
      const v = parseJavaFloat(text);
      if (v === undefined) {
        throw text.trim() === ''
          ? new FlinkError('NumberFormatException', 'empty String')
          : forInputString(text);
      }
      return v;
    }
    case 'double': {
      if (typeof raw === 'number') return raw;
      const text = rawText(raw);
      const v = parseJavaDouble(text);
      if (v === undefined) {
        throw text.trim() === ''
          ? new FlinkError('NumberFormatException', 'empty String')
          : forInputString(text);
      }
      return v;
    }
    case 'int': {
      if (typeof raw === 'bigint' && (raw < JAVA_INT_MIN || raw > JAVA_INT_MAX)) {
        throw iae(`Configuration value ${raw} overflows/underflows the integer type.`);
      }
      const text = rawText(raw);
      const v = parseJavaInt(text);
      if (v === undefined) throw forInputString(text);
      return v;
    }
    case 'long': {
      const text = rawText(raw);
      const v = parseJavaLong(text);
      if (v === undefined) throw forInputString(text);
      return v;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const upper = rawText(raw).toUpperCase();
      if (upper === 'TRUE') return true;
      if (upper === 'FALSE') return false;
      throw iae(
        `Unrecognized option for boolean: ${rawText(raw)}. Expected either true or false(case insensitive)`,
      );
    }
    case 'string':
      return rawText(raw);
  }
}

export interface EffectiveOption {
  option: OptionDef;
  /** The typed value Flink would use; undefined when unset without a default. */
  value?: OptionValue;
  /** The key that supplied the value; undefined when the default applies. */
  suppliedBy?: string;
  /** Why Flink would refuse the value (`Could not parse value ...`), when it would. */
  error?: FlinkError;
}

/** The effective value of an option after fallback keys and the default, and which key supplied it. */
export function effectiveOption(
  config: ConfigMap,
  version: FlinkVersion,
  key: string,
): EffectiveOption | undefined {
  const option = findOption(version, key);
  if (!option) return undefined;
  const reader = new OptionReader(config);
  try {
    return { option, value: reader.get(option), suppliedBy: suppliedKey(config, option) };
  } catch (err) {
    if (err instanceof FlinkError) return { option, suppliedBy: suppliedKey(config, option), error: err };
    throw err;
  }
}

/** Reads typed options from a configuration the way `Configuration.get` does. */
export class OptionReader {
  constructor(readonly config: ConfigMap) {}

  /** `Configuration.contains(option)`: the main key or any fallback key is present. */
  contains(option: OptionDef): boolean {
    if (this.config.has(option.key)) return true;
    for (const fallback of option.fallbackKeys) if (this.config.has(fallback.key)) return true;
    return false;
  }

  /** `Configuration.get(option)`; conversion failures as `Could not parse value ...`. */
  get(option: OptionDef): OptionValue | undefined {
    let raw = this.config.get(option.key);
    if (raw === undefined) {
      for (const fallback of option.fallbackKeys) {
        raw = this.config.get(fallback.key);
        if (raw !== undefined) break;
      }
    }
    if (raw === undefined) return option.defaultValue;
    try {
      return convertValue(option.type, raw);
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
      throw iae(`Could not parse value '${rawText(raw)}' for key '${option.key}'.`, err);
    }
  }

  /** `ProcessMemoryUtils.getMemorySizeFromConfig`: any failure becomes `Cannot read memory size ...`. */
  memory(option: OptionDef): bigint {
    try {
      const value = this.get(option);
      if (value === undefined) throw new FlinkError('NullPointerException', `${option.key} is not set`);
      return value as bigint;
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
      throw ice(`Cannot read memory size from config option '${option.key}'.`, err);
    }
  }

  /** Float, int, double and boolean options: their parse failure escapes unwrapped. */
  number(option: OptionDef): number {
    return this.get(option) as number;
  }

  boolean(option: OptionDef): boolean {
    return this.get(option) as boolean;
  }
}
