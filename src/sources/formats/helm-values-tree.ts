import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { javaDoubleToString } from '../../flink/index.js';
import type { ContainerLimit, HelmValue, Location, ProcessName } from '../../model/index.js';
import { quantityBytes } from '../kubernetes-quantity.js';
import {
  isPlaceholder,
  locationOf,
  mapItems,
  parseYamlFile,
  resolve,
  YAML_LIMITS,
  type YamlDocument,
  type YamlFile,
  type ParsedYamlFile,
} from '../yaml/document.js';

/** A values file's nodes kept at most: a larger file is read no further than this. */
const MAX_VALUES_NODES = 20_000;

type ValuesMap = Extract<HelmValue, { kind: 'map' }>;
type ValuesScalar = Extract<HelmValue, { kind: 'scalar' }>;

/**
 * A values file as plain data for the link stage, which layers a chart's files over each other
 * (`values-prod.yaml` over `values.yaml`). Undefined where the file does not parse or is no map.
 * `parsed` is the file as its loader parsed it, where it did.
 */
export function readValuesTree(
  path: string,
  text: string,
  parsed: ParsedYamlFile = parseYamlFile(text, path),
): HelmValue | undefined {
  const { yaml, problems } = parsed;
  const document = yaml.documents[0];
  if (problems.some((p) => p.code === 'yaml-error') || !document) return undefined;
  return valuesTreeOf(yaml, document);
}

/** A values document as plain data (its root must be a map). */
export function valuesTreeOf(yaml: YamlFile, document: YamlDocument): HelmValue | undefined {
  if (!document.root || !isMap(document.root)) return undefined;
  return valueOf(yaml, document.doc, document.root, 0, { nodes: MAX_VALUES_NODES });
}

function valueOf(
  yaml: YamlFile,
  doc: YamlDocument['doc'],
  node: Node | null,
  depth: number,
  budget: { nodes: number },
): HelmValue | undefined {
  if (budget.nodes-- <= 0 || depth > YAML_LIMITS.maxDepth) return undefined;
  const resolved = resolve(doc, node);
  const { line, column } = locationOf(yaml, resolved ?? node);
  if (!resolved || (isScalar(resolved) && (resolved.value === null || resolved.value === undefined)))
    return { kind: 'scalar', text: 'null', type: 'null', line, column };
  if (isSeq(resolved)) {
    const items = resolved.items.map((item) => valueOf(yaml, doc, item as Node, depth + 1, budget));
    const scalars = items.every((i) => i?.kind === 'scalar');
    return scalars
      ? { kind: 'list', text: items.map((i) => i.text).join(';'), line, column }
      : { kind: 'list', line, column };
  }
  if (isMap(resolved)) {
    const entries: Array<[string, HelmValue]> = [];
    for (const item of mapItems(doc, resolved)) {
      const value = valueOf(yaml, doc, item.value, depth + 1, budget);
      if (!value) continue;
      // A Flink entry is located on its key: the line a reader looks at for what set it.
      const at = locationOf(yaml, item.keyNode);
      entries.push([
        item.key,
        value.kind === 'map' ? value : { ...value, key: { line: at.line, column: at.column } },
      ]);
    }
    return { kind: 'map', entries, line, column };
  }
  if (!isScalar(resolved)) return undefined;
  const value = resolved.value;
  if (typeof value === 'bigint') return { kind: 'scalar', text: String(value), type: 'number', line, column };
  if (typeof value === 'number')
    return { kind: 'scalar', text: javaDoubleToString(value), type: 'number', line, column };
  if (typeof value === 'boolean')
    return { kind: 'scalar', text: String(value), type: 'boolean', line, column };
  if (typeof value !== 'string') return undefined;
  return isPlaceholder(value)
    ? { kind: 'scalar', text: value, type: 'string', unresolved: true, line, column }
    : { kind: 'scalar', text: value, type: 'string', line, column };
}

/** The value at a path of keys (the last of duplicate keys, as Helm's YAML reader keeps). */
export function valueAt(node: HelmValue | undefined, path: readonly string[]): HelmValue | undefined {
  let current = node;
  for (const key of path) {
    if (current?.kind !== 'map') return undefined;
    current = lastEntry(current, key);
  }
  return current;
}

function lastEntry(map: ValuesMap, key: string): HelmValue | undefined {
  for (let i = map.entries.length - 1; i >= 0; i--) if (map.entries[i][0] === key) return map.entries[i][1];
  return undefined;
}

/** A scalar's text where it is a value (not null, not a template placeholder). */
function textOf(node: HelmValue | undefined): string | undefined {
  return node?.kind === 'scalar' && node.type !== 'null' && !node.unresolved ? node.text : undefined;
}

/** The Flink process a values path is about (`taskmanager.resources`, `jobManager`). */
export function processInPath(path: readonly string[]): ProcessName | undefined {
  const text = path.join('.').toLowerCase();
  if (/task-?manager/.test(text)) return 'taskmanager';
  if (/job-?manager/.test(text)) return 'jobmanager';
  return undefined;
}

/**
 * `resources.limits.memory` under a path naming a process (`taskmanager.resources`,
 * `resources.jobmanager`), with the `requests.memory` beside it: the first of each process.
 */
export function valuesLimits(
  tree: HelmValue | undefined,
  file: string,
): Partial<Record<ProcessName, ContainerLimit>> {
  const limits: Partial<Record<ProcessName, ContainerLimit>> = {};
  const quantity = (node: HelmValue | undefined) => {
    const text = textOf(node);
    const bytes = text !== undefined ? quantityBytes(text) : undefined;
    return text !== undefined && bytes !== undefined ? { text, bytes } : undefined;
  };
  const visit = (node: HelmValue | undefined, path: string[], depth: number): void => {
    if (node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth) return;
    const process = processInPath(path);
    const limitNode = valueAt(node, ['limits', 'memory']);
    const limit = quantity(limitNode);
    if (process && limit && limitNode && !limits[process]) {
      const request = quantity(valueAt(node, ['requests', 'memory']));
      limits[process] = {
        ...limit,
        source: [...path, 'limits', 'memory'].join('.'),
        location: locationIn(file, limitNode),
        ...(request ? { requestBytes: request.bytes } : {}),
      };
    }
    for (const [key, value] of node.entries) visit(value, [...path, key], depth + 1);
  };
  visit(tree, [], 0);
  return limits;
}

export function locationIn(file: string, node: { line: number; column: number }): Location {
  return { file, line: node.line, column: node.column };
}

/**
 * Images the values name, in the shapes charts use: `image: flink:1.18`; `image: {repository|name,
 * tag}`; `image: flink` or `image.repository` with `imageTag` beside it or `global.imageTag` /
 * `global.image.tag`; and a bare `imageTag` under a key naming Flink (`flink.imageTag`), read as
 * the `flink` image. A bare tag anywhere else may be an application's own version: not read.
 */
export function valuesImages(tree: HelmValue | undefined): string[] {
  const images: string[] = [];
  const globalTag =
    textOf(valueAt(tree, ['global', 'imageTag'])) ?? textOf(valueAt(tree, ['global', 'image', 'tag']));
  const visit = (node: HelmValue | undefined, path: readonly string[], depth: number): void => {
    if (node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth) return;
    const siblingTag = textOf(valueAt(node, ['imageTag']));
    let named = false;
    for (const [key, value] of node.entries) {
      if (/^image$/i.test(key)) {
        const single = value.kind === 'scalar' ? textOf(value) : undefined;
        const repository = textOf(valueAt(value, ['repository'])) ?? textOf(valueAt(value, ['name']));
        const tag = textOf(valueAt(value, ['tag'])) ?? siblingTag ?? globalTag;
        const withTag = (repo: string) => (hasTag(repo) || tag === undefined ? repo : `${repo}:${tag}`);
        if (single !== undefined) images.push(withTag(single));
        else if (repository !== undefined) images.push(withTag(repository));
        named = true;
      }
      visit(value, [...path, key], depth + 1);
    }
    if (!named && siblingTag !== undefined && /flink/i.test(path.join('.')))
      images.push(`flink:${siblingTag}`);
  };
  visit(tree, [], 0);
  return images;
}

/** `flinkVersion` in the values (what a chart puts into `spec.flinkVersion`): `v1_18`, or `1.18` read as it. */
export function valuesFlinkVersion(tree: HelmValue | undefined): string | undefined {
  let found: string | undefined;
  const visit = (node: HelmValue | undefined, depth: number): void => {
    if (found !== undefined || node?.kind !== 'map' || depth > YAML_LIMITS.maxDepth) return;
    for (const [key, value] of node.entries) {
      const text = key === 'flinkVersion' ? textOf(value) : undefined;
      const match = text !== undefined ? /^v?(\d+)[._](\d+)/.exec(text) : null;
      if (match) {
        found = `v${match[1]}_${match[2]}`;
        return;
      }
      visit(value, depth + 1);
    }
  };
  visit(tree, 0);
  return found;
}

/** Whether an image reference already names a tag or digest (a `:` after the last `/`). */
function hasTag(ref: string): boolean {
  return ref.includes('@') || ref.lastIndexOf(':') > ref.lastIndexOf('/');
}

export type { ValuesMap, ValuesScalar };
