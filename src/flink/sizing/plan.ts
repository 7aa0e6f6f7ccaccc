import type {
  ConfigMap,
  Deployment,
  FlinkVersion,
  JobManagerMemory,
  JobManagerResult,
  ProcessName,
  TaskManagerMemory,
  TaskManagerResult,
} from '../../model/index.js';
import { deriveJobManager, deriveTaskManager } from '../derive.js';
import { FlinkError } from '../flink-error.js';
import { formatSize } from '../human-size.js';
import { legacyHeapTarget, mapLegacyHeap } from '../legacy-heap.js';
import { legacyKeyReading, processSizeKeys } from '../legacy-keys.js';
import { LEGACY_BUFFERS_KEY, legacyNetworkBytes, usesLegacyBuffers } from '../legacy-network.js';
import { effectiveOption, findOption, optionRegistry, rawText, suppliedKey } from '../options.js';
import { traitsOf } from '../versions.js';
import { Edits, sizeValue } from '../config-edits.js';
import type {
  JobManagerSizingRequest,
  JobManagerTargets,
  SizingRequest,
  TaskManagerSizingRequest,
  TaskManagerTargets,
} from './types.js';

type Result = TaskManagerResult | JobManagerResult;

const LABEL: Record<ProcessName, string> = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };

/**
 * Everything about a request except the process size: the edits it needs, how to derive and how
 * to judge a derivation. The solver then only searches the size.
 */
export interface SizingPlan {
  process: ProcessName;
  version: FlinkVersion;
  deployment: Deployment;
  /** The existing configuration. */
  base: ConfigMap;
  /** Edits other than the process size. */
  edits: Edits;
  /** `*.memory.process.size`: the one size the solver searches. */
  processKey: string;
  label: string;
  derive(config: ConfigMap): Result;
  /** The targets a successful derivation misses, as sentences; empty when it meets them all. */
  misses(result: Result): string[];
  /** Explicit keys of `base` the plan keeps, in the order written, that the derivation reads. */
  kept: string[];
}

/** Planning state shared by both processes. */
class Planner {
  readonly edits = new Edits();

  constructor(
    readonly version: FlinkVersion,
    readonly deployment: Deployment,
    readonly process: ProcessName,
    readonly config: ConfigMap,
  ) {}

  key(suffix: string): string {
    return `${this.process}.memory.${suffix}`;
  }

  /** A memory option's value in bytes, undefined when unset without default or unreadable. */
  bytes(key: string): bigint | undefined {
    return this.bytesIn(this.config, key);
  }

  bytesIn(config: ConfigMap, key: string): bigint | undefined {
    const effective = effectiveOption(config, this.version, key);
    if (!effective || effective.error) return undefined;
    return effective.value as bigint | undefined;
  }

  /** Makes a memory option at least `atLeast`, replacing the deprecated key that set it. */
  raise(key: string, atLeast: bigint, why: string): void {
    const effective = effectiveOption(this.config, this.version, key);
    const current = effective && !effective.error ? (effective.value as bigint | undefined) : undefined;
    if (current !== undefined && current >= atLeast) return;
    this.edits.put(key, sizeValue(atLeast), why);
    if (effective?.suppliedBy && effective.suppliedBy !== key)
      this.edits.drop(effective.suppliedBy, `Deprecated key of ${key}, which now sets the value.`);
  }

  /** The legacy heap keys of this process that the version maps onto the new options and the configuration sets. */
  legacyKeys(): string[] {
    const { config, version, deployment } = this;
    return processSizeKeys(this.process, version).filter((key) => {
      const value = config.get(key);
      return (
        value !== undefined &&
        legacyKeyReading(key, rawText(value), version, deployment, config) !== undefined
      );
    });
  }

  legacyTarget(): string | undefined {
    return traitsOf(this.version).legacyHeap ? legacyHeapTarget(this.process, this.deployment) : undefined;
  }

  /**
   * The totals are what the solver decides: it sizes through the process size, so total Flink
   * memory and legacy heap keys read as a total give way to it.
   */
  ownTotals(): void {
    const flink = this.key('flink.size');
    const processKey = this.key('process.size');
    if (this.config.has(flink)) {
      this.edits.drop(
        flink,
        `It fixes total Flink memory and takes precedence over ${processKey} in Flink's derivation; the process size now decides it.`,
      );
    }
    const target = this.legacyTarget();
    if (target === this.key('heap.size')) return;
    for (const legacy of this.legacyKeys()) {
      this.edits.drop(
        legacy,
        `Legacy heap key: Flink ${this.version} (${this.deployment}) reads it as ${target} unless that is set; ${processKey} now sizes the ${LABEL[this.process]} (Flink 2.0 removed the key).`,
      );
    }
  }

  metaspaceAndOverhead(targets: { metaspace?: bigint; overhead?: bigint }): void {
    if (targets.metaspace !== undefined) {
      this.raise(
        this.key('jvm-metaspace.size'),
        targets.metaspace,
        `The metaspace target is ${formatSize(targets.metaspace)}.`,
      );
    }
    if (targets.overhead !== undefined) {
      const why = `The JVM overhead target is ${formatSize(targets.overhead)}: the overhead is a fraction of the process size kept within [min, max].`;
      this.raise(this.key('jvm-overhead.min'), targets.overhead, why);
      this.raise(this.key('jvm-overhead.max'), targets.overhead, why);
    }
  }

  /** Keys of the configuration this plan leaves alone and the process's derivation reads. */
  kept(readKeys: ReadonlySet<string>): string[] {
    const processKey = this.key('process.size');
    const external = (k: string) => this.process === 'taskmanager' && isExternalResourceKey(k);
    const read = (k: string) => (k.startsWith(`${this.process}.`) && readKeys.has(k)) || external(k);
    return [...this.config.keys()].filter((k) => k !== processKey && !this.edits.touches(k) && read(k));
  }
}

function isExternalResourceKey(key: string): boolean {
  return key === 'external-resources' || key.startsWith('external-resource.');
}

/** Every key a version's derivation reads: options and their fallback keys. */
function readKeysOf(version: FlinkVersion): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const option of optionRegistry(version).values()) {
    keys.add(option.key);
    for (const fallback of option.fallbackKeys) keys.add(fallback.key);
  }
  return keys;
}

function perSlot(component: bigint, slots: number): bigint {
  return component / BigInt(slots);
}

/** A missed target in a sentence; in bytes where MiB with one decimal would show both the same. */
function missText(what: string, value: bigint, target: bigint): string {
  const close = formatSize(value) === formatSize(target);
  const show = (bytes: bigint) => (close ? `${bytes} bytes` : formatSize(bytes));
  return `${what} ${show(value)} is below the ${show(target)} target`;
}

function tmMisses(m: TaskManagerMemory, targets: TaskManagerTargets, slots: number): string[] {
  const out: string[] = [];
  const check = (value: bigint, target: bigint | undefined, what: string) => {
    if (target !== undefined && value < target) out.push(missText(what, value, target));
  };
  check(perSlot(m.taskHeap, slots), targets.taskHeapPerSlot, 'task heap per slot');
  check(m.taskHeap, targets.taskHeap, 'task heap');
  check(m.managed, targets.managed, 'managed memory');
  check(perSlot(m.managed, slots), targets.managedPerSlot, 'managed memory per slot');
  check(m.network, targets.network, 'network memory');
  check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
  check(m.jvmOverhead, targets.overhead, 'JVM overhead');
  return out;
}

function jmMisses(m: JobManagerMemory, targets: JobManagerTargets): string[] {
  const out: string[] = [];
  const check = (value: bigint, target: bigint | undefined, what: string) => {
    if (target !== undefined && value < target) out.push(missText(what, value, target));
  };
  check(m.jvmHeap, targets.heap, 'JVM heap');
  check(m.offHeap, targets.offHeap, 'off-heap memory');
  check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
  check(m.jvmOverhead, targets.overhead, 'JVM overhead');
  return out;
}

/** The slots the request means: its own, else the configuration's (1 where that is unreadable). */
function requestedSlots(request: TaskManagerSizingRequest, config: ConfigMap): number {
  if (request.slots !== undefined) return request.slots;
  const effective = effectiveOption(config, request.version, 'taskmanager.numberOfTaskSlots');
  const slots = effective && !effective.error ? (effective.value as number) : 1;
  return Number.isInteger(slots) && slots >= 1 ? slots : 1;
}

function planTaskManager(request: TaskManagerSizingRequest, config: ConfigMap): SizingPlan {
  const { version } = request;
  const deployment = request.deployment ?? 'standalone';
  const p = new Planner(version, deployment, 'taskmanager', config);
  const targets = request.targets ?? {};
  const slots = requestedSlots(request, config);
  p.ownTotals();

  const slotsKey = 'taskmanager.numberOfTaskSlots';
  const configured = effectiveOption(config, version, slotsKey);
  if (request.slots !== undefined && (configured?.error || configured?.value !== request.slots)) {
    p.edits.put(slotsKey, String(request.slots), `The requested ${request.slots} slots per TaskManager.`);
  }

  const taskHeap = p.key('task.heap.size');
  if (targets.taskHeapPerSlot !== undefined && config.has(taskHeap)) {
    const need = targets.taskHeapPerSlot * BigInt(slots);
    p.raise(
      taskHeap,
      need,
      `The task heap target is ${formatSize(targets.taskHeapPerSlot)} per slot × ${slots} slots.`,
    );
  }
  if (targets.taskHeap !== undefined && config.has(taskHeap)) {
    p.raise(taskHeap, targets.taskHeap, `The task heap target is ${formatSize(targets.taskHeap)}.`);
  }

  planManaged(p, request.stateBackend, targets.managedPerSlot, slots, targets.managed);
  if (targets.network !== undefined) planNetwork(p, targets.network);
  p.metaspaceAndOverhead(targets);

  return {
    process: 'taskmanager',
    version,
    deployment,
    base: config,
    edits: p.edits,
    processKey: p.key('process.size'),
    label: LABEL.taskmanager,
    derive: (c) => deriveTaskManager(c, { flinkVersion: version, deployment }),
    misses: (r) => (r.ok ? tmMisses(r.memory as TaskManagerMemory, targets, slots) : []),
    kept: p.kept(readKeysOf(version)),
  };
}

const BACKEND_LABEL = { hashmap: 'HashMapStateBackend', rocksdb: 'RocksDB', forst: 'ForSt' } as const;

/**
 * Managed memory for the backend (spec §10): none for the heap backend, Flink's default fraction or
 * the per-slot target for RocksDB and ForSt. A fraction is changed rather than `managed.size` where
 * the configuration has none, because `managed.size` with `task.heap.size` switches Flink to its
 * fine-grained path, where the process size no longer sizes the components.
 */
function planManaged(
  p: Planner,
  backend: keyof typeof BACKEND_LABEL | undefined,
  perSlotTarget: bigint | undefined,
  slots: number,
  wholeTarget?: bigint,
): void {
  const sizeKey = p.key('managed.size');
  const fractionKey = p.key('managed.fraction');
  const sizeOption = findOption(p.version, sizeKey);
  const supplied = sizeOption ? suppliedKey(p.config, sizeOption) : undefined;
  const replaceDeprecated = (why: string) => {
    if (supplied && supplied !== sizeKey) p.edits.drop(supplied, why);
  };
  // A target of 0 asks for nothing: the backend decides (RocksDB must not lose its managed memory).
  const perSlotNeed = perSlotTarget !== undefined ? perSlotTarget * BigInt(slots) : 0n;
  const need = wholeTarget !== undefined && wholeTarget > perSlotNeed ? wholeTarget : perSlotNeed;
  if (need > 0n) {
    const current = supplied ? p.bytes(sizeKey) : undefined;
    if (current !== undefined && current >= need) return;
    p.edits.put(
      sizeKey,
      sizeValue(need),
      need === perSlotNeed
        ? `The managed memory target is ${formatSize(perSlotTarget as bigint)} per slot × ${slots} slots; a fixed size keeps it there at any process size.`
        : `The managed memory target is ${formatSize(need)}; a fixed size keeps it there at any process size.`,
    );
    replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
    return;
  }
  if (backend === undefined) return;
  const fraction = effectiveOption(p.config, p.version, fractionKey);
  const fractionValue = fraction && !fraction.error ? (fraction.value as number) : undefined;
  if (backend === 'hashmap') {
    const why = `${BACKEND_LABEL.hashmap} keeps state on the JVM heap and uses no managed memory; what it would take goes to the task heap.`;
    if (supplied) {
      if (p.bytes(sizeKey) === 0n) return;
      p.edits.put(sizeKey, '0', why);
      replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
    } else if (fractionValue !== 0) {
      p.edits.put(
        fractionKey,
        '0',
        `${why} The fraction keeps the sizing path: ${sizeKey} together with task.heap.size would switch Flink to fixed component sizes.`,
      );
    }
    return;
  }
  const why = `${BACKEND_LABEL[backend]} keeps its block cache and write buffers in managed memory, which this value leaves at 0 (or unreadable); Flink's default fraction applies instead.`;
  if (supplied) {
    if (p.bytes(sizeKey) !== 0n && p.bytes(sizeKey) !== undefined) return;
    p.edits.drop(supplied, why);
  }
  if (fraction?.suppliedBy && fractionValue === 0) p.edits.drop(fraction.suppliedBy, why);
}

/** Network memory of at least `target`: its floor, or instead of the 1.x legacy buffer count. */
function planNetwork(p: Planner, target: bigint): void {
  const minKey = p.key('network.min');
  const maxKey = p.key('network.max');
  const why = `The network memory target is ${formatSize(target)}: network memory is a fraction of total Flink memory kept within [min, max].`;
  if (usesLegacyBuffers(p.config, p.version)) {
    const legacy = legacyNetworkBytes(p.config, p.version);
    if (legacy !== undefined && legacy >= target) return;
    p.edits.drop(
      LEGACY_BUFFERS_KEY,
      `Flink 1.x sizes the network from the legacy buffer count only while network min, max and fraction are unset; ${minKey} now sets its floor (Flink 2.0 removed the key).`,
    );
  }
  p.raise(minKey, target, why);
  p.raise(maxKey, target, why);
}

function planJobManager(request: JobManagerSizingRequest, config: ConfigMap): SizingPlan {
  const { version } = request;
  const deployment = request.deployment ?? 'standalone';
  const p = new Planner(version, deployment, 'jobmanager', config);
  const targets = request.targets ?? {};
  p.ownTotals();
  if (targets.heap !== undefined) planHeap(p, targets.heap);
  if (targets.offHeap !== undefined) {
    p.raise(
      p.key('off-heap.size'),
      targets.offHeap,
      `The off-heap target is ${formatSize(targets.offHeap)}.`,
    );
  }
  p.metaspaceAndOverhead(targets);
  return {
    process: 'jobmanager',
    version,
    deployment,
    base: config,
    edits: p.edits,
    processKey: p.key('process.size'),
    label: LABEL.jobmanager,
    derive: (c) => deriveJobManager(c, { flinkVersion: version, deployment }),
    misses: (r) => (r.ok ? jmMisses(r.memory as JobManagerMemory, targets) : []),
    kept: p.kept(readKeysOf(version)),
  };
}

/**
 * A JVM heap of at least `target`. An explicit heap (the modern key, or on standalone 1.x a legacy
 * key that Flink reads as the heap) is raised; otherwise the heap is what the process size leaves.
 */
function planHeap(p: Planner, target: bigint): void {
  const heapKey = p.key('heap.size');
  const why = `The JVM heap target is ${formatSize(target)}.`;
  if (p.config.has(heapKey)) {
    p.raise(heapKey, target, why);
    return;
  }
  const legacy = p.legacyKeys();
  if (p.legacyTarget() !== heapKey || legacy.length === 0) return;
  let current: bigint | undefined;
  try {
    const mapped = mapLegacyHeap(p.config, p.version, 'jobmanager', heapKey, {});
    current = p.bytesIn(mapped, heapKey);
  } catch (err) {
    if (!(err instanceof FlinkError)) throw err;
  }
  if (current !== undefined && current >= target) return;
  for (const key of legacy) {
    p.edits.drop(
      key,
      `Legacy heap key: Flink ${p.version} (standalone) reads it as ${heapKey}, which replaces it to meet the heap target (Flink 2.0 removed the key).`,
    );
  }
  p.edits.put(heapKey, sizeValue(target), why);
}

export function planSizing(request: SizingRequest, config: ConfigMap): SizingPlan {
  return request.process === 'taskmanager'
    ? planTaskManager(request, config)
    : planJobManager(request, config);
}
