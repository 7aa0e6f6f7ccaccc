import type { ConfigMap, DerivationFailure, FlinkVersion, VersionSince } from '../model/index.js';
import { deriveTaskManager, type DeriveOptions } from './derive.js';
import { failure, FlinkError, iae } from './flink-error.js';
import {
  INTEGER_MAX_VALUE,
  networkBufferSettings,
  type NetworkBufferSettings,
} from './network-buffer-options.js';
import { findOption, OptionReader, type OptionDef } from './options.js';
import { atLeast } from './versions.js';

/**
 * How a version sizes an input gate (apache/flink `SingleInputGateFactory`):
 * - `floating-0` (1.10–1.11): pool `createBufferPool(0, floating)`; every remote channel requests
 *   `buffers-per-channel` exclusive buffers from the `NetworkBufferPool`.
 * - `floating-1` (1.12–1.16): as above with a pool minimum of 1, "at-least one floating buffer for
 *   local channel state recovery" (`NettyShuffleUtils.getMinMaxFloatingBuffersPerInputGate`).
 * - `required-threshold` (1.17–1.19, FLINK-30473 `InputGateSpecUtils`): the gate needs
 *   `min(threshold, channels × buffers-per-channel + 1)`; exclusive per channel is
 *   `min(buffers-per-channel, (required − 1) / channels)`; the pool requires the rest (required −
 *   channels × exclusive) and remote channels request their exclusive buffers.
 * - `expected-pool` (1.20+, `createBufferPool(expected, min, max)` of the decoupled network memory
 *   work): the pool itself requires the whole `required`, and remote channels still request their
 *   exclusive buffers from the `NetworkBufferPool` on top (`SingleInputGate.setupChannels`).
 */
export type GateModel = 'floating-0' | 'floating-1' | 'required-threshold' | 'expected-pool';

const GATE_MODELS: readonly [VersionSince, GateModel][] = [
  ['1.10', 'floating-0'],
  ['1.12', 'floating-1'],
  ['1.17', 'required-threshold'],
  ['1.20', 'expected-pool'],
];

export function gateModel(version: FlinkVersion): GateModel {
  let model: GateModel = GATE_MODELS[0][1];
  for (const [since, m] of GATE_MODELS) if (atLeast(version, since)) model = m;
  return model;
}

/** `InputGateSpecUtils.DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH` (1.17+). */
export const DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH = 1000;

/**
 * Streaming exchanges are `PIPELINED_BOUNDED`; batch ones `BLOCKING` (the default
 * `execution.batch-shuffle-mode: ALL_EXCHANGES_BLOCKING`), written by the sort-merge shuffle once the
 * consumer parallelism reaches `taskmanager.network.sort-shuffle.min-parallelism` (1.12+).
 */
export type RuntimeMode = 'streaming' | 'batch';

/** Java `int` arithmetic: what Flink computes, overflow included. */
const int = (n: number): number => n | 0;

/** What one input gate of `channels` channels asks of the `NetworkBufferPool`. */
export interface GateBuffers {
  /** The gate's `LocalBufferPool` minimum, reserved when the pool is created. */
  poolRequired: number;
  /** Exclusive buffers each remote channel requests when it is set up. */
  exclusivePerChannel: number;
}

/** Per-gate buffers as `version` computes them; throws where Flink's own checks fail the task. */
export function gateBuffers(
  version: FlinkVersion,
  settings: NetworkBufferSettings,
  mode: RuntimeMode,
  channels: number,
): GateBuffers {
  const model = gateModel(version);
  const { buffersPerChannel: perChannel, floatingBuffersPerGate: floating } = settings;
  if (model === 'floating-0' || model === 'floating-1') {
    return { poolRequired: model === 'floating-0' ? 0 : 1, exclusivePerChannel: perChannel };
  }
  const threshold =
    settings.maxRequiredBuffersPerGate ??
    (mode === 'streaming' ? INTEGER_MAX_VALUE : DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH);
  const required = Math.min(threshold, int(Math.imul(channels, perChannel) + 1));
  if (required < 1) throw iae('Require at least 1 buffer per gate.');
  const exclusive = Math.min(perChannel, Math.trunc((required - 1) / channels));
  if (model === 'expected-pool') return { poolRequired: required, exclusivePerChannel: exclusive };
  const exclusivePerGate = Math.imul(exclusive, channels);
  const requiredFloating = int(required - exclusivePerGate);
  const totalFloating = int(int(Math.imul(channels, perChannel) + floating) - exclusivePerGate);
  if (requiredFloating > totalFloating) {
    throw new FlinkError('IllegalStateException', 'Wrong number of floating buffers.');
  }
  return { poolRequired: requiredFloating, exclusivePerChannel: exclusive };
}

/**
 * A result partition's `LocalBufferPool` minimum (`NettyShuffleUtils
 * .getMinMaxNetworkBuffersPerResultPartition`; `ResultPartitionFactory` before 1.13): one buffer per
 * subpartition plus one, or `sort-shuffle.min-buffers` for a sort-merge blocking partition.
 */
export function resultPartitionBuffers(
  settings: NetworkBufferSettings,
  mode: RuntimeMode,
  subpartitions: number,
): { required: number; sortShuffle: boolean } {
  const sortShuffle = mode === 'batch' && subpartitions >= settings.sortShuffleMinParallelism;
  return { required: sortShuffle ? settings.sortShuffleMinBuffers : int(subpartitions + 1), sortShuffle };
}

/** `NetworkBufferPool`'s message, identical from 1.10 to 2.x (`createBufferPool`, `tryRedistributeBuffers`). */
export function insufficientBuffersMessage(
  required: number,
  available: number,
  total: number,
  segmentSize: number,
): string {
  return `Insufficient number of network buffers: required ${required}, but only ${available} available. The total number of network buffers is currently set to ${total} of ${segmentSize} bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.`;
}

/**
 * The job shape the demand is computed for: two vertices of parallelism `parallelism` joined by one
 * all-to-all exchange (keyBy, rebalance), slot sharing on, each slot running one subtask of each.
 * The TaskManager holds `min(slots, parallelism)` subtasks of each vertex; a consumer's channels from
 * producers on the same TaskManager are local (no exclusive buffers), the rest remote. Batch assumes a
 * fixed consumer parallelism: the adaptive batch scheduler sizes partitions by the consumer's maximum
 * parallelism instead, which this shape does not model.
 */
export interface NetworkBufferJob {
  parallelism: number;
  mode: RuntimeMode;
  /** Slots of the TaskManager; `taskmanager.numberOfTaskSlots` of the configuration when absent. */
  slots?: number;
}

/** A request the `NetworkBufferPool` refused, as the task fails with it. */
export interface DeploymentFailure {
  errorType: string;
  message: string;
  /** For an insufficient-buffers failure: the refused request and what was left. */
  required?: number;
  available?: number;
}

export interface NetworkBufferDemand {
  flinkVersion: FlinkVersion;
  gateModel: GateModel;
  mode: RuntimeMode;
  parallelism: number;
  slots: number;
  /** Subtasks of each vertex on this TaskManager: `min(slots, parallelism)`. */
  subtasksPerVertex: number;
  /** Input channels of each consumer gate (= parallelism), and how many lead to other TaskManagers. */
  channelsPerGate: number;
  remoteChannelsPerGate: number;
  resultPartition: { requiredPerSubtask: number; sortShuffle: boolean };
  inputGate: GateBuffers & { exclusivePerSubtask: number };
  /**
   * Buffers the TaskManager must hand out for its tasks to deploy. Streaming: producers and consumers
   * run together, so all parts add up. Batch: consumers deploy after the producers finished and
   * released their partition pools, so `total` is the larger of the two stages.
   */
  required: { resultPartitions: number; gatePools: number; exclusive: number; total: number };
  available: { networkBytes: bigint; segmentSize: number; buffers: number };
  settings: NetworkBufferSettings;
  /** Why deployment fails, where it does: the first request (in the order below) Flink refuses. */
  deploymentFailure?: DeploymentFailure;
}

export type NetworkBufferResult = { ok: true; demand: NetworkBufferDemand } | DerivationFailure;

/**
 * The network buffers one TaskManager needs for `job`, against what its network memory holds.
 *
 * Requests are replayed in the order a task sets itself up (`Task.setupPartitionsAndGates`: result
 * partitions, then gates; `SingleInputGate.setup`: the pool, then each remote channel's exclusive
 * buffers), slot by slot with the producer first. Flink deploys a TaskManager's tasks concurrently,
 * so a real log may show another "available" figure; the refused request is the same kind.
 */
export function networkBufferDemand(
  config: ConfigMap,
  job: NetworkBufferJob,
  options: DeriveOptions,
): NetworkBufferResult {
  const version = options.flinkVersion;
  const tm = deriveTaskManager(config, options);
  if (!tm.ok) return tm;
  try {
    const settings = networkBufferSettings(config, version, tm.memory.network);
    const slots = job.slots ?? configuredSlots(config, version);
    return {
      ok: true,
      demand: demandFor(version, settings, tm.memory.network, job.mode, job.parallelism, slots),
    };
  } catch (err) {
    return failure(err);
  }
}

function configuredSlots(config: ConfigMap, version: FlinkVersion): number {
  return new OptionReader(config).number(findOption(version, 'taskmanager.numberOfTaskSlots') as OptionDef);
}

/** The demand for a TaskManager whose settings and network memory are known. */
export function demandFor(
  version: FlinkVersion,
  settings: NetworkBufferSettings,
  networkBytes: bigint,
  mode: RuntimeMode,
  parallelism: number,
  slots: number,
): NetworkBufferDemand {
  const subtasks = Math.min(slots, parallelism);
  const remote = parallelism - subtasks;
  const partition = resultPartitionBuffers(settings, mode, parallelism);
  const total = settings.totalBuffers;
  let gate: GateBuffers = { poolRequired: 0, exclusivePerChannel: 0 };
  let deploymentFailure: DeploymentFailure | undefined;
  try {
    gate = gateBuffers(version, settings, mode, parallelism);
  } catch (err) {
    if (!(err instanceof FlinkError)) throw err;
    deploymentFailure = { errorType: err.errorType, message: err.message };
  }
  const exclusivePerSubtask = remote * gate.exclusivePerChannel;
  const resultPartitions = subtasks * partition.required;
  const gatePools = subtasks * gate.poolRequired;
  const exclusive = subtasks * exclusivePerSubtask;
  const consumers = gatePools + exclusive;

  // A consumer sets up its gate's pool, then each remote channel's exclusive buffers.
  const consumer: Run[] = [
    [1, gate.poolRequired],
    [remote, gate.exclusivePerChannel],
  ];
  const stages: Stage[] =
    mode === 'streaming'
      ? [{ times: subtasks, block: [[1, partition.required], ...consumer] }]
      : [
          { times: subtasks, block: [[1, partition.required]] },
          { times: subtasks, block: consumer },
        ];
  deploymentFailure ??= firstRefusal(stages, total, settings.segmentSize);

  return {
    flinkVersion: version,
    gateModel: gateModel(version),
    mode,
    parallelism,
    slots,
    subtasksPerVertex: subtasks,
    channelsPerGate: parallelism,
    remoteChannelsPerGate: remote,
    resultPartition: { requiredPerSubtask: partition.required, sortShuffle: partition.sortShuffle },
    inputGate: { ...gate, exclusivePerSubtask },
    required: {
      resultPartitions,
      gatePools,
      exclusive,
      total: mode === 'streaming' ? resultPartitions + consumers : Math.max(resultPartitions, consumers),
    },
    available: { networkBytes, segmentSize: settings.segmentSize, buffers: total },
    settings,
    ...(deploymentFailure && { deploymentFailure }),
  };
}

/** `count` requests of `size` buffers each. */
type Run = readonly [count: number, size: number];

/** A stage of deployment: the same block of requests, once per subtask. */
interface Stage {
  times: number;
  block: readonly Run[];
}

/**
 * Replays the requests with `NetworkBufferPool`'s `int` bookkeeping; each stage starts empty. Runs
 * of requests that stay within the total are counted at once rather than one by one: the answer is
 * the same, overflow included, and the cost does not grow with slots and channels.
 */
function firstRefusal(
  stages: readonly Stage[],
  total: number,
  segmentSize: number,
): DeploymentFailure | undefined {
  for (const { times, block } of stages) {
    const perBlock = block.reduce((sum, [count, size]) => sum + count * size, 0);
    // Whole blocks whose running sum stays within the total all pass.
    const passing = perBlock === 0 ? times : Math.min(times, Math.floor(total / perBlock));
    let reserved = passing * perBlock;
    for (let i = passing; i < times; i++) {
      for (const [count, size] of block) {
        let left = count;
        while (left > 0 && size > 0) {
          const fit = Math.min(left, Math.floor((total - reserved) / size));
          reserved += fit * size;
          left -= fit;
          if (left === 0) break;
          // The next request exceeds the total unless Flink's `int` sum wraps below it.
          const next = int(reserved + size);
          if (next > total) {
            const available = int(total - reserved);
            return {
              errorType: 'IOException',
              message: insufficientBuffersMessage(size, available, total, segmentSize),
              required: size,
              available,
            };
          }
          reserved = next;
          left--;
        }
      }
    }
  }
  return undefined;
}
