import type { FlinkVersion } from './flink-version.js';
import type { ConfigKind, LoadedConfig, LoadProblem, VersionEvidence } from './flink-config.js';
import type { ComposeFacts, DockerfileFacts, LinkEvidence } from './link-sources.js';
import type { Location } from './location.js';
import type { HelmTemplateFacts, HelmValue, ValuesLayer } from './helm.js';

/** What one loaded file tells the link stage: the configs it holds and what each says of itself. */
export interface LinkFacts {
  path: string;
  configs: Array<{
    id: string;
    evidence: VersionEvidence;
    kind?: ConfigKind;
    name?: string;
    /** Its old heap keys, where it is written for the memory model before Flink 1.10 only. */
    preMemoryModelKeys?: string[];
    /** A Kubernetes config's namespace and what links it to the containers or resource that run it. */
    kubernetes?: KubernetesConfigRef;
  }>;
  /** The services of a compose file (mounts, limits, images, builds). */
  compose?: ComposeFacts;
  /** A Dockerfile's `ARG`, `FROM`, `COPY` and `ADD` instructions. */
  dockerfile?: DockerfileFacts;
  /** The file's Kubernetes containers, which may run configs of this file or of others (a mounted ConfigMap). */
  containers?: KubernetesContainerFacts[];
  /** A Helm chart's `Chart.yaml`: configs of files under its folder belong to the chart. */
  chart?: HelmChartFacts;
  /** A `kustomization.yaml`: the ConfigMaps it generates from files, the namespace it gives its resources. */
  kustomization?: KustomizationFacts;
  /** A Helm values file's tree (`values.yaml`, `values-prod.yaml`): the link stage layers a chart's files. */
  helmValues?: HelmValue;
  /** A chart template's places where `.Values` land in a Flink config or a container's memory. */
  helmTemplate?: HelmTemplateFacts;
}

/** What a kustomization says of other files; every path is resolved against its folder, never read. */
export interface KustomizationFacts {
  /** `namespace:`: Kustomize sets it on every resource it builds. */
  namespace?: string;
  /** `resources:` that are files (resolved paths). */
  resources: string[];
  /** `configMapGenerator`: each file it puts under a key of a generated ConfigMap. */
  generated: Array<{ name: string; key: string; path: string; location: Location }>;
  /**
   * `configMapGenerator`s that name a base's generator (`behavior: merge` or `replace`): the keys
   * they give (`merge`), or every key of the base's ConfigMap gone (`replace`).
   */
  overrides?: Array<{ name: string; behavior: 'merge' | 'replace'; keys: string[] }>;
  /** `patches`, `patchesStrategicMerge` and `patchesJson6902`, in the order Kustomize applies them. */
  patches?: KustomizePatch[];
  /** `images:`: the container images it renames or retags (`name`, `newName`, `newTag`, `digest`). */
  images?: Array<{ name: string; newName?: string; newTag?: string; digest?: string; location: Location }>;
}

/** One Kustomize patch: a file, or text written inline in the kustomization, and what it targets. */
export interface KustomizePatch {
  /** The patch file (resolved against the kustomization's folder). */
  path?: string;
  /** The patch written inline: its text, and where each of its lines is written in the kustomization. */
  inline?: { text: string; lines: Array<{ line: number; column: number }> };
  /** `target:` (kind, name, namespace); a strategic merge patch without one patches the resource it names. */
  target?: { kind?: string; name?: string; namespace?: string };
  /** `patchesJson6902` entries are JSON patches; `patches` entries are told apart by their shape. */
  json6902?: true;
  location: Location;
}

/** What a `Chart.yaml` says: the chart's name and `appVersion`, and where that is written. */
export interface HelmChartFacts {
  name: string;
  appVersion?: string;
  location: Location;
}

/** Which Flink processes a container runs. */
export type ContainerRole = 'jobmanager' | 'taskmanager' | 'both';

/** A memory size a container is given, and where. */
export interface LinkedMemory {
  bytes: bigint;
  text: string;
  evidence: LinkEvidence;
  /** The column of the value, where the reader knows it (a Kubernetes quantity). */
  column?: number;
}

/**
 * A container that runs a config, whatever defines it (a compose service, a Kubernetes workload's
 * container): its limits, role, image and replicas, each with the file and line that says so.
 */
export interface LinkedContainer {
  /** What defines it: `compose service`, `Deployment`, `StatefulSet`, … */
  kind: string;
  /** Its name within its kind: a compose service's name, `flink-tm container tm` for a workload's container. */
  name: string;
  /** Where it is defined. */
  at: LinkEvidence;
  /** How the config reaches it (the volume that mounts it). */
  via?: LinkEvidence;
  role?: ContainerRole;
  roleEvidence?: LinkEvidence;
  /** Why it has its role where no line of its own says so: `from args taskmanager`, `from the StatefulSet name flink-tm`. */
  roleReason?: string;
  image?: string;
  imageEvidence?: LinkEvidence;
  limit?: LinkedMemory;
  request?: LinkedMemory;
  /** Pods of its workload (`spec.replicas`), where written. */
  replicas?: number;
}

/** Where a Kubernetes config sits: what finds the containers and the resource that run it. */
export interface KubernetesConfigRef {
  namespace: string;
  /** A ConfigMap's config: its name and the key that holds the text. */
  configMap?: { name: string; key: string };
  /** A FlinkDeployment: its name, for the FlinkSessionJobs that run on it. */
  flinkDeployment?: string;
  /** A FlinkSessionJob: the FlinkDeployment named in `spec.deploymentName`. */
  sessionJobOf?: { name: string; location: Location };
}

/** A container of a workload, and the ConfigMaps it reads a Flink config from. */
export interface KubernetesContainerFacts {
  namespace: string;
  /** ConfigMaps mounted into this container through a volume: the keys projected, where `items` lists them. */
  mounts: Array<{ name: string; keys?: string[] }>;
  /** ConfigMap keys this container's `FLINK_PROPERTIES` comes from (`envFrom`, `configMapKeyRef`). */
  envFrom: Array<{ name: string; key: string }>;
  container: LinkedContainer;
}

/** What the link stage gives one config: the context it runs in, and the evidence for it. */
export interface ConfigLink {
  flinkVersion: FlinkVersion;
  flinkVersionSource: string;
  /** The version as the evidence names it, where it is older than 1.10 (judged as 1.10). */
  versionBeforeMemoryModel?: string;
  /** Written for the memory model before Flink 1.10 (see `PreMemoryModel`), where the evidence allows. */
  preMemoryModel?: PreMemoryModel;
  /**
   * The containers that run it in this context, where other files define them (a compose service
   * mounting it, a workload mounting its ConfigMap): one per process at most for compose services.
   */
  containers?: LinkedContainer[];
  /** Other contexts the same config runs in (another image or version): judged under each too. */
  also?: ConfigLink[];
  /** Names this context where the config has several (`service taskmanager`). */
  contextName?: string;
  /** What linking noticed about the config (a FlinkSessionJob whose FlinkDeployment is not in the tree). */
  problems?: LoadProblem[];
  /** What a Helm chart's values give the config in this context (its defaults, or an environment's file over them). */
  layer?: ValuesLayer;
  /** The file whose config holds this one whole (a values block a chart's template places): judged there, not alone. */
  judgedIn?: string;
  /**
   * The config as a Kustomize overlay builds it (its patches applied), read again from the patched
   * resource: values a patch sets are located on the patch's lines. Judged instead of the file's own.
   */
  patched?: LoadedConfig;
  /** The config is a Kustomize patch: judged with the resource it patches (`patched`), not alone. */
  patchOf?: string;
}

/**
 * A config that sizes its processes only with the keys of the memory model Flink 1.10 replaced,
 * where the evidence names a version before 1.10 (`certain`) or no version at all: it is judged as
 * 1.10, the lowest version whose memory model this tool reproduces.
 */
export interface PreMemoryModel {
  keys: string[];
  certain: boolean;
}
