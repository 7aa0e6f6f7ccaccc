import { JVM_LIMIT_OF_FLAG, parseJavaDouble, processSizeKeys } from '../../flink/index.js';
import type {
  ConfigResult,
  ContainerFacts,
  ContainerLimit,
  FlinkConfig,
  OptionFacts,
  ProcessFacts,
  ProcessName,
} from '../../model/index.js';
import { quantityBytes } from '../../sources/index.js';
import { explainedFailure } from './failure.js';
import { javaOptsFlags, overrideEffect } from './java-opts.js';
import { KUBERNETES_DECIMAL, rounded } from './memory-values.js';
import { optionType } from './options.js';
import type { ConfigEntries } from './entries.js';

type Scalar = string | number | boolean;

/** What the settings add to a config's context: a container limit where the repository has none. */
export interface FactsContext {
  parameters?: Record<string, Scalar>;
}

const LABELS: Record<ProcessName, { label: string; specName: string }> = {
  taskmanager: { label: 'TaskManager', specName: 'taskManager' },
  jobmanager: { label: 'JobManager', specName: 'jobManager' },
};

/** What one process of a config is: its options and entries, its derived sizes, its container. */
export function processFacts(
  name: ProcessName,
  result: ConfigResult,
  options: Record<string, OptionFacts>,
  entries: ConfigEntries,
  context: FactsContext,
): ProcessFacts {
  const { config, breakdown } = result;
  const derived = breakdown[name];
  const prefix: ProcessPrefix = `${name}.`;
  const sizing = sizingKeys(config);
  const facts: ProcessFacts = {
    name,
    ...LABELS[name],
    options: withoutPrefix(options, prefix),
    entries: withoutPrefix(entries.byKey, prefix),
    overridden: entries.list.filter((e) => e.overridden && e.key.startsWith(prefix)),
    sizeMistakes: Object.values(entries.byKey)
      .filter((e) => e.key.startsWith(prefix) && e.memory && (!e.memory.valid || e.memory.missingUnit))
      .map((e) => e.key),
    present: config.processes.includes(name),
    sized: processSizeKeys(name, config.flinkVersion).some((k) => sizing.has(k)),
    unresolved: config.entries.some(
      (e) => e.unresolved && e.key.startsWith(prefix) && optionType(e.key, config.flinkVersion) === 'memory',
    ),
    operatorMemory: config.entries.some(
      (e) => e.origin === 'operator' && e.key === `${name}.memory.process.size` && !e.overriddenBy,
    ),
    ok: derived.ok,
    unsupported: !derived.ok && 'unsupported' in derived,
    replicas: config.replicas?.[name],
    javaOptsMemoryFlags: javaOptsFlags(name, config, entries.byKey),
  };
  if (derived.ok) {
    const memory: Record<string, number> = {};
    for (const [k, v] of Object.entries(derived.memory)) memory[k] = Number(v as bigint);
    facts.memory = memory;
    facts.rounded = Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, rounded(v)]));
    facts.jvm = {
      heap: Number(derived.jvm.heap),
      directMemory: toNumber(derived.jvm.directMemory),
      metaspace: Number(derived.jvm.metaspace),
    };
    if (name === 'taskmanager') facts.nativeBudget = facts.memory.taskOffHeap + facts.memory.managed;
    for (const f of facts.javaOptsMemoryFlags) {
      const flinkBytes = facts.jvm[JVM_LIMIT_OF_FLAG[f.flag]];
      if (flinkBytes === undefined) continue;
      f.flinkBytes = flinkBytes;
      const effect = f.overridesFlink ? overrideEffect(f) : undefined;
      if (effect) f.effect = effect;
    }
  } else if ('errorType' in derived) {
    facts.error = derived.error;
    facts.errorType = derived.errorType;
    facts.explained = explainedFailure(derived, facts.options, facts.entries);
  } else if (derived.error) {
    facts.error = derived.error;
  }
  const template = config.podTemplateLimits?.[name];
  if (template) facts.podTemplateLimit = containerFacts(template, config.file);
  const limit = config.container[name];
  const container = limit ? containerFacts(limit, config.file) : settingsContainer(name, context);
  if (container) facts.container = container;
  if (facts.container && facts.memory && facts.container.bytes > 0) {
    facts.processToLimit = facts.memory.totalProcess / facts.container.bytes;
  }
  const factor = options[`kubernetes.${name}.memory.limit-factor`];
  if (factor) facts.limitFactor = factor.number ?? parseJavaDouble(factor.value);
  return facts;
}

/**
 * A limit written in another file (a compose service or a workload that mounts the config) has no
 * line in this one: its source names it.
 */
function containerFacts(limit: ContainerLimit, file: string): ContainerFacts {
  return {
    bytes: Number(limit.bytes),
    text: limit.text,
    source: limit.source,
    line: limit.location?.file === file ? limit.location.line : undefined,
    requestBytes: toNumber(limit.requestBytes),
    decimalUnit: KUBERNETES_DECIMAL.test(limit.text),
  };
}

/** The container limit the settings give a process where the repository gives none. */
function settingsContainer(name: ProcessName, context: FactsContext): ContainerFacts | undefined {
  const text = context.parameters?.[`containerMemory.${name}`] ?? context.parameters?.containerMemory;
  const bytes = text === undefined ? undefined : quantityBytes(String(text));
  if (bytes === undefined) return undefined;
  return {
    bytes: Number(bytes),
    text: String(text),
    source: 'settings',
    decimalUnit: KUBERNETES_DECIMAL.test(String(text)),
  };
}

/** Keys of the entries Flink applies (the image's default file too), without placeholders and replaced ones. */
function sizingKeys(config: FlinkConfig): Set<string> {
  const keys = new Set<string>();
  for (const entries of [config.base?.entries ?? [], config.entries])
    for (const e of entries) if (!e.unresolved && !e.overriddenBy) keys.add(e.key);
  return keys;
}

type ProcessPrefix = `${ProcessName}.`;
/** Keys without their process prefix ('' for another process's key): the same few hundred keys recur in every config. */
const MAX_SHORT_NAMES = 10_000;
const SHORT_NAMES: Record<ProcessPrefix, Map<string, string>> = {
  'taskmanager.': new Map(),
  'jobmanager.': new Map(),
};

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

function toNumber(value: bigint | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}
