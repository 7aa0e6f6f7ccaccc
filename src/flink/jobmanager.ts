import type { ConfigMap, FlinkVersion, JobManagerMemory, JobManagerResult } from '../model/index.js';
import { failure, ice } from './flink-error.js';
import { jvmArgs, withDynamicConfigs } from './jvm.js';
import { addBytes, memorySizeToHumanReadable as hr, subtractBytes } from './memory-size.js';
import { OptionReader, requireOption, type OptionDef } from './options.js';
import {
  deriveFromTotalProcess,
  deriveMetaspaceAndOverhead,
  processOptions,
  type ProcessOptions,
} from './process-memory.js';
import { traitsOf } from './versions.js';

interface JobManagerOptions extends ProcessOptions {
  heap: OptionDef;
  offHeap: OptionDef;
  directLimit: OptionDef;
}

const OPTIONS = new Map<FlinkVersion, JobManagerOptions>();

function jmOptions(version: FlinkVersion): JobManagerOptions {
  let options = OPTIONS.get(version);
  if (!options) {
    const opt = (key: string): OptionDef => requireOption(version, key);
    options = {
      ...processOptions(version, 'jobmanager'),
      heap: opt('jobmanager.memory.heap.size'),
      offHeap: opt('jobmanager.memory.off-heap.size'),
      directLimit: opt('jobmanager.memory.enable-jvm-direct-memory-limit'),
    };
    OPTIONS.set(version, options);
  }
  return options;
}

/**
 * `JobManagerProcessUtils.processSpecFromConfig` (1.11+) then the JVM flags and dynamic configs;
 * throws `FlinkError`, unprefixed.
 */
export function runJobManager(config: ConfigMap, version: FlinkVersion): JobManagerResult {
  const r = new OptionReader(config);
  const o = jmOptions(version);
  let heap: bigint;
  let offHeap: bigint;
  let metaspace: bigint;
  let overhead: bigint;
  if (r.contains(o.heap)) {
    heap = r.memory(o.heap);
    offHeap = r.memory(o.offHeap);
    if (r.contains(o.flink)) {
      const totalFlink = r.memory(o.flink);
      if (r.contains(o.offHeap)) {
        if (addBytes(heap, offHeap) !== totalFlink) {
          throw ice(
            `Sum of the configured JVM Heap Memory (${hr(heap)}) and the configured Off-heap Memory (${hr(offHeap)}) does not match the configured Total Flink Memory (${hr(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
          );
        }
      } else {
        if (totalFlink < heap) {
          throw ice(
            `The configured JVM Heap Memory (${hr(heap)}) exceeds the configured Total Flink Memory (${hr(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`,
          );
        }
        offHeap = totalFlink - heap;
      }
    }
    ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, addBytes(heap, offHeap)));
  } else if (r.contains(o.flink)) {
    const totalFlink = r.memory(o.flink);
    ({ heap, offHeap } = fromTotalFlink(r, o, totalFlink));
    ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, totalFlink));
  } else if (r.contains(o.process)) {
    const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
    ({ metaspace, overhead } = derived);
    ({ heap, offHeap } = fromTotalFlink(r, o, derived.totalFlink));
  } else {
    throw ice(
      "Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.",
    );
  }
  const totalFlink = heap + offHeap;
  const memory: JobManagerMemory = {
    jvmHeap: heap,
    offHeap,
    jvmMetaspace: metaspace,
    jvmOverhead: overhead,
    totalFlink,
    totalProcess: totalFlink + metaspace + overhead,
  };
  // The direct-memory switch is read only when the JVM flags are generated, after the derivation.
  const directMemory = r.boolean(o.directLimit) ? offHeap : undefined;
  const result: JobManagerResult = {
    ok: true,
    memory,
    jvm: {
      heap,
      ...(directMemory !== undefined && { directMemory }),
      metaspace,
      args: jvmArgs(heap, directMemory, metaspace),
    },
  };
  if (!traitsOf(version).jobManagerDynamicConfigs) return result;
  const b = (v: bigint) => `${v}b`;
  return withDynamicConfigs(
    result,
    () => [
      ['jobmanager.memory.heap.size', b(heap)],
      ['jobmanager.memory.off-heap.size', b(offHeap)],
      ['jobmanager.memory.jvm-metaspace.size', b(metaspace)],
      ['jobmanager.memory.jvm-overhead.min', b(overhead)],
      ['jobmanager.memory.jvm-overhead.max', b(overhead)],
    ],
    false,
  );
}

function fromTotalFlink(
  r: OptionReader,
  o: JobManagerOptions,
  totalFlink: bigint,
): { heap: bigint; offHeap: bigint } {
  const offHeap = r.memory(o.offHeap);
  if (totalFlink <= offHeap) {
    throw ice(
      `The configured Total Flink Memory (${hr(totalFlink)}) is less than the configured Off-heap Memory (${hr(offHeap)}).`,
    );
  }
  return { heap: subtractBytes(totalFlink, offHeap), offHeap };
}

/** Plain JobManager derivation (`JobManagerProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
export function deriveJobManagerPlain(config: ConfigMap, version: FlinkVersion): JobManagerResult {
  try {
    return runJobManager(config, version);
  } catch (err) {
    return failure(err);
  }
}
