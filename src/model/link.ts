import type { FlinkVersion } from './flink-version.js';
import type { LoadProblem, VersionEvidence } from './flink-config.js';
import type { Location } from './location.js';

/** What one loaded file tells the link stage: the configs it holds and what each says of itself. */
export interface LinkFacts {
  path: string;
  configs: Array<{ id: string; evidence: VersionEvidence; kubernetes?: KubernetesConfigRef }>;
  /** The file's Kubernetes containers, which may run configs of this file or of others (a mounted ConfigMap). */
  containers?: KubernetesContainerFacts[];
  /** A Helm chart's `Chart.yaml`: configs of files under its folder belong to the chart. */
  chart?: HelmChartFacts;
  /** A `kustomization.yaml`: the ConfigMaps it generates from files, the namespace it gives its resources. */
  kustomization?: KustomizationFacts;
}

/** What a kustomization says of other files; every path is resolved against its folder, never read. */
export interface KustomizationFacts {
  /** `namespace:`: Kustomize sets it on every resource it builds. */
  namespace?: string;
  /** `resources:` that are files (resolved paths). */
  resources: string[];
  /** `configMapGenerator`: each file it puts under a key of a generated ConfigMap. */
  generated: Array<{ name: string; key: string; path: string; location: Location }>;
}

/** What a `Chart.yaml` says: the chart's name and `appVersion`, and where that is written. */
export interface HelmChartFacts {
  name: string;
  appVersion?: string;
  location: Location;
}

/** A memory quantity of a container, as written. */
export interface LinkedQuantity {
  bytes: bigint;
  location: Location;
  text: string;
}

/** A container that runs a config written elsewhere: what bounds it, which process it runs, its image. */
export interface LinkedContainer {
  limit?: LinkedQuantity;
  request?: LinkedQuantity;
  role: 'jobmanager' | 'taskmanager' | 'both';
  image?: { ref: string; location: Location };
  /** Names the container for people: `Deployment flink-tm container tm`. */
  name: string;
  /** Where the container is written and why it has that role: `k8s/tm.yaml:12, role from args taskmanager`. */
  evidence: string;
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
  /** The containers that run the config, where they are written elsewhere (a workload mounting its ConfigMap). */
  containers?: LinkedContainer[];
  /** What linking noticed about the config (a FlinkSessionJob whose FlinkDeployment is not in the tree). */
  problems?: LoadProblem[];
}
