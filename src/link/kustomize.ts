import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Scalar,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type {
  ConfigLink,
  KubernetesContainerFacts,
  KustomizationFacts,
  KustomizePatch,
  LinkFacts,
  LoadedConfig,
} from '../model/index.js';
import {
  DEFAULT_NAMESPACE,
  getPath,
  graft,
  loadDocument,
  parseYamlFile,
  scalarText,
  type TreeReader,
  type YamlFile,
} from '../sources/index.js';
import { kubernetesLink, runs } from './kubernetes.js';
import { selectsName } from './name-pattern.js';
import { resolveFlinkVersion, type VersionContext } from './version.js';

/**
 * Kustomize overlays, built as `kustomize build` builds them for what memory depends on: each
 * kustomization's resources (its files, and the folders of other kustomizations it lists, built
 * first), then its patches in Kustomize's order (strategic merge patches, `patches`, JSON 6902
 * patches). A resource an overlay patches is read again with the loaders: the values a patch sets
 * are located on the patch's lines, the rest on the base's. Only files the tree holds are read
 * (`TreeReader`), nothing is run, and a kustomization's paths never leave the tree.
 */

/** Deepest chain of kustomizations followed (overlay → base → …); a cycle stops at a folder seen before. */
const MAX_DEPTH = 16;
/** Resources one build holds at most: a tree of kustomizations cannot make the work explode. */
const MAX_RESOURCES = 2_000;
/** Resources built over all overlays of a run at most. */
const MAX_BUILT_RESOURCES = 20_000;

/** One resource of a build: the document as the build has it so far. */
interface Resource {
  path: string;
  yaml: YamlFile;
  text: string;
  index: number;
  doc: Document.Parsed;
  root: Node;
  kind: string;
  name: string;
  namespace?: string;
  /** Where the patches that changed it are written, in order. */
  patchedBy: string[];
  /** Its document is this build's own copy (patched). */
  owned: boolean;
  /** The document as its file writes it, once patched. */
  original?: { doc: Document.Parsed; root: Node };
}

/** A config file a build's `configMapGenerator` puts in a ConfigMap: its name and key. */
interface Generated {
  name: string;
  key: string;
  path: string;
}

interface Build {
  resources: Resource[];
  /** The patch files that patched a resource of the build. */
  applied: Set<string>;
  generated: Generated[];
  namespace?: string;
}

/** What the overlays do to the configs of the tree, by config id. */
export interface OverlayLinks {
  /** Contexts to judge besides the config's own: one per overlay that changes it. */
  contexts: Map<string, ConfigLink[]>;
  /** Configs that are patches (a partial resource in a patch file), by id: the kustomization that applies them. */
  patches: Map<string, string>;
}

/** A kustomization that changes what it builds: patches, or images. */
const changes = (k: KustomizationFacts) => (k.patches?.length ?? 0) > 0 || (k.images?.length ?? 0) > 0;

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

export function linkOverlays(
  files: readonly LinkFacts[],
  context: VersionContext,
  read: TreeReader | undefined,
): OverlayLinks {
  const result: OverlayLinks = { contexts: new Map(), patches: new Map() };
  const byFolder = new Map<string, { path: string; facts: KustomizationFacts }>();
  for (const file of files)
    if (file.kustomization) byFolder.set(folderOf(file.path), { path: file.path, facts: file.kustomization });
  if (!read || ![...byFolder.values()].some((k) => changes(k.facts))) return result;

  const configsOf = new Map(files.map((f) => [f.path, f.configs]));
  const parsed = new Map<string, YamlFile | undefined>();
  const parse = (path: string): YamlFile | undefined => {
    if (!parsed.has(path)) {
      const text = read(path);
      parsed.set(path, text === undefined ? undefined : parseYamlFile(text, path).yaml);
    }
    return parsed.get(path);
  };
  const seen = new Set<string>();
  let work = 0;

  for (const [folder, kustomization] of byFolder) {
    if (!changes(kustomization.facts)) continue;
    const build = buildFolder(folder, byFolder, parse, new Set(), 0);
    if (!build) continue;
    // A tree of many overlays over large bases is built only up to a bound: the rest keep their bases' links.
    work += build.resources.length;
    if (work > MAX_BUILT_RESOURCES) break;
    for (const path of build.applied)
      for (const config of configsOf.get(path) ?? []) result.patches.set(config.id, kustomization.path);
    const name = `kustomize overlay ${folder || '.'}`;
    for (const resource of build.resources) if (!changesMemory(resource)) resource.patchedBy = [];
    const containers = buildContainers(build);
    for (const resource of build.resources) {
      const loaded = reload(resource);
      for (const config of loaded.configs) {
        const ref = config.kubernetes;
        const namespace = build.namespace ?? ref?.namespace;
        const users = ref?.configMap
          ? containers.filter((c) => runs(c.facts, ref) && c.namespace === namespace)
          : [];
        const changed = resource.patchedBy.length > 0 || users.some((u) => u.patchedBy.length > 0);
        if (!changed) continue;
        const key = `${config.id}\0${[...resource.patchedBy, ...users.flatMap((u) => u.patchedBy)].join('\0')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        addContext(result, config.id, overlayContext(name, config, users, context));
      }
    }
    // Generated ConfigMaps: the file's own config, in the containers the overlay patched.
    for (const generated of build.generated)
      for (const config of configsOf.get(generated.path) ?? []) {
        const ref = { namespace: '', configMap: { name: generated.name, key: generated.key } };
        const namespace = build.namespace ?? DEFAULT_NAMESPACE;
        const users = containers.filter((c) => runs(c.facts, ref) && c.namespace === namespace);
        if (!users.some((u) => u.patchedBy.length > 0)) continue;
        const key = `${config.id}\0${users.flatMap((u) => u.patchedBy).join('\0')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const link = kubernetesLink(
          config.evidence,
          { containers: users.map((u) => u.facts.container) },
          context,
        );
        addContext(result, config.id, named(link, name));
      }
  }
  return result;
}

function addContext(result: OverlayLinks, id: string, links: ConfigLink[]): void {
  const list = result.contexts.get(id) ?? [];
  result.contexts.set(id, [...list, ...links]);
}

/** Each context of a link, named after the overlay (and its containers where it has several). */
function named(link: ConfigLink, overlay: string): ConfigLink[] {
  const { also, ...first } = link;
  return [first, ...(also ?? [])].map((l) => ({
    ...l,
    contextName: l.contextName ? `${overlay}, ${l.contextName}` : overlay,
  }));
}

function overlayContext(
  overlay: string,
  config: LoadedConfig,
  users: readonly { facts: KubernetesContainerFacts }[],
  context: VersionContext,
): ConfigLink[] {
  const link: ConfigLink =
    users.length > 0
      ? kubernetesLink(config.evidence, { containers: users.map((u) => u.facts.container) }, context)
      : resolveFlinkVersion(config.evidence, context);
  return named(link, overlay).map((l) => ({ ...l, patched: config }));
}

/** A resource read again with the loaders, as the build has it. */
function reload(resource: Resource) {
  return loadDocument(
    { index: resource.index, doc: resource.doc, root: resource.root },
    { path: resource.path, text: resource.text, yaml: resource.yaml },
  );
}

/**
 * Whether the patches changed what memory depends on: the configs read from the resource (options,
 * limits, version evidence, processes) or its containers (limits, requests, roles, images,
 * replicas, what they mount). A patch of labels alone makes no overlay of its own.
 */
function changesMemory(resource: Resource): boolean {
  if (resource.patchedBy.length === 0 || !resource.original) return false;
  const original = { ...resource, doc: resource.original.doc, root: resource.original.root };
  return signature(reload(original)) !== signature(reload(resource));
}

function signature({ configs, containers }: ReturnType<typeof reload>): string {
  return JSON.stringify(
    [
      configs.map((c) => [
        c.entries.map((e) => [e.key, e.value]),
        c.container,
        c.evidence,
        c.processes,
        c.replicas,
      ]),
      containers.map(({ container: c, mounts, envFrom, namespace }) => [
        c.limit?.text,
        c.request?.text,
        c.role,
        c.image,
        c.replicas,
        mounts,
        envFrom,
        namespace,
      ]),
    ],
    (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}

/** The workload containers of a build, in the namespace the build gives them. */
function buildContainers(build: Build) {
  return build.resources.flatMap((resource) =>
    reload(resource).containers.map((facts) => ({
      facts,
      namespace: build.namespace ?? facts.namespace,
      patchedBy: resource.patchedBy,
    })),
  );
}

/** Builds one kustomization folder: its resources, bases built first, then its patches applied. */
function buildFolder(
  folder: string,
  byFolder: ReadonlyMap<string, { path: string; facts: KustomizationFacts }>,
  parse: (path: string) => YamlFile | undefined,
  seen: Set<string>,
  depth: number,
): Build | undefined {
  const kustomization = byFolder.get(folder);
  if (!kustomization || seen.has(folder) || depth > MAX_DEPTH) return undefined;
  seen.add(folder);
  const { facts } = kustomization;
  const build: Build = { resources: [], generated: [], applied: new Set() };
  for (const entry of facts.resources) {
    if (build.resources.length >= MAX_RESOURCES) break;
    if (byFolder.has(entry)) {
      const base = buildFolder(entry, byFolder, parse, seen, depth + 1);
      if (!base) continue;
      build.resources.push(...base.resources);
      build.generated.push(...base.generated);
      for (const path of base.applied) build.applied.add(path);
      build.namespace = base.namespace;
      continue;
    }
    build.resources.push(...resourcesOf(entry, parse));
  }
  // An overlay's generator of a base's name replaces the base's ConfigMap, or the keys it gives.
  for (const override of facts.overrides ?? [])
    build.generated = build.generated.filter(
      (g) => g.name !== override.name || (override.behavior === 'merge' && !override.keys.includes(g.key)),
    );
  build.generated.push(...facts.generated.map(({ name, key, path }) => ({ name, key, path })));
  const patches = facts.patches ?? [];
  // Kustomize's order: strategic merge and `patches` before the namespace, JSON 6902 patches after.
  for (const patch of patches.filter((p) => !p.json6902)) applyPatch(build, patch, kustomization.path, parse);
  if (facts.namespace) build.namespace = facts.namespace;
  for (const patch of patches.filter((p) => p.json6902)) applyPatch(build, patch, kustomization.path, parse);
  for (const image of facts.images ?? []) for (const resource of build.resources) retag(resource, image);
  return build;
}

function resourcesOf(path: string, parse: (path: string) => YamlFile | undefined): Resource[] {
  const yaml = parse(path);
  if (!yaml) return [];
  return yaml.documents.flatMap((document) => {
    const { doc, root } = document;
    const kind = text(doc, getPath(doc, root, 'kind'));
    const name = text(doc, getPath(doc, root, 'metadata', 'name'));
    if (!root || kind === undefined || name === undefined) return [];
    const resource: Resource = {
      path,
      yaml,
      text: yaml.text,
      index: document.index,
      doc,
      root,
      kind,
      name,
      patchedBy: [],
      owned: false,
    };
    const namespace = text(doc, getPath(doc, root, 'metadata', 'namespace'));
    if (namespace !== undefined) resource.namespace = namespace;
    return [resource];
  });
}

const text = (doc: Document.Parsed, node: unknown) => {
  const scalar = scalarText(doc, node);
  return scalar && !scalar.unresolved ? scalar.text : undefined;
};

/** The patch's text as YAML, each node located where it is written (inline: in the kustomization). */
function patchYaml(
  patch: KustomizePatch,
  kustomization: string,
  parse: (path: string) => YamlFile | undefined,
): YamlFile | undefined {
  if (patch.path) return parse(patch.path);
  if (!patch.inline) return undefined;
  const { yaml } = parseYamlFile(patch.inline.text, kustomization);
  const { lines } = patch.inline;
  const counter = yaml.lineCounter;
  // Positions in the inline text, on the kustomization's lines (block scalars keep their columns).
  const shifted = Object.create(counter) as typeof counter;
  shifted.linePos = (offset: number) => {
    const at = counter.linePos(offset);
    const line = lines[at.line - 1] ?? lines[lines.length - 1] ?? { line: 1, column: 1 };
    return { line: line.line, col: line.column + at.col - 1 };
  };
  return { ...yaml, lineCounter: shifted };
}

/** `name` and `namespace` of a target are anchored regular expressions (kustomize api/types/selector.go). */
function selects(pattern: string | undefined, value: string | undefined, literal: boolean): boolean {
  if (pattern === undefined || pattern === '') return true;
  return literal ? pattern === value : selectsName(pattern, value ?? '');
}

function applyPatch(
  build: Build,
  patch: KustomizePatch,
  kustomization: string,
  parse: (path: string) => YamlFile | undefined,
): void {
  const yaml = patchYaml(patch, kustomization, parse);
  if (!yaml) return;
  const where = `${patch.location.file}:${patch.location.line}`;
  // A patch without a target selects by its own kind and metadata, spelled exactly.
  const targets = (kind?: string, name?: string, namespace?: string, literal = false) =>
    build.resources.filter(
      (r) =>
        (kind === undefined || r.kind === kind) &&
        selects(name, r.name, literal) &&
        (namespace === undefined || selects(namespace, r.namespace ?? build.namespace, literal)),
    );
  const patched = (resource: Resource) => {
    own(resource, where);
    if (patch.path) build.applied.add(patch.path);
  };

  for (const document of yaml.documents) {
    const { doc, root } = document;
    if (!root) continue;
    // A list of operations is a JSON patch, a mapping a strategic merge patch (PatchTransformer.go).
    if (isSeq(root)) {
      if (!patch.target) continue;
      for (const resource of targets(patch.target.kind, patch.target.name, patch.target.namespace)) {
        patched(resource);
        applyJsonPatch(resource, root, yaml);
      }
      continue;
    }
    if (!isMap(root) || patch.json6902) continue;
    const selected = patch.target
      ? targets(patch.target.kind, patch.target.name, patch.target.namespace)
      : targets(
          text(doc, getPath(doc, root, 'kind')),
          text(doc, getPath(doc, root, 'metadata', 'name')),
          text(doc, getPath(doc, root, 'metadata', 'namespace')),
          true,
        );
    for (const resource of selected) {
      if (!isMap(resource.root)) continue;
      patched(resource);
      mergeMap(resource.root, root, yaml);
    }
  }
}

type ImageTag = NonNullable<KustomizationFacts['images']>[number];

/** `name[:tag][@digest]`: the tag is after the last `:` that follows the last `/` (kustomize api/image `Split`). */
function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const named = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const colon = named.lastIndexOf(':');
  const split = colon > named.lastIndexOf('/') ? colon : -1;
  return {
    name: split >= 0 ? named.slice(0, split) : named,
    ...(split >= 0 ? { tag: named.slice(split + 1) } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/**
 * Kustomize's `images:` (sigs.k8s.io/kustomize api/filters/imagetag `LegacyFilter`, `updater.go`):
 * every `image` of an item of a `containers` or `initContainers` list, anywhere in a resource,
 * whose name is the entry's `name`, gets its `newName`, and `newTag` and/or `digest` in place of
 * both the tag and the digest. The new image is located on the `images:` entry.
 */
function retag(resource: Resource, entry: ImageTag): void {
  if (resource.kind === 'CustomResourceDefinition') return;
  const matches = (root: Node) => {
    const found: Pair[] = [];
    const walk = (node: unknown, depth: number): void => {
      if (depth > 64) return;
      if (isSeq(node)) for (const item of node.items) walk(item, depth + 1);
      if (!isMap(node)) return;
      for (const pair of node.items) {
        walk(pair.value, depth + 1);
        if (!['containers', 'initContainers'].includes(keyOf(pair)) || !isSeq(pair.value)) continue;
        for (const item of pair.value.items) {
          if (!isMap(item)) continue;
          const image = item.items.find((p) => keyOf(p) === 'image');
          if (image && isScalar(image.value) && splitImage(String(image.value.value)).name === entry.name)
            found.push(image);
        }
      }
    };
    walk(root, 0);
    return found;
  };
  if (matches(resource.root).length === 0) return;
  const where = `${entry.location.file}:${entry.location.line}`;
  own(resource, where);
  for (const pair of matches(resource.root)) {
    const old = splitImage(String((pair.value as Scalar).value));
    let image = entry.newName ?? old.name;
    const tag = entry.newTag ?? (entry.digest ? undefined : old.tag);
    const digest = entry.digest ?? (entry.newTag ? undefined : old.digest);
    if (tag) image += `:${tag}`;
    if (digest) image += `@${digest}`;
    const value = new Scalar(image);
    value.range = [0, 0, 0];
    graft(value, writtenAt(entry.location));
    pair.value = value;
  }
}

/** A file whose every position is one place: a value Kustomize writes, located where it is asked for. */
function writtenAt(location: { file: string; line: number; column: number }): YamlFile {
  const { yaml } = parseYamlFile('', location.file);
  const counter = Object.create(yaml.lineCounter) as typeof yaml.lineCounter;
  counter.linePos = () => ({ line: location.line, col: location.column });
  return { ...yaml, lineCounter: counter };
}

/** Makes the resource's document the build's own copy, before a change where `where` says. */
function own(resource: Resource, where: string): void {
  if (!resource.owned) {
    resource.original = { doc: resource.doc, root: resource.root };
    resource.doc = resource.doc.clone() as Document.Parsed;
    resource.root = resource.doc.contents as Node;
    resource.owned = true;
  }
  resource.patchedBy.push(where);
}

/** A copy of a patch's node, located in the patch (the patch is applied by several overlays). */
function copy<T extends Node>(node: T, yaml: YamlFile): T {
  const cloned = node.clone() as T;
  graft(cloned, yaml);
  return cloned;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const isNull = (node: unknown) => isScalar(node) && node.value === null;

/** A map's `$patch` directive (`replace`, `delete`), as strategic merge patches write them. */
function directive(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const item = node.items.find((p) => isPair(p) && keyOf(p) === '$patch');
  return item && isScalar(item.value) ? String(item.value.value) : undefined;
}

function withoutDirective<T extends Node>(node: T): T {
  if (isMap(node)) node.items = node.items.filter((p) => keyOf(p) !== '$patch');
  return node;
}

/**
 * A strategic merge patch over a mapping (the Kubernetes strategic-merge-patch rules, as kyaml's
 * merge2 applies them to kinds without a schema): mappings merge key by key, `null` deletes a key,
 * `$patch: replace|delete` replace or delete a mapping, lists whose items all have a `name`
 * merge by it (containers, volumes, env; kyaml `AssociativeSequenceKeys`), other lists are
 * replaced. A value the patch sets keeps the patch's key, so it is located on the patch's line.
 */
function mergeMap(base: YAMLMap, patch: YAMLMap, yaml: YamlFile): void {
  for (const item of patch.items) {
    const pair = item;
    const key = keyOf(pair);
    if (key === '$patch') continue;
    const index = base.items.findIndex((p) => keyOf(p) === key);
    const value = pair.value as Node | null;
    const order = directive(value);
    if (isNull(value) || order === 'delete') {
      if (index >= 0) base.items.splice(index, 1);
      continue;
    }
    const current = index >= 0 ? base.items[index].value : undefined;
    if (order !== 'replace' && isMap(current) && isMap(value)) {
      mergeMap(current, value, yaml);
      continue;
    }
    if (isSeq(current) && isSeq(value) && mergeList(current, value, yaml)) continue;
    const replaced = new Pair(
      copy(pair.key as Node, yaml),
      value ? withoutDirective(copy(value, yaml)) : value,
    );
    if (index >= 0) base.items[index] = replaced;
    else base.items.push(replaced);
  }
}

const nameOf = (node: unknown) => {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => keyOf(p) === 'name');
  return pair && isScalar(pair.value) ? String(pair.value.value) : undefined;
};

/** Lists of named items merge by name; false where they do not (the patch's list replaces the base's). */
function mergeList(base: YAMLSeq, patch: YAMLSeq, yaml: YamlFile): boolean {
  const all = [...base.items, ...patch.items];
  if (all.length === 0 || !all.every((item) => nameOf(item) !== undefined)) return false;
  for (const item of patch.items) {
    const name = nameOf(item);
    const index = base.items.findIndex((b) => nameOf(b) === name);
    if (directive(item) === 'delete') {
      if (index >= 0) base.items.splice(index, 1);
    } else if (index >= 0) mergeMap(base.items[index] as YAMLMap, item as YAMLMap, yaml);
    else base.items.push(withoutDirective(copy(item as Node, yaml)));
  }
  return true;
}

/** A JSON pointer's tokens (RFC 6901: `~1` is `/`, `~0` is `~`). */
function pointer(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The node a pointer names, with the collection it sits in. */
function walk(root: Node, tokens: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const token of tokens) {
    if (isMap(node)) node = node.items.find((p) => keyOf(p) === token)?.value as Node | undefined;
    else if (isSeq(node) && /^\d+$/.test(token)) node = node.items[Number(token)] as Node | undefined;
    else return undefined;
  }
  return node ?? undefined;
}

/**
 * JSON 6902 operations (RFC 6902: add, replace, remove, copy, move; test changes nothing) on a
 * resource's document. A key an operation sets is located on the operation's `value` (or `path`).
 * An operation whose path the document lacks is left out, as it would fail the build.
 */
function applyJsonPatch(resource: Resource, operations: YAMLSeq, yaml: YamlFile): void {
  for (const operation of operations.items) {
    if (!isMap(operation)) continue;
    const field = (name: string) => operation.items.find((p) => keyOf(p) === name)?.value as Node | undefined;
    const op = isScalar(field('op')) ? String((field('op') as Scalar).value) : undefined;
    const pathNode = field('path');
    const tokens = isScalar(pathNode) ? pointer(String(pathNode.value)) : undefined;
    if (!op || !tokens || tokens.length === 0) continue;
    const parent = walk(resource.root, tokens.slice(0, -1));
    const last = tokens[tokens.length - 1];
    let value: Node | undefined;
    if (op === 'add' || op === 'replace') {
      const given = field('value');
      value = given ? copy(given, yaml) : undefined;
    } else if (op === 'copy' || op === 'move') {
      const fromNode = field('from');
      const from = isScalar(fromNode) ? pointer(String(fromNode.value)) : undefined;
      // RFC 6902 4.4: a value cannot move into itself; nor to where nothing holds it.
      const inside =
        from !== undefined && from.length < tokens.length && from.every((t, i) => t === tokens[i]);
      const found =
        from && !inside && (isMap(parent) || isSeq(parent)) ? walk(resource.root, from) : undefined;
      value = found ? (found.clone() as Node) : undefined;
      if (value && op === 'move' && from)
        remove(walk(resource.root, from.slice(0, -1)), from[from.length - 1]);
    }
    if (op === 'remove') {
      remove(parent, last);
      continue;
    }
    if (!value) continue;
    const at = field('value') ?? pathNode;
    if (isMap(parent)) {
      const key = new Scalar(last);
      key.range = at?.range ? [...at.range] : undefined;
      graft(key, yaml);
      const index = parent.items.findIndex((p) => keyOf(p) === last);
      if (op === 'replace' && index < 0) continue;
      if (index >= 0) parent.items[index] = new Pair(key, value);
      else parent.items.push(new Pair(key, value));
    } else if (isSeq(parent)) {
      const index = last === '-' ? parent.items.length : /^\d+$/.test(last) ? Number(last) : -1;
      if (index < 0 || index > parent.items.length) continue;
      if (op === 'replace') {
        if (index < parent.items.length) parent.items[index] = value;
      } else parent.items.splice(index, 0, value);
    }
  }
}

function remove(parent: Node | undefined, last: string): void {
  if (isMap(parent)) {
    const index = parent.items.findIndex((p) => keyOf(p) === last);
    if (index >= 0) parent.items.splice(index, 1);
  } else if (isSeq(parent) && /^\d+$/.test(last) && Number(last) < parent.items.length)
    parent.items.splice(Number(last), 1);
}
