import type {
  HelmChartFacts,
  KubernetesContainerFacts,
  KustomizationFacts,
  LoadedConfig,
  LoadProblem,
} from '../../model/index.js';
import {
  getPath,
  locationOf,
  parseYamlFile,
  scalarText,
  type ParsedYamlFile,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';
import { isDockerfileName } from './dockerfile-name.js';
import { CONFIGMAP_MARKERS, isFlinkConfigMap, loadConfigMap } from './configmap.js';
import { COMPOSE_MARKERS, isComposeDocument, loadCompose } from './docker-compose.js';
import { isConfluentFlinkApplication, loadFlinkApplication } from './flink-application.js';
import { isFlinkCluster, loadFlinkCluster } from './flink-cluster.js';
import {
  CANARY_LABEL,
  isCanaryResource,
  isOperatorResource,
  loadFlinkDeployment,
  OPERATOR_MARKERS,
} from './flink-deployment.js';
import { workloadContainerFacts } from './kubernetes-facts.js';
import type { DocumentFormat, RawMarkers, YamlFileContext } from './format.js';
import { isChartFileName, readChart } from './helm-chart.js';
import { isHelmHelpersName } from './helm-template.js';
import { isKustomizationFileName, loadGeneratorLiterals, readKustomization } from './kustomization.js';
import { isValuesFileName, loadHelmValues } from './helm-values.js';
import { isWorkload, loadWorkload, WORKLOAD_MARKERS } from './kubernetes-workload.js';
import { isVervericaResource, loadVervericaResource } from './vvp-deployment.js';
import {
  CONFIG_YAML_MARKERS,
  CONFIG_YAML_NAME,
  FLINK_CONF_MARKERS,
  isFlinkConfName,
  isFlinkConfigYaml,
  loadWholeFile,
} from './whole-file.js';

export interface LoadResult {
  configs: LoadedConfig[];
  /** The file's Kubernetes containers: the link stage runs configs of any file in those that mount them. */
  containers?: KubernetesContainerFacts[];
  /** A `Chart.yaml`: the chart the files under its folder belong to. */
  chart?: HelmChartFacts;
  /** A `kustomization.yaml`: the ConfigMaps it generates from files, and its namespace. */
  kustomization?: KustomizationFacts;
  /** Problems with the file as a whole (it does not parse); config problems stay on the config. */
  problems: LoadProblem[];
  /** The file as parsed, where it was read as YAML: the link stage reads it again without parsing. */
  parsed?: ParsedYamlFile;
}

function kubernetesKind(document: YamlDocument): string | undefined {
  const { doc, root } = document;
  if (!scalarText(doc, getPath(doc, root, 'apiVersion'))) return undefined;
  return scalarText(doc, getPath(doc, root, 'kind'))?.text;
}

const isKubernetes = (document: YamlDocument) => kubernetesKind(document) !== undefined;

/**
 * The formats a YAML document can hold a Flink configuration in, in the order they are tried:
 * the first that matches reads the document. A Kubernetes resource is only ever read as one.
 */
const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  {
    kind: 'flinkdeployment',
    markers: OPERATOR_MARKERS,
    matches: (d) => isKubernetes(d) && isOperatorResource(d),
    load: loadFlinkDeployment,
  },
  {
    kind: 'flinkdeployment',
    markers: { text: ['FlinkApplication'] },
    matches: (d) => isConfluentFlinkApplication(d),
    load: loadFlinkApplication,
  },
  {
    kind: 'flinkcluster',
    markers: { text: ['FlinkCluster'] },
    matches: (d) => isFlinkCluster(d),
    load: loadFlinkCluster,
  },
  {
    kind: 'configmap',
    markers: CONFIGMAP_MARKERS,
    matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
    load: loadConfigMap,
  },
  // Before workloads: VVP's `v1` Deployment is no `apps/v1` Deployment.
  {
    kind: 'vvp-deployment',
    markers: { text: ['Deployment', 'SessionCluster'] },
    matches: (d) => isVervericaResource(d),
    load: loadVervericaResource,
  },
  {
    kind: 'kubernetes-workload',
    markers: WORKLOAD_MARKERS,
    matches: (d) => isWorkload(kubernetesKind(d) ?? ''),
    load: loadWorkload,
  },
  {
    kind: 'docker-compose',
    markers: COMPOSE_MARKERS,
    matches: (d) => !isKubernetes(d) && isComposeDocument(d),
    load: loadCompose,
  },
  {
    kind: 'helm-values',
    markers: { name: isValuesFileName },
    matches: (d, f) => !isKubernetes(d) && isValuesFileName(f.path),
    load: loadHelmValues,
  },
  {
    kind: 'config-yaml',
    markers: CONFIG_YAML_MARKERS,
    matches: (d, f) => !isKubernetes(d) && f.yaml.documents.length === 1 && isFlinkConfigYaml(d, f.path),
    load: (_d, f) => [loadWholeFile(f.path, f.text, 'config-yaml', f.yaml.parsed)],
  },
];

/**
 * The raw-text markers of every format `loadFile` reads, whole-file formats first: a file none of
 * them matches gives no config, and is ruled out before it is parsed (`sources/prefilter.ts`).
 */
export const FORMAT_MARKERS: readonly RawMarkers[] = [
  FLINK_CONF_MARKERS,
  // A `config.yaml` that does not parse is read by Flink's reader when it names a process (below).
  CONFIG_YAML_MARKERS,
  ...DOCUMENT_FORMATS.map((f) => f.markers),
];

/**
 * What a file that holds no config shows when it places configs of other files (the link stage's
 * sources): a Kubernetes workload that mounts a ConfigMap or reads one into its environment
 * (`configMap`, `configMapRef`, `configMapKeyRef`), a compose file or Dockerfile that names a Flink
 * image, mounts, copies or builds one (`flink` in any case), and Compose's override file, which may
 * only change limits. `Dockerfile`s, `Chart.yaml` and `kustomization.yaml` are read by name.
 */
export const LINK_MARKERS: RawMarkers = {
  text: ['configMap', 'flink', 'Flink', 'FLINK'],
  name: (path) => /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/i.test(path),
};

/** Reads one file into the Flink configs it holds, by its name and each document's shape. */
export function loadFile(path: string, text: string): LoadResult {
  // A Dockerfile holds no config: the link stage reads it for the image it builds on.
  if (isDockerfileName(path)) return { configs: [], problems: [] };
  // A chart's helpers are template text: the link stage reads their `define`s (helm-template.ts).
  if (isHelmHelpersName(path)) return { configs: [], problems: [] };
  if (isKustomizationFileName(path)) {
    const kustomization = readKustomization(path, text);
    const configs = kustomization ? loadGeneratorLiterals(path, text) : [];
    return kustomization ? { configs, problems: [], kustomization } : { configs, problems: [] };
  }
  if (isChartFileName(path)) {
    const chart = readChart(path, text);
    return chart ? { configs: [], problems: [], chart } : { configs: [], problems: [] };
  }
  if (isFlinkConfName(path)) return { configs: [loadWholeFile(path, text, 'flink-conf')], problems: [] };

  const parsed = parseYamlFile(text, path);
  const { yaml } = parsed;
  const problems = [...parsed.problems];
  if (problems.length > 0 && CONFIG_YAML_NAME.test(path) && /^(taskmanager|jobmanager)[.:]/m.test(text)) {
    // Flink's own config.yaml that does not parse: Flink's reader says why, in its words.
    return { configs: [loadWholeFile(path, text, 'config-yaml')], problems: [] };
  }
  const file: YamlFileContext = { path, text, yaml };
  const configs: LoadedConfig[] = [];
  const containers: KubernetesContainerFacts[] = [];
  for (const document of yaml.documents) {
    if (isKubernetes(document)) {
      containers.push(...workloadContainerFacts(yaml, document));
      if (isOperatorResource(document) && isCanaryResource(document)) {
        problems.push(canaryNotice(document, yaml));
        continue;
      }
    }
    const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
    if (format) configs.push(...format.load(document, file));
  }
  return containers.length > 0 ? { configs, problems, containers, parsed } : { configs, problems, parsed };
}

/**
 * One YAML document read as `loadFile` reads it (the link stage reads a resource again this way once
 * a Kustomize overlay has patched it), with the Kubernetes containers it defines.
 */
export function loadDocument(
  document: YamlDocument,
  file: YamlFileContext,
): { configs: LoadedConfig[]; containers: KubernetesContainerFacts[] } {
  const containers = isKubernetes(document) ? workloadContainerFacts(file.yaml, document) : [];
  if (isKubernetes(document) && isOperatorResource(document) && isCanaryResource(document))
    return { configs: [], containers };
  const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
  return { configs: format ? format.load(document, file) : [], containers };
}

function canaryNotice(document: YamlDocument, yaml: YamlFile): LoadProblem {
  const { doc, root } = document;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
  const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? '';
  return {
    code: 'not-judged',
    message: `${kind} ${name} is labelled ${CANARY_LABEL}: the operator's health probe, which starts no Flink cluster; not judged`,
    location: locationOf(yaml, root),
  };
}
