import type { ConfigMap, FlinkVersion, TaskManagerMemory, TaskManagerResult } from '../model/index.js';
import { failure, FlinkError, ice, iae } from './flink-error.js';
import { javaDoubleToString } from './java-number.js';
import { jvmArgs, javaHashMapOrder, withDynamicConfigs } from './jvm.js';
import { addBytes, memorySizeToHumanReadable as hr } from './memory-size.js';
import { findOption, OptionReader, requireOption, type OptionDef } from './options.js';
import {
  deriveFromTotalProcess,
  deriveMetaspaceAndOverhead,
  deriveWithFraction,
  deriveWithInverseFraction,
  processOptions,
  rangeFraction,
  unboundedFraction,
  type ProcessOptions,
} from './process-memory.js';
import { traitsOf, type VersionTraits } from './versions.js';

interface TaskManagerOptions extends ProcessOptions {
  frameworkHeap: OptionDef;
  frameworkOffHeap: OptionDef;
  taskHeap: OptionDef;
  taskOffHeap: OptionDef;
  managed: OptionDef;
  managedFraction: OptionDef;
  networkMin: OptionDef;
  networkMax: OptionDef;
  networkFraction: OptionDef;
  segmentSize: OptionDef;
  numberOfBuffers?: OptionDef;
  cpuCores: OptionDef;
  slots: OptionDef;
  externalResources?: OptionDef;
}

const OPTIONS = new Map<FlinkVersion, TaskManagerOptions>();

function tmOptions(version: FlinkVersion): TaskManagerOptions {
  let options = OPTIONS.get(version);
  if (!options) {
    const opt = (key: string): OptionDef => requireOption(version, key);
    options = {
      ...processOptions(version, 'taskmanager'),
      frameworkHeap: opt('taskmanager.memory.framework.heap.size'),
      frameworkOffHeap: opt('taskmanager.memory.framework.off-heap.size'),
      taskHeap: opt('taskmanager.memory.task.heap.size'),
      taskOffHeap: opt('taskmanager.memory.task.off-heap.size'),
      managed: opt('taskmanager.memory.managed.size'),
      managedFraction: opt('taskmanager.memory.managed.fraction'),
      networkMin: opt('taskmanager.memory.network.min'),
      networkMax: opt('taskmanager.memory.network.max'),
      networkFraction: opt('taskmanager.memory.network.fraction'),
      segmentSize: opt('taskmanager.memory.segment-size'),
      numberOfBuffers: findOption(version, 'taskmanager.network.numberOfBuffers'),
      cpuCores: opt('taskmanager.cpu.cores'),
      slots: opt('taskmanager.numberOfTaskSlots'),
      externalResources: findOption(version, 'external-resources'),
    };
    OPTIONS.set(version, options);
  }
  return options;
}

interface FlinkInternal {
  frameworkHeap: bigint;
  frameworkOffHeap: bigint;
  taskHeap: bigint;
  taskOffHeap: bigint;
  network: bigint;
  managed: bigint;
}

/** One TaskManager derivation: the configuration, its version's options and behaviour. */
class TaskManagerDerivation {
  readonly o: TaskManagerOptions;
  readonly traits: VersionTraits;

  constructor(
    readonly r: OptionReader,
    readonly version: FlinkVersion,
  ) {
    this.o = tmOptions(version);
    this.traits = traitsOf(version);
  }

  /** `TaskExecutorProcessUtils.processSpecFromConfig` without any legacy heap mapping; throws `FlinkError`. */
  run(): TaskManagerResult {
    const { r, o } = this;
    let internal: FlinkInternal;
    let metaspace: bigint;
    let overhead: bigint;
    try {
      if (r.contains(o.taskHeap) && r.contains(o.managed)) {
        internal = this.fromFineGrained();
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalOf(internal)));
      } else if (r.contains(o.flink)) {
        const totalFlink = r.memory(o.flink);
        internal = this.fromTotalFlink(totalFlink);
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalFlink));
      } else if (r.contains(o.process)) {
        const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
        ({ metaspace, overhead } = derived);
        internal = this.fromTotalFlink(derived.totalFlink);
      } else {
        throw ice(this.traits.tmMissingSizesMessage);
      }
      const cpu = this.cpuCores();
      return this.result(internal, metaspace, overhead, cpu);
    } catch (err) {
      if (
        err instanceof FlinkError &&
        err.errorType === 'IllegalConfigurationException' &&
        this.traits.tmPrefix
      ) {
        throw ice(this.traits.tmPrefix + err.message, err);
      }
      throw err;
    }
  }

  private fromFineGrained(): FlinkInternal {
    const { r, o } = this;
    const taskHeap = r.memory(o.taskHeap);
    const managed = r.memory(o.managed);
    const frameworkHeap = r.memory(o.frameworkHeap);
    const frameworkOffHeap = r.memory(o.frameworkOffHeap);
    const taskOffHeap = r.memory(o.taskOffHeap);
    const parts = { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed };
    let network: bigint;
    if (r.contains(o.flink)) {
      network = this.networkRemainder(parts, r.memory(o.flink));
    } else {
      const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
      network = this.usingLegacyNetwork()
        ? this.legacyNetwork()
        : deriveWithInverseFraction(withoutNetwork, this.networkRange());
    }
    return { ...parts, network };
  }

  /** With task heap and total Flink both known, network is what is left, and must fit its range. */
  private networkRemainder(parts: Omit<FlinkInternal, 'network'>, totalFlink: bigint): bigint {
    const { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed } = parts;
    const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
    if (withoutNetwork > totalFlink) {
      throw this.sumExceedsWithTaskHeap(
        frameworkHeap,
        frameworkOffHeap,
        taskHeap,
        taskOffHeap,
        managed,
        totalFlink,
      );
    }
    const network = totalFlink - withoutNetwork;
    this.checkNetworkRemainder(network);
    return network;
  }

  private fromTotalFlink(totalFlink: bigint): FlinkInternal {
    const { r, o } = this;
    const frameworkHeap = r.memory(o.frameworkHeap);
    const frameworkOffHeap = r.memory(o.frameworkOffHeap);
    const taskOffHeap = r.memory(o.taskOffHeap);
    if (r.contains(o.taskHeap)) {
      const taskHeap = r.memory(o.taskHeap);
      const parts = {
        frameworkHeap,
        frameworkOffHeap,
        taskHeap,
        taskOffHeap,
        managed: this.managed(totalFlink),
      };
      return { ...parts, network: this.networkRemainder(parts, totalFlink) };
    }
    const managed = this.managed(totalFlink);
    const network = this.usingLegacyNetwork()
      ? this.legacyNetwork()
      : deriveWithFraction(totalFlink, this.networkRange());
    const withoutTaskHeap = sum(frameworkHeap, frameworkOffHeap, taskOffHeap, managed, network);
    if (withoutTaskHeap > totalFlink) {
      throw ice(
        `Sum of configured Framework Heap Memory (${hr(frameworkHeap)}), Framework Off-Heap Memory (${hr(frameworkOffHeap)}), Task Off-Heap Memory (${hr(taskOffHeap)}), Managed Memory (${hr(managed)}) and Network Memory (${hr(network)}) exceed configured Total Flink Memory (${hr(totalFlink)}).`,
      );
    }
    return {
      frameworkHeap,
      frameworkOffHeap,
      taskHeap: totalFlink - withoutTaskHeap,
      taskOffHeap,
      network,
      managed,
    };
  }

  private sumExceedsWithTaskHeap(
    fh: bigint,
    foh: bigint,
    th: bigint,
    toh: bigint,
    man: bigint,
    flink: bigint,
  ) {
    return ice(
      `Sum of configured Framework Heap Memory (${hr(fh)}), Framework Off-Heap Memory (${hr(foh)}), Task Heap Memory (${hr(th)}), Task Off-Heap Memory (${hr(toh)}) and Managed Memory (${hr(man)}) exceed configured Total Flink Memory (${hr(flink)}).`,
    );
  }

  private managed(totalFlink: bigint): bigint {
    const { r, o } = this;
    return r.contains(o.managed)
      ? r.memory(o.managed)
      : deriveWithFraction(totalFlink, unboundedFraction(r, o.managedFraction));
  }

  private networkRange() {
    const { r, o } = this;
    return rangeFraction(r, o.networkMin, o.networkMax, o.networkFraction);
  }

  private usingLegacyNetwork(): boolean {
    const { r, o } = this;
    return (
      this.traits.legacyNetworkBuffers &&
      o.numberOfBuffers !== undefined &&
      !r.contains(o.networkMax) &&
      !r.contains(o.networkMin) &&
      !r.contains(o.networkFraction) &&
      r.contains(o.numberOfBuffers)
    );
  }

  /** `numberOfBuffers × segment-size`, the 1.x network size when only the buffer count is set. */
  private legacyNetwork(): bigint {
    const { r, o } = this;
    const buffers = BigInt(r.number(o.numberOfBuffers as OptionDef));
    const pageSize = r.get(o.segmentSize) as bigint;
    if (pageSize > 2147483647n) throw iae(`Cannot downcast long value ${pageSize} to integer.`);
    const invalid = (why: string) =>
      ice(`Invalid configuration value for taskmanager.memory.segment-size : ${pageSize} - ${why}`);
    if (pageSize < 4096n) throw invalid('Minimum memory segment size is 4096');
    if ((pageSize & (pageSize - 1n)) !== 0n) throw invalid('Memory segment size must be a power of 2.');
    const bytes = buffers * pageSize;
    if (bytes < 0n) throw iae('bytes must be >= 0');
    return bytes;
  }

  /** Network is what is left of total Flink memory: it must still fit its configuration. */
  private checkNetworkRemainder(network: bigint): void {
    try {
      if (this.usingLegacyNetwork()) {
        const configured = this.legacyNetwork();
        if (configured !== network) {
          throw ice(
            `Derived Network Memory size (${hr(network)}) does not match configured Network Memory size (${hr(configured)}).`,
          );
        }
        return;
      }
      const range = this.networkRange();
      if (network > range.max || network < range.min) {
        throw ice(
          `Derived Network Memory size (${hr(network)}) is not in configured Network Memory range [${hr(range.min)}, ${hr(range.max)}].`,
        );
      }
    } catch (err) {
      if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
        throw ice(
          'If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.',
          err,
        );
      }
      throw err;
    }
  }

  private cpuCores(): number {
    const { r, o } = this;
    const cpu = r.contains(o.cpuCores) ? r.number(o.cpuCores) : r.number(o.slots);
    if (cpu <= 0) {
      throw ice(
        'TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.',
      );
    }
    if (!Number.isFinite(cpu)) {
      // `new CPUResource(cpu)` goes through BigDecimal, which has no NaN or infinity.
      throw new FlinkError(
        'NumberFormatException',
        `Character ${javaDoubleToString(cpu)[0]} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
      );
    }
    return cpu;
  }

  private result(
    internal: FlinkInternal,
    metaspace: bigint,
    overhead: bigint,
    cpu: number,
  ): TaskManagerResult {
    const { traits } = this;
    const memory: TaskManagerMemory = {
      ...internal,
      jvmMetaspace: metaspace,
      jvmOverhead: overhead,
      totalFlink: totalOf(internal),
      totalProcess: 0n,
    };
    memory.totalProcess = memory.totalFlink + metaspace + overhead;
    const heap = internal.frameworkHeap + internal.taskHeap;
    const direct = internal.frameworkOffHeap + internal.taskOffHeap + internal.network;
    // Slots and external resources are read (and may fail) as part of the spec, so eagerly.
    const slots = traits.slotsAndExternalResources ? this.r.number(this.o.slots) : undefined;
    const externalResources = traits.slotsAndExternalResources ? this.externalResources() : [];
    const result: TaskManagerResult = {
      ok: true,
      memory,
      jvm: { heap, directMemory: direct, metaspace, args: jvmArgs(heap, direct, metaspace) },
      cpuCores: cpu,
      ...(slots !== undefined && {
        numSlots: slots,
        externalResources: Object.fromEntries(externalResources),
      }),
    };
    const entries = (): [string, string][] => {
      const b = (v: bigint) => `${v}b`;
      const list: [string, string][] = [
        ['taskmanager.cpu.cores', javaDoubleToString(cpu)],
        ['taskmanager.memory.framework.heap.size', b(internal.frameworkHeap)],
        ['taskmanager.memory.framework.off-heap.size', b(internal.frameworkOffHeap)],
        ['taskmanager.memory.task.heap.size', b(internal.taskHeap)],
        ['taskmanager.memory.task.off-heap.size', b(internal.taskOffHeap)],
        ['taskmanager.memory.network.min', b(internal.network)],
        ['taskmanager.memory.network.max', b(internal.network)],
        ['taskmanager.memory.managed.size', b(internal.managed)],
      ];
      if (traits.dynamicMetaspaceAndOverhead) {
        list.push(
          ['taskmanager.memory.jvm-metaspace.size', b(metaspace)],
          ['taskmanager.memory.jvm-overhead.min', b(overhead)],
          ['taskmanager.memory.jvm-overhead.max', b(overhead)],
        );
      }
      if (slots !== undefined) {
        const names = externalResources.map(([name]) => (traits.quoteExternalResources ? `"${name}"` : name));
        list.push(
          ['taskmanager.numberOfTaskSlots', String(slots)],
          ['external-resources', names.length === 0 ? 'none' : names.join(';')],
          ...externalResources.map(([name, amount]): [string, string] => [
            `external-resource.${name}.amount`,
            String(amount),
          ]),
        );
      }
      return list;
    };
    return withDynamicConfigs(result, entries, traits.dynamicTrailingSpace);
  }

  /** Names from `external-resources` with a positive `external-resource.<name>.amount`, in HashMap order. */
  private externalResources(): [string, bigint][] {
    const option = this.o.externalResources;
    if (!option) return [];
    const raw = this.r.get(option) as string | undefined;
    const names = raw === undefined ? [] : parseList(raw);
    if (names.length === 1 && names[0] === 'none') return [];
    const unique = javaHashMapOrder([...new Set(names)]);
    const result: [string, bigint][] = [];
    for (const name of unique) {
      const amountKey = `external-resource.${name}.amount`;
      const amountRaw = this.r.config.get(amountKey);
      if (amountRaw === undefined) continue;
      const amount = parseLongOption(amountRaw, amountKey);
      if (amount > 0n) result.push([name, amount]);
    }
    return javaHashMapOrder(result.map(([n]) => n)).map(
      (n) => result.find(([m]) => m === n) as [string, bigint],
    );
  }
}

function parseLongOption(raw: unknown, key: string): bigint {
  const text = typeof raw === 'string' ? raw : String(raw);
  if (typeof raw === 'bigint') return raw;
  if (!/^[+-]?\d+$/.test(text)) {
    throw iae(`Could not parse value '${text}' for key '${key}'.`);
  }
  return BigInt(text);
}

/** Flink's list syntax: `;`-separated (flow-style `[a, b]` from config.yaml too). */
function parseList(raw: string): string[] {
  const text = raw.trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1).split(',') : text.split(';');
  return inner.map((s) => s.trim().replace(/^(['"])(.*)\1$/, '$2')).filter((s) => s.length > 0);
}

function sum(...values: bigint[]): bigint {
  let total = 0n;
  for (const v of values) total = addBytes(total, v);
  return total;
}

function totalOf(m: FlinkInternal): bigint {
  return sum(m.frameworkHeap, m.frameworkOffHeap, m.taskHeap, m.taskOffHeap, m.network, m.managed);
}

/** Plain TaskManager derivation (`TaskExecutorProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
export function deriveTaskManagerPlain(config: ConfigMap, version: FlinkVersion): TaskManagerResult {
  try {
    return new TaskManagerDerivation(new OptionReader(config), version).run();
  } catch (err) {
    return failure(err);
  }
}
