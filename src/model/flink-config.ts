import type { ConfigValue } from './config-value.js';
import type { Deployment, FlinkVersion } from './flink-version.js';
import type { Location } from './location.js';
import type { KubernetesConfigRef } from './link.js';
import type { ProcessName } from './breakdown.js';
import type { LinkedContainer, PreMemoryModel } from './link.js';

/** The kinds of file a Flink configuration is found in. */
export type ConfigKind =
  | 'flink-conf'
  | 'config-yaml'
  | 'flinkdeployment'
  | 'flinksessionjob'
  | 'configmap'
  | 'kubernetes-workload'
  | 'docker-compose'
  | 'helm-values'
  /** The spotify/GCP operator's `FlinkCluster` (flinkoperator.k8s.io). */
  | 'flinkcluster'
  /** A Ververica Platform `Deployment` (its `spec.template.spec`). */
  | 'vvp-deployment';

/** One `key: value` as written in a file, or as set on the configuration by something else. */
export interface Entry {
  key: string;
  value: ConfigValue;
  /** Where the key is written. For synthesized entries: the field that produced them. */
  location: Location;
  /** Where the value starts, where it differs from the key's line (block scalars, flow maps). */
  valueLocation?: Location;
  /**
   * Who set it: `file` for a line of the config itself; `operator` for a value the Kubernetes
   * operator writes (`resource.memory` → `*.memory.process.size`); `environment` for a
   * `FLINK_PROPERTIES` line or an env variable.
   */
  origin: 'file' | 'operator' | 'environment';
  /** Set when a later entry (or the operator) replaced this one. */
  overriddenBy?: Location;
  /** The source text was a template placeholder (`{{ .Values.x }}`, `${VAR}`), not a value. */
  unresolved?: boolean;
}

/** The job a resource runs, as its file writes it: a FlinkDeployment's or FlinkSessionJob's `spec.job`. */
export interface JobSpec {
  location: Location;
  /** `spec.job.parallelism`. */
  parallelism?: number;
  /** `spec.job.args`, each as written: the program's own arguments (`--execution-mode BATCH`, Beam's `--runner`). */
  args: string[];
  entryClass?: string;
  jarURI?: string;
  /** `stateless`, `savepoint`, `last-state`. */
  upgradeMode?: string;
}

/** A container memory limit that bounds a Flink process, and where it came from. */
export interface ContainerLimit {
  bytes: bigint;
  /** As written, e.g. `4Gi`, `4096m`. */
  text: string;
  /** e.g. `spec.taskManager.resource.memory`, `deploy.resources.limits.memory`, `settings`. */
  source: string;
  location?: Location;
  /** Memory request, where one is given apart from the limit. */
  requestBytes?: bigint;
}

/** Something a loader noticed that is not a config value: an invalid line, a duplicate, a template. */
export interface LoadProblem {
  code:
    | 'invalid-line'
    | 'duplicate-key'
    | 'empty-key-or-value'
    | 'unresolved-template'
    | 'yaml-error'
    | 'null-value'
    | 'limit'
    /** The Kubernetes operator would refuse the resource (e.g. a `resource.memory` it cannot read). */
    | 'operator-rejected'
    /** The link stage found no resource the config names (a FlinkSessionJob's FlinkDeployment). */
    | 'unlinked'
    /** A resource the tool reads but does not judge (the operator's canary FlinkDeployments). */
    | 'not-judged'
    | 'other';
  message: string;
  location: Location;
}

export interface FlinkConfig {
  /** Stable within a run: `file` plus the document / resource index. */
  id: string;
  file: string;
  /** Where the config starts (the document, resource, service or embedded block). */
  line: number;
  column: number;
  kind: ConfigKind;
  /** Resource name, compose service, ConfigMap key: whatever names it to a reader. */
  name?: string;
  flinkVersion: FlinkVersion;
  /** Why that version: `spec.flinkVersion`, `image flink:1.18.1`, `--flink-version`, `settings`, `format`. */
  flinkVersionSource: string;
  deployment: Deployment;
  /** Every entry in file order, duplicates and overridden ones included. */
  entries: Entry[];
  /**
   * The configuration the process starts from before `entries` are applied, where that is not the
   * config itself: the Flink image's default configuration file that `FLINK_PROPERTIES` lines are
   * appended to. `source` names it for people (`image default conf (1.18)`).
   */
  base?: { source: string; entries: Entry[] };
  /** Container memory limits per process, where the repository says. */
  container: Partial<Record<ProcessName, ContainerLimit>>;
  /**
   * The memory limit a FlinkDeployment's pod template gives `flink-main-container`, per process,
   * whether or not `resource.memory` is set. Flink replaces the main container's memory with its
   * own sizes, so this limit never bounds the pod: `container` holds the one that does (the
   * operator's, where it sets one).
   */
  podTemplateLimits?: Partial<Record<ProcessName, ContainerLimit>>;
  /** Which processes this config starts; a FlinkSessionJob or a TM-only compose service has fewer. */
  processes: ProcessName[];
  /**
   * How the cluster runs its jobs, where the file says: `application` (a FlinkDeployment with
   * `spec.job`, one job the file shows) or `session` (a FlinkDeployment without it: jobs are
   * submitted later, from elsewhere).
   */
  clusterMode?: 'application' | 'session';
  /** The job the resource runs, where the file writes it. */
  job?: JobSpec;
  /** Replicas per process where known (FlinkDeployment, workloads). */
  replicas?: Partial<Record<ProcessName, number>>;
  /** Images named beside the config (used for the version guess and reported). */
  image?: string;
  /** Kubernetes annotations of the resource (suppressions read them). */
  annotations?: Record<string, string>;
  /** Environment variables set for the processes (compose/workload `environment`, operator `env`). */
  env?: Record<string, string>;
  /** Where each variable of `env` is written, where the loader knows (its `KEY: value` or `- KEY=value` line). */
  envLocations?: Record<string, Location>;
  problems: LoadProblem[];
  /** The containers other files run this config in (a compose service that mounts it), with their evidence. */
  linkedContainers?: LinkedContainer[];
  /** The version the evidence names where it is older than 1.10: the file is judged as 1.10. */
  versionBeforeMemoryModel?: string;
  /** Written for the memory model before Flink 1.10 only. */
  preMemoryModel?: PreMemoryModel;
  /** Names the context where one config is judged in several (another service, image or version). */
  contextName?: string;
}

/** What a file says about the Flink version that runs a config; the link stage weighs it. */
export interface VersionEvidence {
  /** A FlinkDeployment's `spec.flinkVersion` (`v1_17`). */
  specVersion?: string;
  /** Images named in the same resource, service, file or chart, nearest first. */
  images?: readonly string[];
  /** The kind of configuration file, where the format implies a version range. */
  format: 'flink-conf' | 'config-yaml' | 'none';
}

/** A config as its file gives it, before the link stage says which Flink version runs it. */
export interface LoadedConfig extends Omit<
  FlinkConfig,
  | 'flinkVersion'
  | 'flinkVersionSource'
  | 'base'
  | 'linkedContainers'
  | 'versionBeforeMemoryModel'
  | 'contextName'
> {
  evidence: VersionEvidence;
  /** Set where the entries are `FLINK_PROPERTIES` appended to the image's default conf: that variable. */
  appendsToImageConf?: Location;
  /** A Kubernetes config's namespace and what links it to the containers or resource that run it. */
  kubernetes?: KubernetesConfigRef;
}
