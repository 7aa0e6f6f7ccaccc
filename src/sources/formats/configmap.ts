import type { Scalar } from 'yaml';
import type { ContainerLimit, LoadedConfig, LoadProblem, ProcessName } from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import type { RawMarkers, YamlFileContext } from './format.js';
import { readConfigYaml } from './config-yaml.js';
import { readFlinkConf } from './flink-conf.js';
import { FLINK_PROPERTIES, readFlinkProperties } from './flink-properties.js';
import type { VersionEvidence } from '../../model/index.js';
import { metadataAnnotations, processOf } from './kubernetes-workload.js';
import {
  embeddedPositionMap,
  getPath,
  isStringScalar,
  locationOf,
  mapItems,
  scalarText,
  type YamlDocument,
} from '../yaml/document.js';

/** ConfigMap keys that hold a Flink configuration, and how Flink reads each. */
const EMBEDDED_FORMATS: Record<string, VersionEvidence['format'] | 'properties'> = {
  'flink-conf.yaml': 'flink-conf',
  'config.yaml': 'config-yaml',
  [FLINK_PROPERTIES]: 'properties',
};

/** It has one of the keys above under `data`. */
export const CONFIGMAP_MARKERS: RawMarkers = { text: Object.keys(EMBEDDED_FORMATS) };

export function isFlinkConfigMap(document: YamlDocument): boolean {
  const { doc, root } = document;
  return mapItems(doc, getPath(doc, root, 'data')).some((item) => item.key in EMBEDDED_FORMATS);
}

/**
 * A ConfigMap embedding `flink-conf.yaml`, `config.yaml` or `FLINK_PROPERTIES` text, one config per
 * key. Workloads in the same file that mount it give the container limits and images.
 */
export function loadConfigMap(document: YamlDocument, file: YamlFileContext): LoadedConfig[] {
  const { yaml } = file;
  const containers = file.containers();
  const { doc, root } = document;
  const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
  const users = containers.filter((c) => name !== undefined && c.configMaps.includes(name));
  const limits: Partial<Record<ProcessName, ContainerLimit>> = {};
  const replicas: Partial<Record<ProcessName, number>> = {};
  for (const c of users) {
    if (c.process && c.limit && !limits[c.process]) limits[c.process] = c.limit;
    if (c.process && c.replicas !== undefined && replicas[c.process] === undefined)
      replicas[c.process] = c.replicas;
  }
  const images = users.map((c) => c.image).filter((i): i is string => i !== undefined);
  const configs: LoadedConfig[] = [];
  for (const item of mapItems(doc, getPath(doc, root, 'data'))) {
    const format = EMBEDDED_FORMATS[item.key];
    if (!format || !isStringScalar(doc, item.value)) continue;
    const node = item.value as Scalar;
    const problems: LoadProblem[] = [];
    const text = String(node.value);
    const map = embeddedPositionMap(yaml, node);
    const read =
      format === 'properties'
        ? readFlinkProperties(yaml, node)
        : format === 'config-yaml'
          ? readConfigYaml(text, yaml.file, map)
          : readFlinkConf(text, yaml.file, map);
    problems.push(...read.problems);
    configs.push(
      buildConfig({
        part: `${document.index}/${item.key}`,
        kind: 'configmap',
        location: locationOf(yaml, item.keyNode),
        name: name ? `${name}/${item.key}` : item.key,
        // Pods mounting a ConfigMap start Flink with its standalone scripts (the image entrypoint).
        deployment: 'standalone',
        entries: read.entries,
        appendsToImageConf: format === 'properties' ? locationOf(yaml, item.keyNode) : undefined,
        processes: processOf([name ?? '']) ? [processOf([name ?? ''])!] : ['jobmanager', 'taskmanager'],
        container: containerLimits(limits),
        replicas,
        image: images[0],
        annotations: metadataAnnotations(document),
        problems,
        version: { images, format: format === 'properties' ? 'none' : format },
      }),
    );
  }
  return configs;
}
