import type {
  ConfigMap,
  Deployment,
  FlinkVersion,
  JobManagerResult,
  ProcessName,
  TaskManagerResult,
} from '../../model/index.js';

/** The state backends whose memory needs the solver knows (spec §10). */
export type StateBackendName = 'hashmap' | 'rocksdb' | 'forst';

/**
 * Lower bounds in bytes: a target is met when the derived component is at least this large. Per-slot
 * targets compare with Flink's slot share, `⌊component / slots⌋` (spec §10.3).
 */
export interface TaskManagerTargets {
  taskHeapPerSlot?: bigint;
  /** The whole task heap (a threshold on the TaskManager, not on its slots). */
  taskHeap?: bigint;
  /** The whole managed memory (kept exactly, where per-slot targets would round). */
  managed?: bigint;
  managedPerSlot?: bigint;
  network?: bigint;
  metaspace?: bigint;
  overhead?: bigint;
}

export interface JobManagerTargets {
  /** JVM heap (`-Xmx`). */
  heap?: bigint;
  offHeap?: bigint;
  metaspace?: bigint;
  overhead?: bigint;
}

interface RequestBase {
  version: FlinkVersion;
  /** Decides how 1.x legacy heap keys are read (default standalone). */
  deployment?: Deployment;
  /** Container memory in bytes: asks the "fit" question. Without it: the "minimum" question. */
  container?: bigint;
  /** An existing configuration (key → raw value, as the derivation takes it). */
  config?: ConfigMap;
}

export interface TaskManagerSizingRequest extends RequestBase {
  process: 'taskmanager';
  /** Without it, managed memory is left as configured (unless a managed target asks for more). */
  stateBackend?: StateBackendName;
  /** Slots per TaskManager; default: the configuration's `taskmanager.numberOfTaskSlots`. */
  slots?: number;
  targets?: TaskManagerTargets;
}

export interface JobManagerSizingRequest extends RequestBase {
  process: 'jobmanager';
  targets?: JobManagerTargets;
}

export type SizingRequest = TaskManagerSizingRequest | JobManagerSizingRequest;

export type SizingQuestion = 'fit' | 'minimum';

/** An explicit key of the configuration that the request cannot be met with. */
export interface Blocker {
  key: string;
  /** The value as written. */
  value: string;
  why: string;
}

interface AnswerBase {
  question: SizingQuestion;
  process: ProcessName;
  /** Keys to write, sizes as Flink reads them (`3072m`, exact bytes as `123b` where not whole MiB). */
  set: Record<string, string>;
  /** Keys to delete. */
  remove: string[];
  /** One sentence per key in `set` or `remove`. */
  why: Record<string, string>;
  /** The configuration with the edits applied. */
  config: ConfigMap;
}

export interface FeasibleAnswer extends AnswerBase {
  feasible: true;
  /** What Flink derives from `config`, by the same functions `derive` uses. */
  result: TaskManagerResult | JobManagerResult;
  /** `*.memory.process.size` of the answer, in bytes (whole MiB): the total process memory. */
  processSize: bigint;
}

export interface InfeasibleAnswer extends AnswerBase {
  feasible: false;
  reason: string;
  /** What Flink derives at the size that shows the problem (absent for a malformed request). */
  result?: TaskManagerResult | JobManagerResult;
  /** Explicit keys that make the request impossible: without any one of them it is possible. */
  blockers: Blocker[];
  /** Fit: the smallest container that would work with the configuration's keys as they are. */
  minimumContainer?: bigint;
  /** The answer once the blockers are removed, where that is possible. */
  withoutBlockers?: FeasibleAnswer;
}

export type SizingAnswer = FeasibleAnswer | InfeasibleAnswer;
