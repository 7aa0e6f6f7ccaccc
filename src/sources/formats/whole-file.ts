import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { isMemoryKey, isOptionNamespace } from '../../flink/index.js';
import type { LoadedConfig } from '../../model/index.js';
import { buildConfig } from '../config-builder.js';
import type { ParsedYaml } from '../yaml/depth.js';
import { mapItems, resolve, type YamlDocument } from '../yaml/document.js';
import { readConfigYaml } from './config-yaml.js';
import type { RawMarkers } from './format.js';
import { identityMap, readFlinkConf } from './flink-conf.js';

/** The two files that are one Flink configuration each: `flink-conf.yaml` and `config.yaml` (1.19+). */
export type WholeFileFormat = 'flink-conf' | 'config-yaml';

/** `flink-conf.yaml`, also as a template (`flink-conf.yaml.tpl`, `flink-conf.yaml.template`). */
export function isFlinkConfName(path: string): boolean {
  return /(?:^|\/)flink-conf\.ya?ml(?:\.[\w-]+)?$/i.test(path);
}

export const CONFIG_YAML_NAME = /(?:^|\/)config\.ya?ml$/i;

/** `flink-conf.yaml` is read by its name, whatever it holds. */
export const FLINK_CONF_MARKERS: RawMarkers = { name: isFlinkConfName };

/**
 * A `config.yaml` is Flink's when one of its keys, flattened, sizes or names a process
 * (`isFlinkConfigYaml`: `taskmanager.`, `jobmanager.` or a memory key, `containerized.heap-cutoff-…`
 * among them): nested or flat, quoted or not, the first segment is in the text as it is.
 */
export const CONFIG_YAML_MARKERS: RawMarkers = { text: ['taskmanager', 'jobmanager', 'containerized'] };

/**
 * Which reader Flink would use for a file given as one configuration: by its name, else by its
 * content (nesting, lists or quoted YAML values mean the standard YAML `config.yaml`).
 */
export function wholeFileFormat(name: string | undefined, text: string): WholeFileFormat {
  if (name && CONFIG_YAML_NAME.test(name)) return 'config-yaml';
  if (name && isFlinkConfName(name)) return 'flink-conf';
  const yamlOnly = text.split(/\r?\n/).some((line) => {
    const code = line.replace(/#.*/, '');
    if (!code.trim()) return false;
    return (
      /^\s+\S/.test(code) || /^\s*-\s/.test(code) || /:\s*["'[{]/.test(code) || /^[^:\s]+:$/.test(code.trim())
    );
  });
  return yamlOnly ? 'config-yaml' : 'flink-conf';
}

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
  const known = keys.filter((k) => isOptionNamespace(k.split('.')[0])).length;
  if (known * 3 < keys.length * 2) return false;
  const processKeys = flat.filter((k) => /^(taskmanager|jobmanager)\./.test(k));
  if (processKeys.length === 0) return false;
  return CONFIG_YAML_NAME.test(path) || flat.some(isMemoryKey);
}

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

/** A file that is one Flink configuration, read by the reader Flink uses for its format. */
export function loadWholeFile(
  path: string,
  text: string,
  kind: WholeFileFormat,
  parsed?: ParsedYaml,
): LoadedConfig {
  const read =
    kind === 'config-yaml' ? readConfigYaml(text, path, identityMap, parsed) : readFlinkConf(text, path);
  return buildConfig({
    part: '0',
    kind,
    location: { file: path, line: 1, column: 1 },
    deployment: 'standalone',
    entries: read.entries,
    processes: ['jobmanager', 'taskmanager'],
    problems: read.problems,
    version: { format: kind },
  });
}
