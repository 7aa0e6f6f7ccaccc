import type { LoadedConfig, LoadProblem } from '../../model/index.js';
import { getPath, parseYamlFile, scalarText, type YamlDocument } from '../yaml/document.js';
import { CONFIGMAP_MARKERS, isFlinkConfigMap, loadConfigMap } from './configmap.js';
import { COMPOSE_MARKERS, isComposeDocument, loadCompose } from './docker-compose.js';
import { isOperatorResource, loadFlinkDeployment, OPERATOR_MARKERS } from './flink-deployment.js';
import type { DocumentFormat, RawMarkers, YamlFileContext } from './format.js';
import { isValuesFileName, loadHelmValues } from './helm-values.js';
import { isWorkload, loadWorkload, WORKLOAD_MARKERS, workloadContainers } from './kubernetes-workload.js';
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
    markers: OPERATOR_MARKERS,
    matches: (d) => isKubernetes(d) && isOperatorResource(d),
    load: loadFlinkDeployment,
  },
  {
    kind: 'configmap',
    markers: CONFIGMAP_MARKERS,
    matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
    load: loadConfigMap,
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

/** Reads one file into the Flink configs it holds, by its name and each document's shape. */
export function loadFile(path: string, text: string): LoadResult {
  if (isFlinkConfName(path)) return { configs: [loadWholeFile(path, text, 'flink-conf')], problems: [] };

  const { yaml, problems } = parseYamlFile(text, path);
  if (problems.length > 0 && CONFIG_YAML_NAME.test(path) && /^(taskmanager|jobmanager)[.:]/m.test(text)) {
    // Flink's own config.yaml that does not parse: Flink's reader says why, in its words.
    return { configs: [loadWholeFile(path, text, 'config-yaml')], problems: [] };
  }
  let containers: ReturnType<YamlFileContext['containers']> | undefined;
  const file: YamlFileContext = {
    path,
    text,
    yaml,
    containers: () => (containers ??= yaml.documents.flatMap((d) => workloadContainers(yaml, d))),
  };
  const configs: LoadedConfig[] = [];
  for (const document of yaml.documents) {
    const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
    if (format) configs.push(...format.load(document, file));
  }
  return { configs, problems };
}
