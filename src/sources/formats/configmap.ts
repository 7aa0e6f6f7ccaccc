import type { Scalar } from 'yaml';
import type { LoadedConfig, LoadProblem } from '../../model/index.js';
import { buildConfig } from '../config-builder.js';
import { namespaceOf } from './kubernetes-facts.js';
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
 * key. The link stage gives it the containers that mount it, in this file or elsewhere.
 */
export function loadConfigMap(document: YamlDocument, file: YamlFileContext): LoadedConfig[] {
  const { yaml } = file;
  const { doc, root } = document;
  const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
  const namespace = namespaceOf(document);
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
        // The containers that mount it say which processes it starts (the link stage); else its name.
        processes: processOf([name ?? '']) ? [processOf([name ?? ''])!] : ['jobmanager', 'taskmanager'],
        annotations: metadataAnnotations(document),
        problems,
        version: { images: [], format: format === 'properties' ? 'none' : format },
        kubernetes: name === undefined ? { namespace } : { namespace, configMap: { name, key: item.key } },
      }),
    );
  }
  return configs;
}
