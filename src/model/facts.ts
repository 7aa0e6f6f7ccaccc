/**
 * The Facts document: everything a policy may test about one config, as plain JSON (bytes are
 * JSON numbers). Users write policies against it, so every field is documented in docs/facts.md
 * and changes bump `factsVersion`.
 */
export const FACTS_VERSION = 1;

export type ValueType = 'string' | 'integer' | 'float' | 'boolean';

/** A memory-size value as Flink would read it. */
export interface MemoryValueFacts {
  /** Flink's `MemorySize.parse` accepted it. */
  valid: boolean;
  /** Bytes, when valid. */
  bytes?: number;
  /** Flink's own parse message, when invalid. */
  error?: string;
  /** A bare number (Flink reads it as bytes). */
  unitless: boolean;
  /** A Kubernetes binary suffix (`Gi`, `Mi`, `Ki`...), which Flink rejects. */
  kubernetesUnit: boolean;
  /** An upper-case one-letter unit (`2G`, `512M`): binary in Flink, decimal in Kubernetes. */
  decimalStyleUnit: boolean;
  /** A bare number of at most 1 MiB: bytes to Flink, almost certainly a missing unit. */
  missingUnit: boolean;
  /** The same size as Flink spells it, where the value says what it meant (`512Mi`, `1.5g`, a bare `512`). */
  suggested?: string;
}

export interface EntryFacts {
  key: string;
  /** The value as text (`toString()` of the typed YAML value). */
  value: string;
  type: ValueType;
  line: number;
  column: number;
  /** The file the entry is written in, where it is not the config's own (a Helm values file, a Kustomize patch). */
  file?: string;
  origin: 'file' | 'operator' | 'environment';
  /** A later entry or the operator replaced it. */
  overridden: boolean;
  /** The key is written more than once. */
  duplicate: boolean;
  /** The source was a template placeholder. */
  unresolved: boolean;
  /** Set for keys whose option is a memory size. */
  memory?: MemoryValueFacts;
  /**
   * For a key of Flink's old memory model: the current option that keeps its meaning for this
   * deployment mode, and this value in it. Absent where writing it would change what Flink does.
   */
  replacedBy?: { key: string; value: string };
  /** For a key of Flink's old memory model or of the network stack 2.0 replaced: how this version reads it. */
  legacy?: LegacyFacts;
}

/** How a Flink version reads a legacy key, for this config's deployment mode. */
export interface LegacyFacts {
  /**
   * `read`: still an option of this version; `read-as`: read as the option `readAs`; `ignored`:
   * without effect (`because` says why); `removed`: the version no longer has it.
   */
  reading: 'read' | 'read-as' | 'ignored' | 'removed';
  readAs?: string;
  because?: string;
  /** What this version does with it, as words for messages: `reads it as jobmanager.memory.heap.size`. */
  effect: string;
}

export interface OptionFacts {
  /** The effective raw value as text. */
  value: string;
  /** Bytes for memory options that parse. */
  bytes?: number;
  /** Numeric value for number options that parse. */
  number?: number;
  source: 'explicit' | 'fallback' | 'default';
  /** The key that supplied it (a deprecated/fallback key for `fallback`). */
  key?: string;
}

export interface ContainerFacts {
  bytes: number;
  text: string;
  source: string;
  line?: number;
  requestBytes?: number;
  /** Written with a Kubernetes decimal suffix (`4G`, `512M`, `k`): powers of 1000, unlike Flink's sizes. */
  decimalUnit: boolean;
}

export interface ProcessFacts {
  name: 'taskmanager' | 'jobmanager';
  /** `TaskManager` / `JobManager`, as Flink writes it. */
  label: string;
  /** `taskManager` / `jobManager`, the FlinkDeployment spec field. */
  specName: string;
  /** `options` and `entries` of this process, keyed without the `taskmanager.`/`jobmanager.` prefix. */
  options: Record<string, OptionFacts>;
  entries: Record<string, EntryFacts>;
  /** This process's entries that something replaced (a later line, the operator). */
  overridden: EntryFacts[];
  /**
   * This process's memory keys whose value is a mistake other rules name (it does not parse, or a
   * unit is missing): the derivation and the size heuristics leave such a process to those rules.
   */
  sizeMistakes: string[];
  /** Task off-heap + managed memory in bytes (TaskManager): room for native memory Flink budgets. */
  nativeBudget?: number;
  /** The config starts this process. */
  present: boolean;
  /**
   * The config sets one of this process's size keys (process, flink, task/JVM heap, legacy heap):
   * a config that sets none is a fragment completed elsewhere, and its failures are not judged.
   */
  sized: boolean;
  /** A memory key of this process is a template placeholder, so the derivation is not final. */
  unresolved: boolean;
  /** The Kubernetes operator sets this process's size from `spec.<process>.resource(s).memory`. */
  operatorMemory: boolean;
  /** Flink derives the process memory without error. */
  ok: boolean;
  /** Flink had no memory model for it (JobManager on 1.10). */
  unsupported: boolean;
  error?: string;
  errorType?: string;
  /** Flink's message followed by its arithmetic in MiB (what was fixed, what was left, by how much it fell short), where the message names sizes. */
  explained?: string;
  memory?: Record<string, number>;
  /** `memory` rounded to the nearest 64 KiB, for thresholds: what is left is Flink's float rounding. */
  rounded?: Record<string, number>;
  jvm?: { heap: number; directMemory?: number; metaspace: number };
  container?: ContainerFacts;
  /**
   * The memory limit a FlinkDeployment's pod template sets on the Flink container: Flink
   * overwrites it with its own, so it is never what the pod gets.
   */
  podTemplateLimit?: ContainerFacts;
  /** totalProcess / container limit. */
  processToLimit?: number;
  /** `kubernetes.<process>.memory.limit-factor` as Flink reads it (1.0 by default). */
  limitFactor?: number;
  replicas?: number;
  /** JVM memory flags in the JVM options this process gets. */
  javaOptsMemoryFlags: JavaOptFlag[];
}

export interface JavaOptFlag {
  /** `-Xmx`, `-Xms`, `-XX:MaxDirectMemorySize`, `-XX:MaxMetaspaceSize`. */
  flag: string;
  text: string;
  /** The key or environment variable that holds it. */
  source: string;
  /** After Flink's own flags (`env.java.opts*`, `FLINK_ENV_JAVA_OPTS`): it wins. */
  overridesFlink: boolean;
  /** The rest of the options without this flag (empty when it was the only one). */
  remaining: string;
  /** The size the flag sets, in bytes, where it is a number. */
  bytes?: number;
  /** The bytes Flink computes for this flag (heap, direct memory, metaspace), when it derives and sets such a flag. */
  flinkBytes?: number;
  /**
   * What the flag does to the process where it comes after Flink's and changes its limit (a larger or
   * smaller heap, direct memory or metaspace; an `-Xms` above Flink's `-Xmx`), as words for messages.
   */
  effect?: string;
  line: number;
  column: number;
}

export interface StateBackendFacts {
  /** `hashmap`, `rocksdb`, `forst`, `jobmanager`, `filesystem`, or `custom` (a class name). */
  name: string;
  /** As written (or the version's default). */
  value: string;
  explicit: boolean;
  key?: string;
  /** Where it comes from, for messages: `state.backend.type: hashmap` or `the default of Flink 1.20`. */
  origin: string;
  /** The backend reserves managed memory (RocksDB/ForSt). */
  usesManagedMemory: boolean;
  /** Where the backend's memory options live: `state.backend.rocksdb.memory.` or `state.backend.forst.memory.`. */
  memoryKeyPrefix: string;
  /** `state.backend.{rocksdb|forst}.memory.managed` (true by default). */
  memoryManaged: boolean;
  fixedPerSlot?: number;
  fixedPerTm?: number;
  /**
   * Managed memory per slot the backend's shared cache gets (RocksDB/ForSt, when the TaskManager
   * derives): the slot's managed memory × the STATE_BACKEND weight / the weights of the consumers the
   * job has; the whole slot's on 1.10–1.11.
   */
  managedPerSlot?: number;
  /** The same rounded to the nearest 64 KiB, for thresholds. */
  managedPerSlotRounded?: number;
  /** RocksDB memory outside Flink's budget per TaskManager: fixed-per-slot × slots, or fixed-per-tm. */
  fixedTotal?: number;
  /** 2w/(3−w) + h: RocksDB rejects ≥ 1 (spec §10.4). */
  cacheRatioSum?: number;
  writeBufferRatio?: number;
  highPrioPoolRatio?: number;
}

/** The jobs a config runs, as far as the repository shows them. */
export interface JobFacts {
  /**
   * `application`: the file shows the one job the cluster runs (a FlinkDeployment with `spec.job`);
   * `session`: jobs are submitted to the cluster from elsewhere; `unknown`: the file does not say.
   */
  cluster: 'application' | 'session' | 'unknown';
  /** The parallelism of the job's operators where its code sets none. */
  parallelism: number;
  /** Where it comes from: `spec.job.parallelism`, `parallelism.default`, `Flink's default`... */
  parallelismSource: string;
  /** The program arguments (`spec.job.args`). */
  args: string[];
  entryClass?: string;
  /** `spec.job.upgradeMode`. */
  upgradeMode?: string;
}

/** A TaskManager's network buffers against what its tasks request (`network`). */
export interface NetworkFacts {
  /** Network memory ÷ `taskmanager.memory.segment-size`: the buffers of its `NetworkBufferPool`. */
  buffers: number;
  segmentSize: number;
  /** As this version reads them (2.x hard-codes 2 and 8). */
  buffersPerChannel?: number;
  floatingBuffersPerGate?: number;
  /** The job judged: its parallelism and runtime mode (`streaming`, `batch`). */
  parallelism: number;
  mode: 'streaming' | 'batch';
  /** Buffers its tasks on this TaskManager request together (batch: the larger stage). */
  required: number;
  /** Input channels of each gate that lead to other TaskManagers. */
  remoteChannels?: number;
  /** The network memory Flink's default fraction, min and max give this TaskManager, in bytes. */
  defaultBytes?: number;
  /**
   * The largest `buffers-per-channel` with which this TaskManager still deploys a job whose
   * channels cross TaskManagers (1.x; 2.x no longer reads the key).
   */
  largestBuffersPerChannel?: number;
  /** Where Flink refuses: its message and exception, the request refused, and when it happens. */
  failure?: { message: string; errorType: string; when: string; required?: number; available?: number };
}

/** A fact that rests on a default something outside the file may change. */
export interface Assumption {
  /** What was assumed and why, as a clause for messages. */
  what: string;
  /** What makes it certain, as a clause: `declare state.backend.type`. */
  certain: string;
}

export interface AllocatorFacts {
  /** `jemalloc` in Flink's images from 1.12 on, `glibc` before or with `DISABLE_JEMALLOC=true`. */
  name: 'jemalloc' | 'glibc';
  /** Why: `image default (1.12+)`, `image before 1.12`, or where `DISABLE_JEMALLOC` is set. */
  reason: string;
}

export interface ProblemFacts {
  code: string;
  message: string;
  /** The file it is about, where it is not the config's own (a Helm values file). */
  file?: string;
  line: number;
  column: number;
}

export interface Facts {
  factsVersion: number;
  config: {
    id: string;
    file: string;
    line: number;
    column: number;
    kind: string;
    name?: string;
    flinkVersion: string;
    /** major × 100 + minor: 1.17 → 117, 2.0 → 200. */
    versionCode: number;
    /** How this version treats a `flink-conf.yaml`: `read`, `deprecated` (1.19–1.20) or `ignored` (2.0+). */
    flinkConfYaml: 'read' | 'deprecated' | 'ignored';
    flinkVersionSource: string;
    deployment: string;
    processes: string[];
    image?: string;
    annotations: Record<string, string>;
    /** Σ totalProcess × replicas (1 where unknown) over the processes that derive. */
    totalMemory: number;
    /** Written for the memory model before Flink 1.10: judged as 1.10, with what that version makes of it. */
    preMemoryModel?: {
      keys: string[];
      /** A version before 1.10 is named for it (else only its keys say so). */
      certain: boolean;
      /** What says it is old, for messages. */
      evidence: string;
      /** What Flink 1.10 makes of the same file, for messages. */
      meaning: string;
      /** Where its first old key is written. */
      line?: number;
      column?: number;
    };
  };
  /** The last value of each key, with where it is written. */
  entries: Record<string, EntryFacts>;
  /** The same entries as a list (every written entry, overridden ones included). */
  entryList: EntryFacts[];
  /** Effective values of the options Flink reads, after fallback keys and defaults. */
  options: Record<string, OptionFacts>;
  taskmanager: ProcessFacts;
  jobmanager: ProcessFacts;
  stateBackend: StateBackendFacts;
  slots: number;
  /** Managed memory per slot in bytes (⌊managed / slots⌋), when the TaskManager derives. */
  managedPerSlot?: number;
  /** `STREAMING`, `BATCH` or `AUTOMATIC`: from the job's arguments, else `execution.runtime-mode`, else Flink's default. */
  runtimeMode: string;
  /** Where the runtime mode comes from, for messages. */
  runtimeModeSource: string;
  batch: boolean;
  job: JobFacts;
  /** The TaskManager's network buffers against its tasks' requests, where it derives. */
  network?: NetworkFacts;
  /**
   * The facts that rest on a default something outside the file may change, by path (`stateBackend`,
   * `runtimeMode`, `jobs`, `parallelism`, `network.failure`): a policy's `restsOn` names the paths its
   * findings rest on, and a finding on an assumed one is `info` and says what was assumed.
   */
  assumed: Record<string, Assumption>;
  python: { detected: boolean; signals: string[]; memoryManaged: boolean };
  managedWeights: {
    explicit: boolean;
    value?: string;
    weights: Record<string, number>;
    /** Consumers this job has (STATE_BACKEND, PYTHON, OPERATOR) that an explicit list gives no weight. */
    missing: string[];
    /** The explicit list with the missing consumers added at their default weights. */
    suggested?: string;
  };
  env: Record<string, string>;
  /** The TaskManager's native memory allocator (RocksDB's arena growth depends on it). */
  allocator: AllocatorFacts;
  problems: ProblemFacts[];
  /** Set per evaluation: the process a process rule is checking. */
  process?: ProcessFacts;
  /** Set per evaluation: the policy's parameters (memory sizes in bytes). */
  params?: Record<string, unknown>;
  /** Set per evaluation with `forEach`: the element being checked. */
  item?: unknown;
}
