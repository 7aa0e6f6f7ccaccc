import type { ConfigMap, ConfigValue, Deployment, FlinkVersion, ProcessName } from '../model/index.js';
import { FlinkError, ice } from './flink-error.js';
import { parseMemorySize } from './memory-size.js';
import { findOption, OptionReader } from './options.js';

/** Where 1.x reads a process's legacy heap setting, and which new option it becomes (spec §5.1–5.2). */
const LEGACY_HEAP: Record<
  ProcessName,
  { envVar: string; sizeKey: string; mbKey: string; target: Record<Deployment, string> }
> = {
  taskmanager: {
    envVar: 'FLINK_TM_HEAP',
    sizeKey: 'taskmanager.heap.size',
    mbKey: 'taskmanager.heap.mb',
    // The standalone scripts (BashJavaUtils) read it as total Flink memory; active resource managers as the process size.
    target: {
      standalone: 'taskmanager.memory.flink.size',
      kubernetes: 'taskmanager.memory.process.size',
      yarn: 'taskmanager.memory.process.size',
    },
  },
  jobmanager: {
    envVar: 'FLINK_JM_HEAP',
    sizeKey: 'jobmanager.heap.size',
    mbKey: 'jobmanager.heap.mb',
    target: {
      standalone: 'jobmanager.memory.heap.size',
      kubernetes: 'jobmanager.memory.process.size',
      yarn: 'jobmanager.memory.process.size',
    },
  },
};

export function legacyHeapTarget(process: ProcessName, deployment: Deployment): string {
  return LEGACY_HEAP[process].target[deployment];
}

/**
 * `getConfigurationWithLegacyHeapSizeMappedToNewConfigOption`: unless `target` is set, the legacy heap
 * (env variable, then the size key, then the MiB key) becomes `target`. Throws `FlinkError` unprefixed.
 */
export function mapLegacyHeap(
  config: ConfigMap,
  version: FlinkVersion,
  process: ProcessName,
  target: string,
  env: Readonly<Record<string, string>>,
): ConfigMap {
  if (config.has(target)) return config;
  const legacy = LEGACY_HEAP[process];
  let bytes: bigint | undefined;
  const envValue = env[legacy.envVar];
  if (envValue !== undefined) {
    try {
      bytes = parseMemorySize(envValue);
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
      throw ice(`Cannot read total process memory size from environment variable value ${envValue}.`, err);
    }
  } else {
    const reader = new OptionReader(config);
    const sizeOption = findOption(version, legacy.sizeKey);
    const mbOption = findOption(version, legacy.mbKey);
    if (sizeOption && config.has(sizeOption.key)) bytes = reader.memory(sizeOption);
    else if (mbOption && config.has(mbOption.key)) {
      const mb = reader.number(mbOption);
      if (mb < 0) throw ice(`Configured total process memory size (${mb}MB) must not be less than 0.`);
      bytes = BigInt(mb) << 20n;
    }
  }
  if (bytes === undefined) return config;
  const mapped = new Map<string, ConfigValue>(config);
  mapped.set(target, `${bytes}b`);
  return mapped;
}
