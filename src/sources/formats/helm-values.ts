import { isMap, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type {
  Deployment,
  Entry,
  LoadedConfig,
  LoadProblem,
  Location,
  ProcessName,
} from '../../model/index.js';
import { buildConfig, containerLimits } from '../config-builder.js';
import {
  processInPath,
  valuesFlinkVersion,
  valuesImages,
  valuesLimits,
  valuesTreeOf,
} from './helm-values-tree.js';
import type { YamlFileContext } from './format.js';
import { readConfigYaml } from './config-yaml.js';
import { readFlinkConf, type ReadResult } from './flink-conf.js';
import { flinkConfiguration } from './flink-deployment.js';
import { FLINK_PROPERTIES, readFlinkProperties } from './flink-properties.js';
import type { VersionEvidence } from '../../model/index.js';
import { isMemoryKey } from '../../flink/index.js';
import {
  embeddedPositionMap,
  getPath,
  isStringScalar,
  locationOf,
  mapItems,
  parseYamlFile,
  resolve,
  scalarText,
  seqItems,
  YAML_LIMITS,
  type YamlDocument,
  type YamlFile,
} from '../yaml/document.js';

/** Helm values files: `values.yaml`, `values-prod.yaml`, `prod-values.yml`, `values/prod.yaml`. */
export function isValuesFileName(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return (
    /^(?:[\w.-]*[-_.])?values(?:[-_.][\w.-]*)?\.ya?ml$/i.test(name) ||
    /(?:^|\/)values\/[\w.-]+\.ya?ml$/i.test(path)
  );
}

/** Prefix some charts put before Flink keys in a properties map (`flink-conf.taskmanager.memory...`). */
const KEY_PREFIX = 'flink-conf.';

interface Block {
  path: string[];
  location: Location;
  entries: Entry[];
  problems: LoadProblem[];
  deployment: Deployment;
  format: VersionEvidence['format'];
  appendsToImageConf?: Location;
}

/**
 * A Helm values file: every Flink configuration it carries (a `flinkConfiguration` map, an embedded
 * `flink-conf.yaml` / `config.yaml` text, `FLINK_PROPERTIES`, a map of Flink keys) becomes a config,
 * with the container limits and image the values give for its processes.
 */
export function loadHelmValues(document: YamlDocument, { yaml }: YamlFileContext): LoadedConfig[] {
  const blocks: Block[] = [];
  findBlocks(yaml, document, document.root ?? null, [], blocks, 0);
  if (blocks.length === 0) return [];
  const tree = valuesTreeOf(yaml, document);
  const limits = valuesLimits(tree, yaml.file);
  const images = valuesImages(tree);
  const specVersion = valuesFlinkVersion(tree);
  return blocks.map((block, i) => {
    const process = processInPath(block.path);
    const processes: ProcessName[] = process ? [process] : ['jobmanager', 'taskmanager'];
    return buildConfig({
      part: `${document.index}/${i}`,
      kind: 'helm-values',
      location: block.location,
      name: block.path.join('.'),
      deployment: block.deployment,
      entries: block.entries,
      appendsToImageConf: block.appendsToImageConf,
      processes,
      container: containerLimits(Object.fromEntries(processes.map((p) => [p, limits[p]]))),
      image: images[0],
      problems: block.problems,
      version: { specVersion, images, format: block.format },
    });
  });
}

function remap(result: ReadResult, map: (l: Location) => Location): ReadResult {
  return {
    entries: result.entries.map((e) => ({ ...e, location: map(e.location) })),
    problems: result.problems.map((p) => ({ ...p, location: map(p.location) })),
  };
}

function findBlocks(
  yaml: YamlFile,
  document: YamlDocument,
  node: Node | null,
  path: string[],
  out: Block[],
  depth: number,
): void {
  const { doc } = document;
  if (!node || depth > YAML_LIMITS.maxDepth) return;
  if (isSeq(node)) {
    for (const item of seqItems(doc, node)) {
      // An env list entry: `- name: FLINK_PROPERTIES` / `value: |`.
      const value = getPath(doc, item, 'value');
      if (
        scalarText(doc, getPath(doc, item, 'name'))?.text === FLINK_PROPERTIES &&
        isStringScalar(doc, value)
      ) {
        const read = readFlinkProperties(yaml, resolve(doc, value) as Scalar);
        out.push({
          path: [...path, FLINK_PROPERTIES],
          location: locationOf(yaml, item),
          ...read,
          deployment: 'standalone',
          format: 'none',
          appendsToImageConf: locationOf(yaml, item),
        });
      } else {
        findBlocks(yaml, document, item, path, out, depth + 1);
      }
    }
    return;
  }
  if (!isMap(node)) return;
  const items = mapItems(doc, node);
  const flinkKeys = items.filter((i) => i.key.startsWith(KEY_PREFIX) || isMemoryKey(i.key));
  if (flinkKeys.length > 0 && flinkKeys.some((i) => isMemoryKey(i.key.replace(KEY_PREFIX, '')))) {
    const problems: LoadProblem[] = [];
    const entries = flinkConfiguration(yaml, document, node, problems)
      .filter((e) => e.key.startsWith(KEY_PREFIX) || /^(taskmanager|jobmanager)\./.test(e.key))
      .map((e) => ({ ...e, key: e.key.startsWith(KEY_PREFIX) ? e.key.slice(KEY_PREFIX.length) : e.key }));
    out.push({
      path,
      location: locationOf(yaml, flinkKeys[0].keyNode),
      entries,
      problems,
      deployment: 'standalone',
      format: 'none',
    });
    return;
  }
  for (const item of items) {
    const at = locationOf(yaml, item.keyNode);
    const childPath = [...path, item.key];
    if (item.key === 'flinkConfiguration' && item.value && isMap(item.value)) {
      const problems: LoadProblem[] = [];
      const entries = flinkConfiguration(yaml, document, item.value, problems);
      out.push({
        path: childPath,
        location: at,
        entries,
        problems,
        deployment: 'kubernetes',
        format: 'none',
      });
      continue;
    }
    if (!isStringScalar(doc, item.value)) {
      findBlocks(yaml, document, item.value, childPath, out, depth + 1);
      continue;
    }
    const scalar = resolve(doc, item.value) as Scalar<string>;
    const text = scalar.value;
    const map = embeddedPositionMap(yaml, scalar);
    if (item.key === FLINK_PROPERTIES) {
      out.push({
        path: childPath,
        location: at,
        ...readFlinkProperties(yaml, scalar),
        deployment: 'standalone',
        format: 'none',
        appendsToImageConf: at,
      });
    } else if (item.key === 'flink-conf.yaml' || item.key === 'config.yaml') {
      const read =
        item.key === 'config.yaml'
          ? readConfigYaml(text, yaml.file, map)
          : readFlinkConf(text, yaml.file, map);
      if (read.entries.length > 0) {
        out.push({
          path: childPath,
          location: at,
          ...read,
          deployment: 'standalone',
          format: item.key === 'config.yaml' ? 'config-yaml' : 'flink-conf',
        });
      }
    } else if (text.includes('\n')) {
      embeddedText(yaml, text, childPath, at, map, out);
    }
  }
}

/** A multi-line string: a flink-conf fragment with memory keys, or a YAML text with `flinkConfiguration`. */
function embeddedText(
  yaml: YamlFile,
  text: string,
  path: string[],
  at: Location,
  map: (line: number, column: number) => { line: number; column: number },
  out: Block[],
): void {
  const toFile = (l: Location): Location => ({ file: yaml.file, ...map(l.line, l.column) });
  if (/^\s*flinkConfiguration\s*:/m.test(text)) {
    const inner = parseYamlFile(text, yaml.file);
    const found: Block[] = [];
    for (const document of inner.yaml.documents)
      findBlocks(inner.yaml, document, document.root ?? null, path, found, 0);
    for (const block of found) {
      const mapped = remap(block, toFile);
      out.push({ ...block, ...mapped, location: toFile(block.location) });
    }
    return;
  }
  const read = readFlinkConf(text, yaml.file, map);
  if (read.entries.some((e) => isMemoryKey(e.key)) && read.problems.every((p) => p.code !== 'invalid-line')) {
    out.push({ path, location: at, ...read, deployment: 'standalone', format: 'flink-conf' });
  }
}
