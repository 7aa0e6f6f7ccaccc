import type { Node } from 'yaml';
import type { Scalar } from 'yaml';
import type { KustomizationFacts, KustomizePatch, LoadedConfig } from '../../model/index.js';
import { buildConfig } from '../config-builder.js';
import { readConfigYaml } from './config-yaml.js';
import { readFlinkConf, type PositionMap } from './flink-conf.js';
import { FLINK_PROPERTIES } from './flink-properties.js';
import { DEFAULT_NAMESPACE } from './kubernetes-facts.js';
import { processOf } from './kubernetes-workload.js';
import {
  embeddedPositionMap,
  getPath,
  isStringScalar,
  locationOf,
  parseYamlFile,
  scalarText,
  seqItems,
  type YamlFile,
} from '../yaml/document.js';

/** Kustomize's file names (sigs.k8s.io/kustomize `konfig.RecognizedKustomizationFileNames`). */
export function isKustomizationFileName(file: string): boolean {
  return /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(file);
}

/**
 * A path a kustomization names, against the kustomization's folder, lexically. Nothing is read:
 * the link stage only compares it with the paths of the files it was given, so a path that leaves
 * the linted tree simply names no file.
 */
function resolveIn(folder: string, relative: string): string | undefined {
  if (relative === '' || relative.startsWith('/') || relative.includes('://')) return undefined;
  // Plain string work, no `node:path`: the browser playground loads files too.
  const parts: string[] = [];
  for (const part of `${folder}/${relative}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length === 0) return undefined;
    else parts.pop();
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

const dirname = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * What a kustomization tells the link stage: its `namespace`, its file `resources`, and the files
 * each `configMapGenerator` puts in a ConfigMap (`files: [conf/flink-conf.yaml]`, or
 * `files: [flink-conf.yaml=conf/prod.yaml]` with the key before `=`). A generated ConfigMap's name
 * gets a hash suffix, and Kustomize rewrites the references of the resources it builds to it: they
 * keep naming it by the generator's `name`.
 */
export function readKustomization(file: string, text: string): KustomizationFacts | undefined {
  const { yaml } = parseYamlFile(text, file);
  const document = yaml.documents[0];
  if (!document) return undefined;
  const { doc, root } = document;
  const folder = dirname(file);
  const str = (node: unknown) => {
    const scalar = scalarText(doc, node);
    return scalar && !scalar.unresolved ? scalar.text : undefined;
  };
  const facts: KustomizationFacts = { resources: [], generated: [] };
  const namespace = str(getPath(doc, root, 'namespace'));
  if (namespace) facts.namespace = namespace;
  for (const item of seqItems(doc, getPath(doc, root, 'resources'))) {
    const resolved = resolveIn(folder, str(item) ?? '');
    if (resolved) facts.resources.push(resolved);
  }
  for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
    const name = str(getPath(doc, generator, 'name'));
    if (!name) continue;
    for (const entry of seqItems(doc, getPath(doc, generator, 'files'))) {
      const text = str(entry);
      if (!text) continue;
      const eq = text.indexOf('=');
      const source = eq >= 0 ? text.slice(eq + 1) : text;
      const key = eq >= 0 ? text.slice(0, eq) : basename(source);
      const resolved = resolveIn(folder, source);
      if (resolved) facts.generated.push({ name, key, path: resolved, location: locationOf(yaml, entry) });
    }
    const behavior = str(getPath(doc, generator, 'behavior'));
    if (behavior === 'merge' || behavior === 'replace') {
      const keys = [
        ...seqItems(doc, getPath(doc, generator, 'files')).map((e) => fileKey(str(e) ?? '')),
        ...seqItems(doc, getPath(doc, generator, 'literals')).map((e) => literalKey(str(e) ?? '')),
      ].filter((k): k is string => k !== undefined && k !== '');
      (facts.overrides ??= []).push({ name, behavior, keys });
    }
  }
  const patches = readPatches(yaml, folder, str);
  if (patches.length > 0) facts.patches = patches;
  for (const image of seqItems(doc, getPath(doc, root, 'images'))) {
    const name = str(getPath(doc, image, 'name'));
    if (!name) continue;
    const entry: NonNullable<KustomizationFacts['images']>[number] = {
      name,
      location: locationOf(yaml, image),
    };
    for (const field of ['newName', 'newTag', 'digest'] as const) {
      const value = str(getPath(doc, image, field));
      if (value) entry[field] = value;
    }
    if (entry.newName || entry.newTag || entry.digest) (facts.images ??= []).push(entry);
  }
  return facts;
}

/** The key a generator's `files:` entry gives: before `=`, else the file's name. */
function fileKey(text: string): string {
  const eq = text.indexOf('=');
  return eq >= 0 ? text.slice(0, eq) : basename(text);
}

/** The key of a `literals:` entry, `KEY=value` (kustomize api/kv `parseLiteralSource`: split at the first `=`). */
export function literalKey(text: string): string | undefined {
  const eq = text.indexOf('=');
  return eq > 0 ? text.slice(0, eq) : undefined;
}

/**
 * The patches of a kustomization, in Kustomize's order (sigs.k8s.io/kustomize
 * api/internal/target/kusttarget_configplugin.go `configureBuiltinTransformers`:
 * `patchesStrategicMerge`, then `patches`, then `patchesJson6902`; each list in order). Each is a file or inline text
 * (api/internal/builtins/PatchTransformer.go: `patch` or `path`, with an optional `target`).
 */
function readPatches(
  yaml: YamlFile,
  folder: string,
  str: (node: unknown) => string | undefined,
): KustomizePatch[] {
  const document = yaml.documents[0];
  const { doc, root } = document;
  const patches: KustomizePatch[] = [];
  const inline = (node: Node | null): KustomizePatch['inline'] => {
    if (!node || !isStringScalar(doc, node)) return undefined;
    const text = String(node.value);
    const map = embeddedPositionMap(yaml, node);
    const lines = text.split(/\r\n|\n|\r/).map((_, i) => map(i + 1, 1));
    return { text, lines };
  };
  const target = (node: Node | null): KustomizePatch['target'] => {
    if (!node) return undefined;
    const t: NonNullable<KustomizePatch['target']> = {};
    for (const field of ['kind', 'name', 'namespace'] as const) {
      const value = str(getPath(doc, node, field));
      if (value !== undefined) t[field] = value;
    }
    return t;
  };
  const add = (entry: Node, json6902: boolean) => {
    const location = locationOf(yaml, entry);
    const path = str(getPath(doc, entry, 'path'));
    const text = inline(getPath(doc, entry, 'patch'));
    const patch: KustomizePatch = { location };
    if (path !== undefined) {
      const resolved = resolveIn(folder, path);
      if (!resolved) return;
      patch.path = resolved;
    } else if (text) patch.inline = text;
    else return;
    const selected = target(getPath(doc, entry, 'target'));
    if (selected) patch.target = selected;
    if (json6902) patch.json6902 = true;
    patches.push(patch);
  };
  // A patchesStrategicMerge entry is a file's path, or the patch itself when it holds a line break.
  for (const entry of seqItems(doc, getPath(doc, root, 'patchesStrategicMerge'))) {
    const text = str(entry);
    if (text === undefined) continue;
    const location = locationOf(yaml, entry);
    if (/[\r\n]/.test(text)) {
      const body = inline(entry);
      if (body) patches.push({ inline: body, location });
    } else {
      const resolved = resolveIn(folder, text.trim());
      if (resolved) patches.push({ path: resolved, location });
    }
  }
  for (const entry of seqItems(doc, getPath(doc, root, 'patches'))) add(entry, false);
  for (const entry of seqItems(doc, getPath(doc, root, 'patchesJson6902'))) add(entry, true);
  return patches;
}

/** Literal keys that hold a Flink configuration, as in a ConfigMap's `data` (configmap.ts). */
const LITERAL_FORMATS: Record<string, 'flink-conf' | 'config-yaml' | 'properties'> = {
  'flink-conf.yaml': 'flink-conf',
  'config.yaml': 'config-yaml',
  [FLINK_PROPERTIES]: 'properties',
};

/**
 * The Flink configurations a kustomization writes itself: `configMapGenerator` `literals:` whose key
 * is `flink-conf.yaml`, `config.yaml` or `FLINK_PROPERTIES` (`- FLINK_PROPERTIES=taskmanager...`).
 * Kustomize splits a literal at its first `=` and drops quotes around the whole value (sigs.k8s.io/kustomize
 * api/kv/kv.go `parseLiteralSource`, `removeQuotes`). Each is one ConfigMap key, linked as a ConfigMap's.
 */
export function loadGeneratorLiterals(file: string, text: string): LoadedConfig[] {
  const { yaml } = parseYamlFile(text, file);
  const document = yaml.documents[0];
  if (!document) return [];
  const { doc, root } = document;
  const namespace = scalarText(doc, getPath(doc, root, 'namespace'))?.text || DEFAULT_NAMESPACE;
  const configs: LoadedConfig[] = [];
  for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
    const name = scalarText(doc, getPath(doc, generator, 'name'))?.text;
    if (!name) continue;
    for (const literal of seqItems(doc, getPath(doc, generator, 'literals'))) {
      if (!isStringScalar(doc, literal)) continue;
      const written = String((literal as Scalar).value);
      const key = literalKey(written);
      const format = key === undefined ? undefined : LITERAL_FORMATS[key];
      if (!key || !format) continue;
      let value = written.slice(key.length + 1);
      let shift = key.length + 1;
      if (value.length >= 2 && /^["']/.test(value) && value.endsWith(value[0])) {
        value = value.slice(1, -1);
        shift++;
      }
      const outer = embeddedPositionMap(yaml, literal);
      const map: PositionMap = (line, column) => outer(line, line === 1 ? column + shift : column);
      const read =
        format === 'config-yaml' ? readConfigYaml(value, file, map) : readFlinkConf(value, file, map);
      const at = locationOf(yaml, literal);
      const process = processOf([name]);
      configs.push(
        buildConfig({
          part: `configMapGenerator/${name}/${key}`,
          kind: 'configmap',
          location: at,
          name: `${name}/${key}`,
          deployment: 'standalone',
          entries:
            format === 'properties'
              ? read.entries.map((e) => ({ ...e, origin: 'environment' }))
              : read.entries,
          appendsToImageConf: format === 'properties' ? at : undefined,
          processes: process ? [process] : ['jobmanager', 'taskmanager'],
          problems: [...read.problems],
          version: { images: [], format: format === 'properties' ? 'none' : format },
          kubernetes: { namespace, configMap: { name, key } },
        }),
      );
    }
  }
  return configs;
}
