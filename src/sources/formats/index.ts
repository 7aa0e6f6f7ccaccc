import type { LoadedConfig, LoadProblem } from '../../model/index.js';
import { getPath, parseYamlFile, scalarText, type YamlDocument } from '../yaml/document.js';
import { isDockerfileName } from './dockerfile-name.js';
import { isFlinkConfigMap, loadConfigMap } from './configmap.js';
import { isComposeDocument, loadCompose } from './docker-compose.js';
import { isOperatorResource, loadFlinkDeployment } from './flink-deployment.js';
import type { DocumentFormat, YamlFileContext } from './format.js';
import { isValuesFileName, loadHelmValues } from './helm-values.js';
import { isWorkload, loadWorkload, workloadContainers } from './kubernetes-workload.js';
import { CONFIG_YAML_NAME, isFlinkConfName, isFlinkConfigYaml, loadWholeFile } from './whole-file.js';

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
    matches: (d) => isKubernetes(d) && isOperatorResource(d),
    load: loadFlinkDeployment,
  },
  {
    kind: 'configmap',
    matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
    load: loadConfigMap,
  },
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
