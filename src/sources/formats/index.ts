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
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';
import { isDockerfileName } from './dockerfile-name.js';
import { isFlinkConfigMap, loadConfigMap } from './configmap.js';
import { isComposeDocument, loadCompose } from './docker-compose.js';
import { isConfluentFlinkApplication, loadFlinkApplication } from './flink-application.js';
import { isFlinkCluster, loadFlinkCluster } from './flink-cluster.js';
import {
  CANARY_LABEL,
  isCanaryResource,
  isOperatorResource,
  loadFlinkDeployment,
} from './flink-deployment.js';
import { workloadContainerFacts } from './kubernetes-facts.js';
import type { DocumentFormat, YamlFileContext } from './format.js';
import { isChartFileName, readChart } from './helm-chart.js';
import { isKustomizationFileName, readKustomization } from './kustomization.js';
import { isValuesFileName, loadHelmValues } from './helm-values.js';
import { isWorkload, loadWorkload } from './kubernetes-workload.js';
import { isVervericaResource, loadVervericaResource } from './vvp-deployment.js';
import { CONFIG_YAML_NAME, isFlinkConfName, isFlinkConfigYaml, loadWholeFile } from './whole-file.js';

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
    matches: (d) => isKubernetes(d) && isOperatorResource(d),
    load: loadFlinkDeployment,
  },
  {
    kind: 'flinkdeployment',
    matches: (d) => isConfluentFlinkApplication(d),
    load: loadFlinkApplication,
  },
  { kind: 'flinkcluster', matches: (d) => isFlinkCluster(d), load: loadFlinkCluster },
  {
    kind: 'configmap',
    matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
    load: loadConfigMap,
  },
  // Before workloads: VVP's `v1` Deployment is no `apps/v1` Deployment.
  { kind: 'vvp-deployment', matches: (d) => isVervericaResource(d), load: loadVervericaResource },
  { kind: 'kubernetes-workload', matches: (d) => isWorkload(kubernetesKind(d) ?? ''), load: loadWorkload },
  { kind: 'docker-compose', matches: (d) => !isKubernetes(d) && isComposeDocument(d), load: loadCompose },
  {
    kind: 'helm-values',
    matches: (d, f) => !isKubernetes(d) && isValuesFileName(f.path),
    load: loadHelmValues,
  },
  {
    kind: 'config-yaml',
    matches: (d, f) => !isKubernetes(d) && f.yaml.documents.length === 1 && isFlinkConfigYaml(d, f.path),
    load: (_d, f) => [loadWholeFile(f.path, f.text, 'config-yaml', f.yaml.parsed)],
  },
];

/** Reads one file into the Flink configs it holds, by its name and each document's shape. */
export function loadFile(path: string, text: string): LoadResult {
  // A Dockerfile holds no config: the link stage reads it for the image it builds on.
  if (isDockerfileName(path)) return { configs: [], problems: [] };
  if (isKustomizationFileName(path)) {
    const kustomization = readKustomization(path, text);
    return kustomization ? { configs: [], problems: [], kustomization } : { configs: [], problems: [] };
  }
  if (isChartFileName(path)) {
    const chart = readChart(path, text);
    return chart ? { configs: [], problems: [], chart } : { configs: [], problems: [] };
  }
  if (isFlinkConfName(path)) return { configs: [loadWholeFile(path, text, 'flink-conf')], problems: [] };

  const { yaml, problems } = parseYamlFile(text, path);
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
  return containers.length > 0 ? { configs, problems, containers } : { configs, problems };
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
