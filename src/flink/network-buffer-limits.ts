import type { FlinkVersion } from '../model/index.js';
import { FlinkError } from './flink-error.js';
import {
  INTEGER_MAX_VALUE,
  networkBufferOption,
  type NetworkBufferSettings,
} from './network-buffer-options.js';
import { demandFor, type RuntimeMode } from './network-buffers.js';
import { requireOption } from './options.js';
import { deriveWithFraction } from './process-memory.js';

/**
 * Network buffers of the smallest network memory a TaskManager gets without configuring it:
 * `taskmanager.memory.network.min` (64m) over `taskmanager.memory.segment-size` (32kb), i.e. 2048.
 * Flink's fraction (0.1 of total Flink memory) gives less than the minimum below 640m of Flink
 * memory, so every default TaskManager has at least this many buffers.
 */
export function smallestDefaultNetworkBuffers(version: FlinkVersion): number {
  const min = requireOption(version, 'taskmanager.memory.network.min').defaultValue as bigint;
  const segment = requireOption(version, 'taskmanager.memory.segment-size').defaultValue as bigint;
  return Number(min / segment);
}

/**
 * The network memory a TaskManager of `totalFlink` gets from the version's defaults: 0.1 of Total
 * Flink memory within `taskmanager.memory.network.min` and `.max` (1 GiB before 1.17).
 */
export function defaultNetworkBytes(version: FlinkVersion, totalFlink: bigint): bigint {
  const option = (key: string) => requireOption(version, key);
  const fractionOption = option('taskmanager.memory.network.fraction');
  return deriveWithFraction(totalFlink, {
    min: option('taskmanager.memory.network.min').defaultValue as bigint,
    max: option('taskmanager.memory.network.max').defaultValue as bigint,
    fraction: fractionOption.defaultValue as number,
    fractionOption,
  });
}

/** Whether a TaskManager with `settings` deploys `slots` producer/consumer pairs of parallelism `parallelism`. */
function fits(
  version: FlinkVersion,
  settings: NetworkBufferSettings,
  mode: RuntimeMode,
  parallelism: number,
  slots: number,
): boolean {
  const bytes = BigInt(settings.totalBuffers) * BigInt(settings.segmentSize);
  return !demandFor(version, settings, bytes, mode, parallelism, slots).deploymentFailure;
}

/**
 * The largest `buffers-per-channel` with which a TaskManager of `settings.totalBuffers` buffers and
 * `slots` slots still deploys one producer and one consumer per slot when each consumer reads one
 * channel from another TaskManager (parallelism `slots + 1`, the least remote traffic there is).
 * Anything above it fails with "Insufficient number of network buffers" on any job that crosses
 * TaskManagers. Undefined where the version does not read the key (2.x hard-codes 2).
 */
export function largestServableBuffersPerChannel(
  version: FlinkVersion,
  settings: NetworkBufferSettings,
  slots: number,
  mode: RuntimeMode = 'streaming',
): number | undefined {
  if (networkBufferOption(version, 'buffersPerChannel').kind !== 'read') return undefined;
  // The answer depends on nothing but these figures, and a tree repeats them config after config.
  const key = [
    version,
    mode,
    slots,
    settings.totalBuffers,
    settings.floatingBuffersPerGate,
    settings.maxRequiredBuffersPerGate,
    settings.sortShuffleMinParallelism,
    settings.sortShuffleMinBuffers,
  ].join();
  const known = LARGEST_SERVABLE.get(key);
  if (known !== undefined) return known;
  if (LARGEST_SERVABLE.size >= MAX_REMEMBERED) LARGEST_SERVABLE.clear();
  const largest = searchLargestServable(version, settings, slots, mode);
  LARGEST_SERVABLE.set(key, largest);
  return largest;
}

const LARGEST_SERVABLE = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

function searchLargestServable(
  version: FlinkVersion,
  settings: NetworkBufferSettings,
  slots: number,
  mode: RuntimeMode,
): number {
  const parallelism = slots + 1;
  const servable = (buffersPerChannel: number): boolean => {
    try {
      return fits(version, { ...settings, buffersPerChannel }, mode, parallelism, slots);
    } catch (err) {
      if (err instanceof FlinkError) return false;
      throw err;
    }
  };
  if (!servable(0)) return -1;
  // Above this, Flink's int arithmetic (channels × buffers-per-channel + floating) overflows.
  const noOverflow = Math.floor(
    (INTEGER_MAX_VALUE - Math.max(1, settings.floatingBuffersPerGate)) / parallelism,
  );
  let low = 0;
  let high = noOverflow;
  while (low < high) {
    const mid = low + Math.ceil((high - low) / 2);
    if (servable(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
