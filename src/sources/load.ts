import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { FlinkConfig, LoadProblem } from '../model/index.js';
import { buildConfig, type LoadContext } from './config-builder.js';
import { isFlinkConfigMap, loadConfigMap } from './configmap.js';
import { readConfigYaml } from './config-yaml.js';
import { isComposeDocument, loadCompose } from './docker-compose.js';
import { identityMap, readFlinkConf } from './flink-conf.js';
import { isOperatorResource, loadFlinkDeployment } from './flink-deployment.js';
import { isValuesFileName, loadHelmValues } from './helm-values.js';
import { isWorkload, loadWorkload, workloadContainers } from './kubernetes-workload.js';
import { isMemoryKey } from './memory-keys.js';
import type { ParsedYaml } from './yaml-depth.js';
import { getPath, mapItems, parseYamlFile, resolve, scalarText, type YamlDocument } from './yaml-document.js';

export interface LoadResult {
  configs: FlinkConfig[];
  /** Problems with the file as a whole (it does not parse); config problems stay on the config. */
  problems: LoadProblem[];
}

/** `flink-conf.yaml`, also as a template (`flink-conf.yaml.tpl`, `flink-conf.yaml.template`). */
export function isFlinkConfName(path: string): boolean {
  return /(?:^|\/)flink-conf\.ya?ml(?:\.[\w-]+)?$/i.test(path);
}

/** Top-level namespaces of Flink's own options: a `config.yaml` made only of these is Flink's. */
const FLINK_NAMESPACES = new Set([
  'akka',
  'blob',
  'classloader',
  'client',
  'cluster',
  'containerized',
  'env',
  'execution',
  'external-resource',
  'external-resources',
  'fs',
  'heartbeat',
  'high-availability',
  'historyserver',
  'io',
  'jobmanager',
  'jobstore',
  'kubernetes',
  'metrics',
  'parallelism',
  'pekko',
  'pipeline',
  'python',
  'query',
  'resourcemanager',
  'rest',
  'restart-strategy',
  's3',
  'security',
  'slot',
  'slotmanager',
  'sql-gateway',
  'state',
  'table',
  'taskmanager',
  'web',
  'yarn',
  'zookeeper',
  'scheduler-mode',
  'jobmanager.rpc',
  'process',
  'local',
  'cluster',
  'rocksdb',
  'plugin',
  'task',
  'execution.checkpointing',
  'checkpointing',
  'presto',
  's3a',
  'gs',
  'azure',
  'oss',
  'hadoop',
]);

/**
 * Whether a YAML document is a Flink `config.yaml` (standard YAML, 1.19+): its keys are Flink's,
 * at least one sizes or names a process, and nothing is shaped like another tool's config
 * (Flink options never hold lists of mappings).
 */
export function isFlinkConfigYaml(document: YamlDocument, path: string): boolean {
  const { doc, root } = document;
  if (!root || !isMap(root) || hasListOfMaps(document, root, 0)) return false;
  const keys = mapItems(doc, root).map((i) => i.key);
  if (keys.length === 0) return false;
  const flat = flattenKeys(document, root, '', 0);
  // A `config.yaml` that sets Flink's own memory options is Flink's, whatever else it holds.
  if (CONFIG_YAML_NAME.test(path) && flat.some(isMemoryKey)) return true;
  const known = keys.filter((k) => FLINK_NAMESPACES.has(k.split('.')[0])).length;
  if (known * 3 < keys.length * 2) return false;
  const processKeys = flat.filter((k) => /^(taskmanager|jobmanager)\./.test(k));
  if (processKeys.length === 0) return false;
  return CONFIG_YAML_NAME.test(path) || flat.some(isMemoryKey);
}

const CONFIG_YAML_NAME = /(?:^|\/)config\.ya?ml$/i;

function hasListOfMaps(document: YamlDocument, node: Node | null, depth: number): boolean {
  const value = resolve(document.doc, node);
  if (!value || depth > 64) return false;
  if (isSeq(value)) return value.items.some((item) => isMap(resolve(document.doc, item)));
  if (isMap(value))
    return mapItems(document.doc, value).some((i) => hasListOfMaps(document, i.value, depth + 1));
  return false;
}

function flattenKeys(document: YamlDocument, node: Node, prefix: string, depth: number): string[] {
  if (depth > 64) return [];
  return mapItems(document.doc, node).flatMap((i) => {
    const value = resolve(document.doc, i.value);
    return value && isMap(value)
      ? flattenKeys(document, value, `${prefix}${i.key}.`, depth + 1)
      : [`${prefix}${i.key}`];
  });
}

function kubernetesKind(document: YamlDocument): string | undefined {
  const { doc, root } = document;
  if (!scalarText(doc, getPath(doc, root, 'apiVersion'))) return undefined;
  return scalarText(doc, getPath(doc, root, 'kind'))?.text;
}

/** Reads one file into the Flink configs it holds, dispatching on its name and each document's shape. */
export function loadFile(path: string, text: string, context: LoadContext): LoadResult {
  if (isFlinkConfName(path)) return { configs: [wholeFile(path, text, 'flink-conf', context)], problems: [] };

  const { yaml, problems } = parseYamlFile(text, path);
  if (problems.length > 0 && CONFIG_YAML_NAME.test(path) && /^(taskmanager|jobmanager)[.:]/m.test(text)) {
    // Flink's own config.yaml that does not parse: Flink's reader says why, in its words.
    return { configs: [wholeFile(path, text, 'config-yaml', context)], problems: [] };
  }
  const configs: FlinkConfig[] = [];
  const containers = yaml.documents.flatMap((d) => workloadContainers(yaml, d));
  for (const document of yaml.documents) {
    const kind = kubernetesKind(document);
    if (kind !== undefined) {
      if (isOperatorResource(document)) configs.push(loadFlinkDeployment(yaml, document, context));
      else if (kind === 'ConfigMap' && isFlinkConfigMap(document))
        configs.push(...loadConfigMap(yaml, document, context, containers));
      else if (isWorkload(kind)) configs.push(...loadWorkload(yaml, document, context));
      continue;
    }
    if (isComposeDocument(document)) configs.push(...loadCompose(yaml, document, context));
    else if (isValuesFileName(path)) configs.push(...loadHelmValues(yaml, document, context));
    else if (yaml.documents.length === 1 && isFlinkConfigYaml(document, path))
      configs.push(wholeFile(path, text, 'config-yaml', context, yaml.parsed));
  }
  return { configs, problems };
}

/** A file that is one Flink configuration, read by the reader Flink uses for its format. */
function wholeFile(
  path: string,
  text: string,
  kind: 'flink-conf' | 'config-yaml',
  context: LoadContext,
  parsed?: ParsedYaml,
): FlinkConfig {
  const read =
    kind === 'config-yaml' ? readConfigYaml(text, path, identityMap, parsed) : readFlinkConf(text, path);
  return buildConfig(
    {
      part: '0',
      kind,
      location: { file: path, line: 1, column: 1 },
      deployment: 'standalone',
      entries: read.entries,
      processes: ['jobmanager', 'taskmanager'],
      problems: read.problems,
      version: { format: kind },
    },
    context,
  );
}
