import type { ProcessName } from '../model/breakdown.js';
import type { ConfigValue } from '../model/config-value.js';
import type { ConfigResult } from '../model/report.js';
import type { Entry, FlinkConfig } from '../model/flink-config.js';
import {
  FACTS_VERSION,
  type EntryFacts,
  type Facts,
  type JavaOptFlag,
  type MemoryValueFacts,
  type OptionFacts,
  type ProcessFacts,
  type StateBackendFacts,
  type ValueType,
} from '../model/facts.js';
import { javaDoubleToString, parseJavaDouble, parseJavaInt } from '../flink/java-number.js';
import { memorySizeToString, parseMemorySize } from '../flink/memory-size.js';
import { optionFacts, optionType } from './flink-options.js';
import { quantityBytes } from '../sources/kubernetes-quantity.js';

type Scalar = string | number | boolean;

/** What the settings add to a config's context: a container limit where the repository has none. */
export interface FactsContext {
  parameters?: Record<string, Scalar>;
}

/** Builds the Facts document of one config. Pure; called once per config per run. */
export function buildFacts(result: ConfigResult, context: FactsContext = {}): Facts {
  const { config } = result;
  const version = config.flinkVersion;
  const versionCode = versionCodeOf(version);
  const entries: Record<string, EntryFacts> = {};
  const entryList: EntryFacts[] = [];
  const seen = new Map<string, number>();
  for (const entry of config.entries)
    seen.set(entry.key, (seen.get(entry.key) ?? 0) + (entry.origin === 'file' ? 1 : 0));
  for (const entry of config.entries) {
    const facts = entryFacts(
      entry,
      (seen.get(entry.key) ?? 0) > 1,
      optionType(entry.key, version) === 'memory',
      config.deployment,
    );
    entryList.push(facts);
    // The value Flink sees: the last entry that nothing replaced.
    if (!entry.overriddenBy || !entries[entry.key]) entries[entry.key] = facts;
  }
  // The image's default configuration comes first; the config's own entries are applied on top.
  const values = effectiveValues([...(config.base?.entries ?? []), ...config.entries]);
  const options = optionFacts(values, version);
  const slots = intOption(options['taskmanager.numberOfTaskSlots'], 1);
  const sizing = sizingKeys(config);
  const taskmanager = processFacts('taskmanager', result, options, entries, entryList, sizing, context);
  const jobmanager = processFacts('jobmanager', result, options, entries, entryList, sizing, context);
  const managed = taskmanager.memory?.managed;
  const stateBackend = stateBackendFacts(values, versionCode, slots);
  const python = pythonFacts(config, values);
  const batch = String(values.get('execution.runtime-mode') ?? '').toUpperCase() === 'BATCH';
  const consumers = [
    ...(stateBackend.usesManagedMemory ? ['STATE_BACKEND'] : []),
    ...(python.detected ? ['PYTHON'] : []),
    ...(batch ? ['OPERATOR'] : []),
  ];
  let totalMemory = 0;
  for (const p of [taskmanager, jobmanager]) {
    if (p.present && p.memory) totalMemory += p.memory.totalProcess * (p.replicas ?? 1);
  }
  return {
    factsVersion: FACTS_VERSION,
    config: {
      id: config.id,
      file: config.file,
      line: config.line,
      column: config.column,
      kind: config.kind,
      name: config.name,
      flinkVersion: version,
      versionCode,
      flinkVersionSource: config.flinkVersionSource,
      deployment: config.deployment,
      processes: config.processes,
      image: config.image,
      annotations: config.annotations ?? {},
      totalMemory,
    },
    entries,
    entryList,
    options,
    taskmanager,
    jobmanager,
    stateBackend,
    slots,
    managedPerSlot: managed !== undefined && slots > 0 ? Math.floor(managed / slots) : undefined,
    runtimeMode: String(values.get('execution.runtime-mode') ?? 'STREAMING').toUpperCase(),
    batch,
    python,
    managedWeights: weightFacts(values, versionCode, consumers),
    env: config.env ?? {},
    allocator: allocatorFacts(config, values, versionCode),
    problems: config.problems.map((p) => ({
      code: p.code,
      message: p.message,
      line: p.location.line,
      column: p.location.column,
    })),
  };
}

function versionText(code: number): string {
  return `${Math.floor(code / 100)}.${code % 100}`;
}

/** 1.17 → 117, 2.0 → 200: version ranges as plain numbers for `minimum`/`maximum`. */
export function versionCodeOf(version: string): number {
  const [major, minor] = version.split('.').map(Number);
  return major * 100 + minor;
}

function valueText(value: ConfigValue): string {
  if (typeof value === 'number') return javaDoubleToString(value);
  return String(value);
}

function valueType(value: ConfigValue): ValueType {
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function entryFacts(entry: Entry, duplicate: boolean, isMemory: boolean, deployment: string): EntryFacts {
  const value = valueText(entry.value);
  const facts: EntryFacts = {
    key: entry.key,
    value,
    type: valueType(entry.value),
    line: entry.location.line,
    column: entry.location.column,
    origin: entry.origin,
    overridden: entry.overriddenBy !== undefined,
    duplicate,
    unresolved: entry.unresolved === true,
    memory: isMemory && !entry.unresolved ? memoryValueFacts(value) : undefined,
  };
  const replacedBy = replacementOf(entry.key, deployment);
  if (replacedBy)
    facts.replacedBy = { key: replacedBy, value: entry.key.endsWith('.mb') ? `${value}m` : value };
  return facts;
}

/** Keys of Flink's old memory model and the options that replaced them (mem_migration.md). */
const REPLACED_KEYS: Record<string, string> = {
  'taskmanager.network.memory.min': 'taskmanager.memory.network.min',
  'taskmanager.network.memory.max': 'taskmanager.memory.network.max',
  'taskmanager.network.memory.fraction': 'taskmanager.memory.network.fraction',
  'taskmanager.memory.size': 'taskmanager.memory.managed.size',
  'taskmanager.memory.fraction': 'taskmanager.memory.managed.fraction',
};
/** The legacy heap keys size Total Flink memory in standalone clusters, Total Process memory in containers Flink starts. */
const LEGACY_HEAP = /^(taskmanager|jobmanager)\.heap\.(size|mb)$/;

function replacementOf(key: string, deployment: string): string | undefined {
  const heap = LEGACY_HEAP.exec(key);
  if (!heap) return REPLACED_KEYS[key];
  return `${heap[1]}.memory.${deployment === 'standalone' ? 'flink' : 'process'}.size`;
}

const KUBERNETES_BINARY = /^\s*[0-9.]+\s*[KMGTPE]i[Bb]?\s*$/;
const DECIMAL_STYLE = /^\s*\d+\s*[KMGTPE]\s*$/;
/** A Kubernetes quantity with a decimal suffix (`4G`, `500M`, `100k`). */
const KUBERNETES_DECIMAL = /^\s*[0-9.]+\s*[kMGTPE]\s*$/;
/** Up to this many bytes, a bare number is a missing unit rather than a size in bytes. */
const MISSING_UNIT_MAX_BYTES = 1 << 20;

export function memoryValueFacts(text: string): MemoryValueFacts {
  const facts: MemoryValueFacts = {
    valid: true,
    unitless: /^\s*\d+\s*$/.test(text),
    kubernetesUnit: KUBERNETES_BINARY.test(text),
    decimalStyleUnit: DECIMAL_STYLE.test(text),
    missingUnit: false,
  };
  try {
    facts.bytes = Number(parseMemorySize(text));
  } catch (err) {
    facts.valid = false;
    facts.error = (err as Error).message;
  }
  facts.missingUnit =
    facts.unitless && facts.bytes !== undefined && facts.bytes > 0 && facts.bytes <= MISSING_UNIT_MAX_BYTES;
  const suggested = facts.missingUnit
    ? BigInt(text.trim()) * MIB
    : facts.valid
      ? undefined
      : meantBytes(text);
  if (suggested !== undefined) facts.suggested = memorySizeToString(suggested);
  return facts;
}

const MIB = 1n << 20n;
const BINARY_UNITS: Record<string, number> = { k: 10, m: 20, g: 30, t: 40 };

/** `512Mi`, `1.5g`, `2 gigabytes`: the whole number of bytes a binary unit (by its first letter) means. */
function meantBytes(text: string): bigint | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([kmgt])[a-z]*\s*$/i.exec(text);
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  const scaled = BigInt(m[1] + fraction) << BigInt(BINARY_UNITS[m[3].toLowerCase()]);
  const divisor = 10n ** BigInt(fraction.length);
  return scaled % divisor === 0n ? scaled / divisor : undefined;
}

/** Key → the value Flink sees (the last entry that nothing replaced). */
function effectiveValues(entries: readonly Entry[]): Map<string, ConfigValue> {
  const values = new Map<string, ConfigValue>();
  for (const e of entries) if (!e.overriddenBy || !values.has(e.key)) values.set(e.key, e.value);
  return values;
}

function intOption(option: OptionFacts | undefined, fallback: number): number {
  if (!option) return fallback;
  return option.number ?? parseJavaInt(option.value) ?? fallback;
}

/** The same objects, keyed without the process prefix. */
function withoutPrefix<T>(record: Record<string, T>, prefix: ProcessPrefix): Record<string, T> {
  const names = SHORT_NAMES[prefix];
  const out: Record<string, T> = {};
  for (const key in record) {
    let name = names.get(key);
    if (name === undefined) {
      name = key.startsWith(prefix) ? key.slice(prefix.length) : '';
      if (names.size < MAX_SHORT_NAMES) names.set(key, name);
    }
    if (name) out[name] = record[key];
  }
  return out;
}

type ProcessPrefix = `${ProcessName}.`;
/** Keys without their process prefix ('' for another process's key): the same few hundred keys recur in every config. */
const MAX_SHORT_NAMES = 10_000;
const SHORT_NAMES: Record<ProcessPrefix, Map<string, string>> = {
  'taskmanager.': new Map(),
  'jobmanager.': new Map(),
};

function toNumber(value: bigint | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * Keys that size a process: a config that sets none of them is a fragment, not judged on its own.
 * The legacy heap keys count only while Flink reads them (up to 1.20): from 2.0 on they are
 * removed keys, which `removed-memory-key` reports, not a size that fails.
 */
const SIZE_KEYS: Record<ProcessName, ReadonlyArray<{ key: string; until?: number }>> = {
  taskmanager: [
    { key: 'taskmanager.memory.process.size' },
    { key: 'taskmanager.memory.flink.size' },
    { key: 'taskmanager.memory.task.heap.size' },
    { key: 'taskmanager.heap.size', until: 120 },
    { key: 'taskmanager.heap.mb', until: 120 },
  ],
  jobmanager: [
    { key: 'jobmanager.memory.process.size' },
    { key: 'jobmanager.memory.flink.size' },
    { key: 'jobmanager.memory.heap.size' },
    { key: 'jobmanager.heap.size', until: 120 },
    { key: 'jobmanager.heap.mb', until: 120 },
  ],
};

function sizes(name: ProcessName, versionCode: number, keys: ReadonlySet<string>): boolean {
  return SIZE_KEYS[name].some((k) => keys.has(k.key) && versionCode <= (k.until ?? Infinity));
}

/** Keys of the entries Flink applies (the image's default file too), without placeholders and replaced ones. */
function sizingKeys(config: FlinkConfig): Set<string> {
  const keys = new Set<string>();
  for (const entries of [config.base?.entries ?? [], config.entries])
    for (const e of entries) if (!e.unresolved && !e.overriddenBy) keys.add(e.key);
  return keys;
}

function processFacts(
  name: ProcessName,
  result: ConfigResult,
  options: Record<string, OptionFacts>,
  entries: Record<string, EntryFacts>,
  entryList: EntryFacts[],
  sizing: ReadonlySet<string>,
  context: FactsContext,
): ProcessFacts {
  const { config, breakdown } = result;
  const derived = breakdown[name];
  const prefix: ProcessPrefix = `${name}.`;
  const facts: ProcessFacts = {
    name,
    label: name === 'taskmanager' ? 'TaskManager' : 'JobManager',
    specName: name === 'taskmanager' ? 'taskManager' : 'jobManager',
    options: withoutPrefix(options, prefix),
    entries: withoutPrefix(entries, prefix),
    overridden: entryList.filter((e) => e.overridden && e.key.startsWith(prefix)),
    sizeMistakes: Object.values(entries)
      .filter((e) => e.key.startsWith(prefix) && e.memory && (!e.memory.valid || e.memory.missingUnit))
      .map((e) => e.key),
    present: config.processes.includes(name),
    sized: sizes(name, versionCodeOf(config.flinkVersion), sizing),
    unresolved: config.entries.some(
      (e) => e.unresolved && e.key.startsWith(prefix) && optionType(e.key, config.flinkVersion) === 'memory',
    ),
    operatorMemory: config.entries.some(
      (e) => e.origin === 'operator' && e.key === `${name}.memory.process.size` && !e.overriddenBy,
    ),
    ok: derived.ok,
    unsupported: !derived.ok && 'unsupported' in derived,
    replicas: config.replicas?.[name],
    javaOptsMemoryFlags: javaOptsFlags(name, config, entries),
  };
  if (derived.ok) {
    const memory: Record<string, number> = {};
    for (const [k, v] of Object.entries(derived.memory)) memory[k] = Number(v as bigint);
    facts.memory = memory;
    facts.jvm = {
      heap: Number(derived.jvm.heap),
      directMemory: toNumber(derived.jvm.directMemory),
      metaspace: Number(derived.jvm.metaspace),
    };
    if (name === 'taskmanager') facts.nativeBudget = facts.memory.taskOffHeap + facts.memory.managed;
    for (const f of facts.javaOptsMemoryFlags) f.flinkBytes = facts.jvm[JVM_FIELD_OF_FLAG[f.flag]];
  } else if ('errorType' in derived) {
    facts.error = derived.error;
    facts.errorType = derived.errorType;
  } else if (derived.error) {
    facts.error = derived.error;
  }
  const template = config.podTemplateLimits?.[name];
  if (template)
    facts.podTemplateLimit = {
      bytes: Number(template.bytes),
      text: template.text,
      source: template.source,
      line: template.location?.line,
      decimalUnit: KUBERNETES_DECIMAL.test(template.text),
    };
  const limit = config.container[name];
  if (limit) {
    facts.container = {
      bytes: Number(limit.bytes),
      text: limit.text,
      source: limit.source,
      line: limit.location?.line,
      requestBytes: toNumber(limit.requestBytes),
      decimalUnit: KUBERNETES_DECIMAL.test(limit.text),
    };
  } else {
    const text = context.parameters?.[`containerMemory.${name}`] ?? context.parameters?.containerMemory;
    const bytes = text === undefined ? undefined : quantityBytes(String(text));
    if (bytes !== undefined)
      facts.container = {
        bytes: Number(bytes),
        text: String(text),
        source: 'settings',
        decimalUnit: KUBERNETES_DECIMAL.test(String(text)),
      };
  }
  if (facts.container && facts.memory && facts.container.bytes > 0) {
    facts.processToLimit = facts.memory.totalProcess / facts.container.bytes;
  }
  const factor = options[`kubernetes.${name}.memory.limit-factor`];
  if (factor) facts.limitFactor = factor.number ?? parseJavaDouble(factor.value);
  return facts;
}

/** Where JVM options come from, per process, and whether they land after Flink's own flags. */
const JAVA_OPTS_KEYS: Record<ProcessName, string[]> = {
  taskmanager: [
    'env.java.opts',
    'env.java.opts.all',
    'env.java.default-opts.all',
    'env.java.opts.taskmanager',
    'env.java.default-opts.taskmanager',
  ],
  jobmanager: [
    'env.java.opts',
    'env.java.opts.all',
    'env.java.default-opts.all',
    'env.java.opts.jobmanager',
    'env.java.default-opts.jobmanager',
  ],
};
/** Environment variables: `FLINK_ENV_JAVA_OPTS` comes after Flink's flags; the others before. */
const JAVA_OPTS_ENV: Record<string, boolean> = {
  FLINK_ENV_JAVA_OPTS: true,
  JVM_ARGS: false,
  JAVA_TOOL_OPTIONS: false,
  JAVA_OPTS: false,
};
/** The JVM limit each memory flag sets, as Flink computes it. */
const JVM_FIELD_OF_FLAG: Record<string, 'heap' | 'directMemory' | 'metaspace'> = {
  '-Xmx': 'heap',
  '-Xms': 'heap',
  '-XX:MaxDirectMemorySize': 'directMemory',
  '-XX:MaxMetaspaceSize': 'metaspace',
};
const MEMORY_FLAG = /(^|\s)"?(-Xmx|-Xms|-XX:MaxDirectMemorySize=|-XX:MaxMetaspaceSize=)(\S*)/g;

function javaOptsFlags(
  name: ProcessName,
  config: FlinkConfig,
  entries: Record<string, EntryFacts>,
): JavaOptFlag[] {
  const flags: JavaOptFlag[] = [];
  const scan = (text: string, source: string, overridesFlink: boolean, line: number, column: number) => {
    for (const m of text.matchAll(MEMORY_FLAG)) {
      const flag = m[2].replace(/=$/, '');
      const own = (m[2] + m[3]).replace(/"$/, '');
      flags.push({
        flag,
        text: own,
        source,
        overridesFlink,
        remaining: text.replace(own, '').replace(/\s+/g, ' ').trim(),
        line,
        column,
      });
    }
  };
  for (const key of JAVA_OPTS_KEYS[name]) {
    const entry = entries[key];
    if (entry) scan(entry.value, key, true, entry.line, entry.column);
  }
  for (const [variable, after] of Object.entries(JAVA_OPTS_ENV)) {
    const text = config.env?.[variable];
    const at = config.envLocations?.[variable] ?? config;
    if (text) scan(text, variable, after, at.line, at.column);
  }
  return flags;
}

/** The state backend key and default per version (spec §10.1), as data. */
const BACKEND_BY_VERSION: Array<{ from: number; keys: string[]; default: string }> = [
  { from: 110, keys: ['state.backend'], default: 'jobmanager' },
  { from: 113, keys: ['state.backend'], default: 'hashmap' },
  { from: 117, keys: ['state.backend.type', 'state.backend'], default: 'hashmap' },
];
const BACKEND_NAMES = ['hashmap', 'rocksdb', 'forst', 'jobmanager', 'filesystem'];
const BACKEND_CLASSES: Array<[RegExp, string]> = [
  [/RocksDB/i, 'rocksdb'],
  [/ForSt/i, 'forst'],
  [/HashMap/i, 'hashmap'],
  [/MemoryStateBackend/, 'jobmanager'],
  [/FsStateBackend/, 'filesystem'],
];

function stateBackendFacts(
  values: Map<string, ConfigValue>,
  versionCode: number,
  slots: number,
): StateBackendFacts {
  const rule = [...BACKEND_BY_VERSION].reverse().find((r) => versionCode >= r.from) ?? BACKEND_BY_VERSION[0];
  const key = rule.keys.find((k) => values.has(k));
  const value = key ? String(values.get(key)).trim() : rule.default;
  const lower = value.toLowerCase();
  let name = BACKEND_NAMES.includes(lower)
    ? lower
    : (BACKEND_CLASSES.find(([re]) => re.test(value))?.[1] ?? 'custom');
  // 2.x no longer knows the old names: they fail as class names (spec §10.1).
  if (versionCode >= 200 && (name === 'jobmanager' || name === 'filesystem') && BACKEND_NAMES.includes(lower))
    name = 'custom';
  if (versionCode >= 113 && versionCode < 200 && name === 'filesystem') name = 'hashmap';
  const prefix = name === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
  const managedText = values.get(`${prefix}managed`);
  const facts: StateBackendFacts = {
    name,
    value,
    explicit: key !== undefined,
    key,
    origin: key ? `${key}: ${value}` : `the default of Flink ${versionText(versionCode)}`,
    usesManagedMemory: name === 'rocksdb' || name === 'forst',
    memoryManaged: managedText === undefined ? true : String(managedText).toLowerCase() !== 'false',
    writeBufferRatio: doubleValue(values.get(`${prefix}write-buffer-ratio`)) ?? 0.5,
    highPrioPoolRatio: doubleValue(values.get(`${prefix}high-prio-pool-ratio`)) ?? 0.1,
  };
  const perSlot = sizeValue(values.get(`${prefix}fixed-per-slot`));
  if (perSlot !== undefined) facts.fixedPerSlot = perSlot;
  const perTm = sizeValue(values.get(`${prefix}fixed-per-tm`));
  if (perTm !== undefined) facts.fixedPerTm = perTm;
  // fixed-per-slot wins over fixed-per-tm (spec §10.4).
  if (perSlot !== undefined) facts.fixedTotal = perSlot * Math.max(slots, 1);
  else if (perTm !== undefined) facts.fixedTotal = perTm;
  const w = facts.writeBufferRatio ?? 0.5;
  facts.cacheRatioSum = (2 * w) / (3 - w) + (facts.highPrioPoolRatio ?? 0.1);
  return facts;
}

function doubleValue(value: ConfigValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  return parseJavaDouble(String(value));
}

function sizeValue(value: ConfigValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  return memoryValueFacts(valueText(value)).bytes;
}

/** Flink's images preload jemalloc from 1.12 on (FLINK-19125) unless `DISABLE_JEMALLOC` is true. */
const JEMALLOC_FROM = 112;
const DISABLE_JEMALLOC_KEY = 'containerized.taskmanager.env.DISABLE_JEMALLOC';

function allocatorFacts(
  config: FlinkConfig,
  values: Map<string, ConfigValue>,
  versionCode: number,
): Facts['allocator'] {
  if (versionCode < JEMALLOC_FROM)
    return { name: 'glibc', reason: 'Flink images before 1.12 use glibc malloc' };
  if (isTrue(values.get(DISABLE_JEMALLOC_KEY)))
    return { name: 'glibc', reason: `${DISABLE_JEMALLOC_KEY}: true` };
  if (isTrue(config.env?.DISABLE_JEMALLOC)) return { name: 'glibc', reason: 'DISABLE_JEMALLOC=true' };
  return { name: 'jemalloc', reason: "Flink's images preload jemalloc from 1.12 on" };
}

function isTrue(value: ConfigValue | undefined): boolean {
  return value !== undefined && String(value).trim().toLowerCase() === 'true';
}

const PYTHON_KEYS = /^python\.(files|archives|executable|client\.executable|requirements|pythonpath)$/;

function pythonFacts(config: FlinkConfig, values: Map<string, ConfigValue>): Facts['python'] {
  const signals: string[] = [];
  for (const key of values.keys()) if (PYTHON_KEYS.test(key)) signals.push(key);
  if (config.image && /py(thon|flink)/i.test(config.image)) signals.push(`image ${config.image}`);
  for (const key of ['pipeline.jars', 'pipeline.classpaths']) {
    const v = values.get(key);
    if (v !== undefined && /flink-python/.test(String(v))) signals.push(key);
  }
  const managed = values.get('python.fn-execution.memory.managed');
  return {
    detected: signals.length > 0,
    signals,
    memoryManaged: managed === undefined ? true : String(managed).toLowerCase() !== 'false',
  };
}

const WEIGHTS_KEY = 'taskmanager.memory.managed.consumer-weights';
/** Default weights per version (spec §10.3). */
const DEFAULT_WEIGHTS: Array<{ from: number; value: string }> = [
  { from: 112, value: 'DATAPROC:70,PYTHON:30' },
  { from: 113, value: 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30' },
];

/** The default weight of each consumer (spec §10.3), for the ones an explicit list leaves out. */
const CONSUMER_DEFAULTS: Record<string, number> = { OPERATOR: 70, STATE_BACKEND: 70, PYTHON: 30 };

function weightFacts(
  values: Map<string, ConfigValue>,
  versionCode: number,
  consumers: readonly string[],
): Facts['managedWeights'] {
  const raw = new Map<string, number>();
  let text: string | undefined;
  const explicit = values.get(WEIGHTS_KEY);
  if (explicit !== undefined) {
    text = String(explicit);
    for (const part of text.replace(/^[{[]|[}\]]$/g, '').split(/[,;]/)) {
      const [k, v] = part.split(':').map((s) => s.trim());
      if (k) raw.set(k.toUpperCase(), Number(v));
    }
  }
  for (const [key, value] of values) {
    if (key.startsWith(`${WEIGHTS_KEY}.`)) {
      raw.set(key.slice(WEIGHTS_KEY.length + 1).toUpperCase(), Number(value));
      text ??= '(map)';
    }
  }
  const isExplicit = text !== undefined;
  if (!isExplicit) {
    const d = [...DEFAULT_WEIGHTS].reverse().find((w) => versionCode >= w.from);
    if (!d) return { explicit: false, weights: {}, missing: [] };
    for (const part of d.value.split(',')) {
      const [k, v] = part.split(':');
      raw.set(k, Number(v));
    }
  }
  const dataproc = versionCode < 200 ? raw.get('DATAPROC') : undefined;
  const weights: Record<string, number> = {
    OPERATOR: raw.get('OPERATOR') ?? dataproc ?? 0,
    STATE_BACKEND: raw.get('STATE_BACKEND') ?? dataproc ?? 0,
    PYTHON: raw.get('PYTHON') ?? 0,
  };
  const missing = isExplicit ? consumers.filter((c) => weights[c] === 0) : [];
  const facts: Facts['managedWeights'] = { explicit: isExplicit, value: text, weights, missing };
  if (missing.length > 0) {
    const kept = Object.entries(weights).filter(([, w]) => w > 0);
    const added = missing.map((c) => [c, CONSUMER_DEFAULTS[c]] as const);
    facts.suggested = [...kept, ...added].map(([c, w]) => `${c}:${w}`).join(',');
  }
  return facts;
}
