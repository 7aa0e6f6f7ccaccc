import type { ConfigMap, Deployment, FlinkVersion, ProcessName, VersionSince } from '../model/index.js';
import { legacyHeapTarget } from './legacy-heap.js';
import { optionRegistry } from './options.js';
import { atLeast, traitsOf } from './versions.js';

/**
 * Keys of Flink's memory model before 1.10 and of the network stack 2.0 replaced, and how each
 * version reads them (mem_migration.md; spec §1.1, §5). Deprecated names of current options come
 * from the option registry; this table holds what the registry cannot say.
 */
interface LegacyKeyRow {
  key: string;
  /** A legacy heap key: 1.x maps it onto a new option chosen by the deployment mode (spec §5.1–5.2). */
  heap?: { process: ProcessName; unit: 'size' | 'mb' };
  /** First version that no longer reads it (it is gone from the option classes). */
  removedIn?: VersionSince;
  /** From this version on Flink ignores it, though nothing fails. */
  ignoredFrom?: VersionSince;
  /**
   * Values that meant "not set" in the old model, with what they meant: the current option reads
   * them as a value (or refuses them), so they have no successor; the key only goes.
   */
  unset?: Readonly<Record<string, string>>;
}

const LEGACY_KEYS: readonly LegacyKeyRow[] = [
  { key: 'taskmanager.heap.size', heap: { process: 'taskmanager', unit: 'size' } },
  { key: 'taskmanager.heap.mb', heap: { process: 'taskmanager', unit: 'mb' } },
  { key: 'jobmanager.heap.size', heap: { process: 'jobmanager', unit: 'size' } },
  { key: 'jobmanager.heap.mb', heap: { process: 'jobmanager', unit: 'mb' } },
  // Up to 1.4 a Long with default -1 ("-1 or > 0", else a fraction of the heap: TaskManagerServices);
  // 1.5-1.9 a String with default "0", compared as text (`equals(defaultValue())`,
  // ConfigurationParserUtils.getManagedMemorySize), which refuses -1. 1.10 made it the deprecated
  // key of taskmanager.memory.managed.size, a MemorySize: -1 is refused; 0 is no managed memory,
  // which today's heap backends want, so 0 keeps its successor.
  {
    key: 'taskmanager.memory.size',
    unset: { '-1': 'up to Flink 1.4, -1 meant "not set" (a fraction of the heap)' },
  },
  { key: 'taskmanager.network.memory.min' },
  { key: 'taskmanager.network.memory.max' },
  { key: 'taskmanager.network.memory.fraction' },
  { key: 'taskmanager.memory.fraction', ignoredFrom: '1.10' },
  { key: 'taskmanager.memory.off-heap', ignoredFrom: '1.10' },
  { key: 'taskmanager.memory.preallocate', ignoredFrom: '1.10' },
  // Read by the 1.10 scripts for a JobManager in a container (spec §5.6), by nothing after.
  { key: 'containerized.heap-cutoff-ratio', ignoredFrom: '1.11' },
  { key: 'containerized.heap-cutoff-min', ignoredFrom: '1.11' },
  { key: 'yarn.heap-cutoff-ratio', ignoredFrom: '1.11' },
  { key: 'yarn.heap-cutoff-min', ignoredFrom: '1.11' },
  // The 1.x network stack's options that 2.0 removed (FLINK-33750 and the 2.0 release notes).
  { key: 'taskmanager.network.numberOfBuffers', removedIn: '2.0' },
  { key: 'taskmanager.network.memory.buffers-per-channel', removedIn: '2.0' },
  { key: 'taskmanager.network.memory.floating-buffers-per-gate', removedIn: '2.0' },
  { key: 'taskmanager.network.memory.max-buffers-per-channel', removedIn: '2.0' },
];

const ROWS = new Map(LEGACY_KEYS.map((row) => [row.key, row]));

/** How a version reads a legacy key. */
export interface LegacyReading {
  /**
   * `read`: still an option of this version, read as itself; `read-as`: read as the value of
   * `readAs`; `ignored`: present but without effect (`because` says why); `removed`: the version
   * no longer has it.
   */
  reading: 'read' | 'read-as' | 'ignored' | 'removed';
  readAs?: string;
  because?: string;
  /** The value meant "not set" in the old model (what it meant): nothing takes its place. */
  unset?: string;
  /**
   * The current option that keeps its meaning and the value to write there, where one does:
   * what the key becomes for this deployment mode. Absent where writing it would change what
   * Flink does (the key is ignored, or means something else today).
   */
  successor?: { key: string; value: string };
}

/** The option a deprecated key is a fallback of, in a version. */
function fallbackOwner(version: FlinkVersion, key: string): string | undefined {
  for (const option of optionRegistry(version).values())
    if (option.fallbackKeys.some((f) => f.key === key)) return option.key;
  return undefined;
}

/**
 * How `version` reads `key` for this deployment mode, given the configuration it sits in (a newer
 * key or the heap environment variable can shadow it); undefined for keys that are not legacy.
 */
export function legacyKeyReading(
  key: string,
  value: string,
  version: FlinkVersion,
  deployment: Deployment,
  config: ConfigMap,
  env: Readonly<Record<string, string>> = {},
): LegacyReading | undefined {
  const row = ROWS.get(key);
  if (!row) return undefined;
  if (row.heap) return heapReading(row, row.heap, value, version, deployment, config, env);
  const owner = fallbackOwner(version, key);
  if (owner) {
    if (config.has(owner)) return { reading: 'ignored', because: `${owner} is set` };
    const unset = row.unset?.[value.trim()];
    return unset
      ? { reading: 'read-as', readAs: owner, unset }
      : { reading: 'read-as', readAs: owner, successor: { key: owner, value } };
  }
  if (row.removedIn && atLeast(version, row.removedIn)) return { reading: 'removed' };
  if (row.ignoredFrom && atLeast(version, row.ignoredFrom))
    return { reading: 'ignored', because: `Flink ${row.ignoredFrom} dropped it` };
  return { reading: 'read' };
}

const HEAP_ENV: Record<ProcessName, string> = { taskmanager: 'FLINK_TM_HEAP', jobmanager: 'FLINK_JM_HEAP' };

function heapReading(
  row: LegacyKeyRow,
  heap: NonNullable<LegacyKeyRow['heap']>,
  value: string,
  version: FlinkVersion,
  deployment: Deployment,
  config: ConfigMap,
  env: Readonly<Record<string, string>>,
): LegacyReading {
  const target = legacyHeapTarget(heap.process, deployment);
  const successor = { key: target, value: heap.unit === 'mb' ? `${value}m` : value };
  const traits = traitsOf(version);
  if (!traits.legacyHeap) return { reading: 'removed', successor };
  // The 1.10 JobManager has no memory model: its scripts size the JVM heap from this key itself.
  if (heap.process === 'jobmanager' && !traits.jobManagerModel) return { reading: 'read' };
  // `mapLegacyHeap`: the new option wins, then the environment variable, then `.size` over `.mb`.
  if (config.has(target)) return { reading: 'ignored', because: `${target} is set` };
  if (env[HEAP_ENV[heap.process]] !== undefined)
    return { reading: 'ignored', because: `${HEAP_ENV[heap.process]} is set` };
  const sizeKey = `${heap.process}.heap.size`;
  if (row.key !== sizeKey && config.has(sizeKey)) return { reading: 'ignored', because: `${sizeKey} is set` };
  return { reading: 'read-as', readAs: target, successor };
}

/** Keys that size a process in a version: a config that sets none of them is a fragment. */
export function processSizeKeys(process: ProcessName, version: FlinkVersion): readonly string[] {
  const keys = [`${process}.memory.process.size`, `${process}.memory.flink.size`];
  keys.push(process === 'taskmanager' ? 'taskmanager.memory.task.heap.size' : 'jobmanager.memory.heap.size');
  // The legacy heap keys size a process only while Flink maps them (1.x).
  if (traitsOf(version).legacyHeap) keys.push(`${process}.heap.size`, `${process}.heap.mb`);
  return keys;
}

/** Keys that size a process only in the memory model before 1.10 (mem_migration.md, "Migrate Task Manager Memory Configuration"). */
const PRE_MODEL_SIZE_KEYS = new Set(['taskmanager.heap.mb', 'taskmanager.heap.size', 'jobmanager.heap.mb']);

/** A key of the memory model 1.10 brought in: `taskmanager.memory.*`/`jobmanager.memory.*`, not an old one of the same prefix. */
const isModelKey = (key: string) =>
  /^(?:taskmanager|jobmanager)\.memory\./.test(key) && !LEGACY_KEYS.some((row) => row.key === key);

/**
 * The keys that show a configuration written for the memory model before Flink 1.10, in the order
 * given: its old heap keys, where it has no key of the newer model. Empty otherwise.
 */
export function preMemoryModelKeys(keys: readonly string[]): string[] {
  if (keys.some(isModelKey)) return [];
  return keys.filter((key) => PRE_MODEL_SIZE_KEYS.has(key));
}
