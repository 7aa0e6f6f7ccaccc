/** TaskManager memory components in bytes (Flink's `TaskExecutorProcessSpec`). */
export interface TaskManagerMemory {
  frameworkHeap: bigint;
  taskHeap: bigint;
  managed: bigint;
  frameworkOffHeap: bigint;
  taskOffHeap: bigint;
  network: bigint;
  jvmMetaspace: bigint;
  jvmOverhead: bigint;
  totalFlink: bigint;
  totalProcess: bigint;
}

/** JobManager memory components in bytes (Flink's `JobManagerProcessSpec`). */
export interface JobManagerMemory {
  jvmHeap: bigint;
  offHeap: bigint;
  jvmMetaspace: bigint;
  jvmOverhead: bigint;
  totalFlink: bigint;
  totalProcess: bigint;
}

/** The JVM memory flags Flink passes to the process. */
export interface JvmParameters {
  heap: bigint;
  /** `-XX:MaxDirectMemorySize`, absent where Flink does not set it (JobManager without the limit switch). */
  directMemory?: bigint;
  metaspace: bigint;
  /** The exact argument string Flink emits, e.g. `-Xmx536870902 -Xms536870902 ...`. */
  args: string;
}

export interface DerivationSuccess<M> {
  ok: true;
  memory: M;
  jvm: JvmParameters;
  /** The `-D key=value` line Flink's start-up scripts pass on (absent for the 1.11 JobManager). */
  dynamicConfigs?: string;
  /** TaskManager: the CPU cores Flink settles on (`taskmanager.cpu.cores`, else the slot count). */
  cpuCores?: number;
  /** TaskManager (Flink 1.13+): `taskmanager.numberOfTaskSlots` as the spec carries it. */
  numSlots?: number;
  /** TaskManager (Flink 1.13+): external resources with a positive amount, by name. */
  externalResources?: Record<string, bigint>;
}

export interface DerivationFailure {
  ok: false;
  /** Flink's own message, verbatim (`Throwable.getMessage()` of what escapes). */
  error: string;
  /** Simple name of the Java exception class Flink raises. */
  errorType: string;
  /** Messages of the cause chain, outermost first, where Flink wraps one. */
  causes?: string[];
}

/** Flink 1.10 had no JobManager memory model; its scripts only set the heap (spec §5.6). */
export interface DerivationUnsupported {
  ok: false;
  unsupported: true;
  reason: string;
  /** What the 1.10 scripts pass to the JVM, where they pass anything (`-Xms1024m -Xmx1024m`). */
  jvmArgs?: string;
  /** The 1.10 script's own error, where it refuses the value. */
  error?: string;
}

export type TaskManagerResult = DerivationSuccess<TaskManagerMemory> | DerivationFailure;
export type JobManagerResult =
  DerivationSuccess<JobManagerMemory> | DerivationFailure | DerivationUnsupported;

export type ProcessName = 'taskmanager' | 'jobmanager';

export interface Breakdown {
  flinkVersion: string;
  taskmanager: TaskManagerResult;
  jobmanager: JobManagerResult;
}
