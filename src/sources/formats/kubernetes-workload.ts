import type { Node } from 'yaml';
import type { ContainerLimit, LoadedConfig, LoadProblem, ProcessName } from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import type { RawMarkers, YamlFileContext } from './format.js';
import { FLINK_PROPERTIES, readFlinkProperties } from './flink-properties.js';
import { quantityBytes } from '../kubernetes-quantity.js';
import { POD_SPEC_PATHS } from './kubernetes-facts.js';
import {
  getItem,
  getPath,
  isStringScalar,
  locationOf,
  mapItems,
  scalarText,
  seqItems,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';

export interface WorkloadContainer {
  workload: string;
  kind: string;
  container: Node;
  name?: string;
  image?: string;
  /** The Flink process the container runs, from its arguments or names. */
  process?: ProcessName;
  limit?: ContainerLimit;
  replicas?: number;
  /** ConfigMaps the pod mounts as volumes. */
  configMaps: string[];
}

export function isWorkload(kind: string): boolean {
  return kind in POD_SPEC_PATHS;
}

/** The containers of a Deployment, StatefulSet, Pod, Job...: process, limit, mounted ConfigMaps. */
function workloadContainers(yaml: YamlFile, document: YamlDocument): WorkloadContainer[] {
  const { doc, root } = document;
  const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
  const path = POD_SPEC_PATHS[kind];
  if (!path) return [];
  const workload = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? kind;
  const podSpec = getPath(doc, root, ...path);
  const replicasText = scalarText(doc, getPath(doc, root, 'spec', 'replicas'))?.text;
  const configMaps = seqItems(doc, getPath(doc, podSpec, 'volumes'))
    .map((volume) => scalarText(doc, getPath(doc, volume, 'configMap', 'name'))?.text)
    .filter((name): name is string => name !== undefined);
  return seqItems(doc, getPath(doc, podSpec, 'containers')).map((container) => {
    const name = scalarText(doc, getPath(doc, container, 'name'))?.text;
    const words = [
      workload,
      name ?? '',
      ...seqItems(doc, getPath(doc, container, 'args')).map((n) => scalarText(doc, n)?.text ?? ''),
      ...seqItems(doc, getPath(doc, container, 'command')).map((n) => scalarText(doc, n)?.text ?? ''),
      ...seqItems(doc, getPath(doc, container, 'env'))
        .filter((e) =>
          /^(ROLE|COMPONENT|FLINK_ROLE)$/.test(scalarText(doc, getPath(doc, e, 'name'))?.text ?? ''),
        )
        .map((e) => scalarText(doc, getPath(doc, e, 'value'))?.text ?? ''),
    ];
    const limitItem = getItem(doc, getPath(doc, container, 'resources', 'limits'), 'memory');
    const limitText = limitItem && scalarText(doc, limitItem.value);
    const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
    const requestText = scalarText(doc, getPath(doc, container, 'resources', 'requests', 'memory'));
    const requestBytes = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
    return {
      workload,
      kind,
      container,
      name,
      image: scalarText(doc, getPath(doc, container, 'image'))?.text,
      process: processOf(words),
      limit:
        limitText && bytes !== undefined
          ? {
              bytes,
              text: limitText.text,
              source: `${kind} ${workload} container ${name ?? ''} resources.limits.memory`.replace(
                '  ',
                ' ',
              ),
              location: locationOf(yaml, limitItem.value),
              ...(requestBytes !== undefined ? { requestBytes } : {}),
            }
          : undefined,
      replicas: replicasText && /^\d+$/.test(replicasText) ? Number(replicasText) : undefined,
      configMaps,
    };
  });
}

/** Which Flink process a container runs, from words such as `taskmanager`, `standalone-job`, `worker`. */
export function processOf(words: readonly string[]): ProcessName | undefined {
  const text = words.join(' ').toLowerCase();
  if (/task-?manager|\bworker\b/.test(text)) return 'taskmanager';
  if (/job-?manager|standalone-job|\bmaster\b/.test(text)) return 'jobmanager';
  return undefined;
}

/** A container's `env` names `FLINK_PROPERTIES`. */
export const WORKLOAD_MARKERS: RawMarkers = { text: [FLINK_PROPERTIES] };

/** One config per container that sets `FLINK_PROPERTIES` in its environment. */
export function loadWorkload(document: YamlDocument, { yaml }: YamlFileContext): LoadedConfig[] {
  const { doc } = document;
  const configs: LoadedConfig[] = [];
  for (const c of workloadContainers(yaml, document)) {
    const variable = seqItems(doc, getPath(doc, c.container, 'env')).find(
      (e) => scalarText(doc, getPath(doc, e, 'name'))?.text === FLINK_PROPERTIES,
    );
    const value = variable && getPath(doc, variable, 'value');
    if (!variable || !isStringScalar(doc, value)) continue;
    const problems: LoadProblem[] = [];
    const read = readFlinkProperties(yaml, value);
    problems.push(...read.problems);
    const env: Record<string, string> = {};
    for (const e of seqItems(doc, getPath(doc, c.container, 'env'))) {
      const name = scalarText(doc, getPath(doc, e, 'name'))?.text;
      const text = scalarText(doc, getPath(doc, e, 'value'))?.text;
      if (name && text !== undefined && name !== FLINK_PROPERTIES) env[name] = text;
    }
    const processes: ProcessName[] = c.process ? [c.process] : ['jobmanager', 'taskmanager'];
    configs.push(
      buildConfig({
        part: `${document.index}/${c.name ?? configs.length}`,
        kind: 'kubernetes-workload',
        location: locationOf(yaml, c.container),
        name: `${c.workload}/${c.name ?? ''}`,
        // The image's entrypoint starts the process with Flink's standalone scripts.
        deployment: 'standalone',
        entries: read.entries,
        appendsToImageConf: locationOf(yaml, variable),
        processes,
        container: containerLimits(Object.fromEntries(processes.map((p) => [p, c.limit]))),
        replicas: c.replicas !== undefined && c.process ? { [c.process]: c.replicas } : undefined,
        image: c.image,
        env,
        problems,
        version: { images: c.image ? [c.image] : [], format: 'none' },
      }),
    );
  }
  return configs;
}

export function metadataAnnotations(document: YamlDocument): Record<string, string> {
  const { doc, root } = document;
  const annotations: Record<string, string> = {};
  for (const item of mapItems(doc, getPath(doc, root, 'metadata', 'annotations'))) {
    const value = scalarText(doc, item.value);
    if (value) annotations[item.key] = value.text;
  }
  return annotations;
}
