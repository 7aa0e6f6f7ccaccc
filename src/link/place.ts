import * as path from './repo-path.js';
import type {
  ComposeService,
  ContainerRole,
  DockerfileFacts,
  LinkedContainer,
  LinkedMemory,
  LinkEvidence,
  LinkFacts,
} from '../model/index.js';
import { flinkImage, minorLineOf } from '../flink/index.js';
import { dockerBytes, processOf } from '../sources/index.js';
import { isOverrideFile, overridesOf, repositoryPath } from './compose.js';
import { copiesOf, dockerStages, finalStage, type DockerStage } from './dockerfile.js';
import type { LinkedVersion } from './version.js';

/**
 * Where the files of a run place each config: the containers that mount or copy it in, and the
 * images and Dockerfiles that say which Flink runs it. Pure: it joins what loading read.
 */

/** One context a config runs in: the container (where one mounts it) and the versions around it, strongest first. */
export interface Placement {
  container?: LinkedContainer;
  versions: LinkedVersion[];
  /** The versions are the config's own (its service's build): they outrank images elsewhere in its file. */
  own?: boolean;
}

export interface Placements {
  byConfig: Map<string, Placement[]>;
  /** Weaker folder-level version evidence for configs nothing places. */
  folder: Map<string, LinkedVersion>;
}

/** A compose service with its paths made repository paths and each value located in its own file. */
interface Service {
  name: string;
  at: LinkEvidence;
  image?: { value?: string; evidence: LinkEvidence };
  command?: { words: string[]; evidence: LinkEvidence };
  build?: {
    dockerfile?: string;
    context?: string;
    target?: string;
    args: Record<string, { value: string; evidence: LinkEvidence }>;
    evidence: LinkEvidence;
  };
  memory: Record<string, { raw: string; value?: string; evidence: LinkEvidence }>;
  /** By container path (Compose merges volumes by `target`). */
  mounts: Map<string, { source?: string; target: string; evidence: LinkEvidence }>;
  extends?: { service: string; file?: string };
}

const MAX_EXTENDS = 10;

export function placeConfigs(files: readonly LinkFacts[]): Placements {
  const dockerfiles = new Map<string, DockerfileFacts>();
  const composeFiles = new Map<string, ComposeService[]>();
  for (const file of files) {
    if (file.dockerfile) dockerfiles.set(file.path, file.dockerfile);
    if (file.compose) composeFiles.set(file.path, file.compose.services);
  }
  const byConfig = new Map<string, Placement[]>();
  const add = (id: string, placement: Placement) => {
    const list = byConfig.get(id);
    if (list) list.push(placement);
    else byConfig.set(id, [placement]);
  };
  const configs = files.flatMap((f) => f.configs.map((c) => ({ ...c, file: f.path })));
  // Files Flink reads as its configuration: only these are mounted or copied into an image.
  const wholeFiles = configs.filter((c) => c.kind === 'flink-conf' || c.kind === 'config-yaml');
  const under = pathIndex(wholeFiles);
  const ownConfigs = new Map<string, typeof configs>();
  for (const config of configs) {
    if (config.kind !== 'docker-compose') continue;
    const list = ownConfigs.get(config.file);
    if (list) list.push(config);
    else ownConfigs.set(config.file, [config]);
  }
  const buildsSeen = new Set<string>();

  for (const [file, raw] of composeFiles) {
    if (
      isOverrideFile(file) &&
      ['yml', 'yaml'].some((ext) => composeFiles.has(file.replace(/\.override\.ya?ml$/, `.${ext}`)))
    )
      continue;
    const services = project(file, raw, composeFiles);
    for (const service of services) {
      const container = containerOf(service);
      const versions = serviceVersions(service, dockerfiles);
      // Only configs under a mount's source or the build's context can be placed by this service.
      const reachable = under([
        ...[...service.mounts.values()].map((m) => m.source),
        service.build && service.build.context,
      ]);
      for (const config of reachable) {
        const mount = mountOf(service, config.file);
        if (mount) add(config.id, { container: { ...container, via: mount }, versions });
        else if (service.build) {
          const copied = builtCopy(service, dockerfiles, config.file);
          if (copied) {
            buildsSeen.add(`${config.id}\0${copied.dockerfile}`);
            add(config.id, { container: { ...container, via: copied.evidence }, versions: copied.versions });
          }
        }
      }
      // A service that sets FLINK_PROPERTIES is a config of its own: what its build and override files add.
      for (const config of ownConfigs.get(file) ?? [])
        if (config.name === service.name) add(config.id, { container, versions, own: true });
    }
  }

  // A Dockerfile copies from its own folder when no compose file builds it.
  for (const [file, facts] of dockerfiles) {
    const stages = dockerStages(facts, file);
    for (const config of under([path.dirname(file)])) {
      if (buildsSeen.has(`${config.id}\0${file}`)) continue;
      const copied = copiesOf(facts, file, path.dirname(file), config.file);
      const version = copied && stageVersion(stages[copied.stage]);
      if (copied && version)
        add(config.id, {
          versions: [
            {
              ...version,
              source: `${version.source}, which copies it in (${copied.evidence.file}:${copied.evidence.line})`,
            },
          ],
        });
    }
  }

  const folder = new Map<string, LinkedVersion>();
  const finalVersions = dockerfileVersionsByFolder(dockerfiles);
  for (const config of wholeFiles) {
    if (byConfig.has(config.id)) continue;
    const around = folderVersion(config.file, finalVersions);
    if (around) folder.set(config.id, around);
  }
  return { byConfig, folder };
}

/**
 * The configs at a path or anywhere under it (`.` is the whole repository), for a set of paths, in
 * the configs' own order: what a mount's source or a build context can reach, found without
 * comparing every service with every config.
 */
function pathIndex<T extends { file: string }>(
  configs: readonly T[],
): (paths: readonly (string | undefined)[]) => T[] {
  const byPath = new Map<string, number[]>();
  configs.forEach((config, i) => {
    for (let at = config.file; ; at = path.dirname(at)) {
      const list = byPath.get(at);
      if (list) list.push(i);
      else byPath.set(at, [i]);
      if (at === '.' || at === '/' || at === '') break;
    }
  });
  return (paths) => {
    const found = new Set<number>();
    for (const at of paths)
      if (at !== undefined) for (const i of byPath.get(path.normalize(at)) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => configs[i]);
  };
}

/** A compose file's services merged with its override file and what each `extends`. */
function project(
  file: string,
  raw: readonly ComposeService[],
  all: ReadonlyMap<string, ComposeService[]>,
): Service[] {
  const services = new Map(raw.map((s) => [s.name, resolveExtends(file, s, all, 0)]));
  const override = overridesOf(file).find((f) => all.has(f));
  for (const s of (override && all.get(override)) || []) {
    const over = resolveExtends(override as string, s, all, 0);
    const base = services.get(s.name);
    services.set(s.name, base ? mergeServices(base, over) : over);
  }
  return [...services.values()];
}

function resolveExtends(
  file: string,
  raw: ComposeService,
  all: ReadonlyMap<string, ComposeService[]>,
  depth: number,
): Service {
  const own = service(file, raw);
  if (!raw.extends || depth >= MAX_EXTENDS) return own;
  const from = raw.extends.file
    ? repositoryPath(file, raw.extends.file.startsWith('.') ? raw.extends.file : `./${raw.extends.file}`)
    : file;
  const base = from && all.get(from)?.find((s) => s.name === raw.extends?.service);
  if (!from || !base || base === raw) return own;
  return mergeServices(resolveExtends(from, base, all, depth + 1), own);
}

function service(file: string, s: ComposeService): Service {
  const at = (line: number, text: string): LinkEvidence => ({ file, line, text });
  const result: Service = {
    name: s.name,
    at: at(s.line, `service ${s.name}`),
    memory: {},
    mounts: new Map(),
  };
  if (s.image) result.image = { value: s.image.value, evidence: at(s.image.line, `image: ${s.image.raw}`) };
  if (s.command)
    result.command = { words: s.command.words, evidence: at(s.command.line, `command: ${s.command.text}`) };
  if (s.build) {
    const context = repositoryPath(file, asRelative(s.build.context ?? '.'));
    const evidence = at(s.build.line, `build: ${s.build.context ?? '.'}`);
    result.build = {
      context,
      dockerfile: context && repositoryPath(`${context}/x`, asRelative(s.build.dockerfile ?? 'Dockerfile')),
      target: s.build.target,
      args: Object.fromEntries(
        Object.entries(s.build.args).map(([k, v]) => [
          k,
          { value: v, evidence: at(s.build!.line, `build args ${k}=${v}`) },
        ]),
      ),
      evidence,
    };
  }
  for (const [key, v] of Object.entries(s.memory))
    result.memory[key] = { raw: v.raw, value: v.value, evidence: at(v.line, key) };
  for (const m of s.mounts) {
    const source = m.source.startsWith('.') ? repositoryPath(file, m.source) : undefined;
    result.mounts.set(m.target.replace(/\/+$/, ''), {
      source,
      target: m.target.replace(/\/+$/, ''),
      evidence: at(m.line, `volume ${m.text}`),
    });
  }
  if (s.extends) result.extends = { service: s.extends.service, file: s.extends.file };
  return result;
}

/** A relative path as Compose reads it: `conf` and `./conf` are the same; absolute paths lead out of the repository. */
const asRelative = (p: string) =>
  p.startsWith('/') || p.startsWith('~') || /^[a-z]+:\/\//i.test(p) ? '/' : p.startsWith('.') ? p : `./${p}`;

/**
 * Compose's merge (docker/docs content/reference/compose-file/merge.md): mappings merged key by
 * key, `command` and `image` replaced, `volumes` merged by container path.
 */
function mergeServices(base: Service, over: Service): Service {
  const mounts = new Map(base.mounts);
  for (const [target, m] of over.mounts) mounts.set(target, m);
  const build =
    base.build && over.build
      ? { ...base.build, ...defined(over.build), args: { ...base.build.args, ...over.build.args } }
      : (over.build ?? base.build);
  const merged: Service = {
    name: over.name,
    at: over.at,
    memory: { ...base.memory, ...over.memory },
    mounts,
  };
  const image = over.image ?? base.image;
  const command = over.command ?? base.command;
  if (image) merged.image = image;
  if (command) merged.command = command;
  if (build) merged.build = build;
  return merged;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The processes a service runs, from its command (or, without one, its name), as the image's entrypoint reads it. */
function roleOf(service: Service): { role: ContainerRole; evidence: LinkEvidence } | undefined {
  const words = service.command?.words ?? [service.name];
  const evidence = service.command?.evidence ?? service.at;
  // The image's entrypoint (apache/flink-docker docker-entrypoint.sh): `local` "Starting local cluster"
  // (jobmanager.sh start-foreground local, older images) runs both; `standalone-job` runs
  // standalone-job.sh, the JobManager of an application cluster only (processOf reads it so).
  if (service.command && words[0] === 'local') return { role: 'both', evidence };
  const process = processOf(words);
  return process ? { role: process, evidence } : undefined;
}

/** The memory limit and request of a service, as Docker reads compose-spec byte values (11-extension.md "Specifying byte values"). */
function memoryOf(service: Service, keys: readonly string[]): LinkedMemory | undefined {
  for (const key of keys) {
    const written = service.memory[key];
    const bytes = written?.value !== undefined ? dockerBytes(written.value) : undefined;
    if (!written?.value || bytes === undefined) continue;
    // A size from a variable names both: `512m (${JM_MEMORY:-2g})`.
    const text = written.value === written.raw ? written.raw : `${written.value} (${written.raw})`;
    return { bytes, text, evidence: written.evidence };
  }
  return undefined;
}

function containerOf(service: Service): LinkedContainer {
  const container: LinkedContainer = { kind: 'compose service', name: service.name, at: service.at };
  const role = roleOf(service);
  if (role) {
    container.role = role.role;
    container.roleEvidence = role.evidence;
  }
  if (service.image?.value) {
    container.image = service.image.value;
    container.imageEvidence = service.image.evidence;
  }
  const limit = memoryOf(service, ['deploy.resources.limits.memory', 'mem_limit']);
  if (limit) container.limit = limit;
  const request = memoryOf(service, ['deploy.resources.reservations.memory', 'mem_reservation']);
  if (request) container.request = request;
  return container;
}

/** The service's Flink image, then the Flink image its build's Dockerfile runs. */
function serviceVersions(
  service: Service,
  dockerfiles: ReadonlyMap<string, DockerfileFacts>,
): LinkedVersion[] {
  const versions: LinkedVersion[] = [];
  const image = service.image?.value && flinkImage(service.image.value);
  if (image && service.image)
    versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
  const built = buildStages(service, dockerfiles);
  const stage = built && finalStage(built, service.build?.target);
  const version = stage && stageVersion(stage);
  if (version) versions.push(version);
  return versions;
}

function buildStages(
  service: Service,
  dockerfiles: ReadonlyMap<string, DockerfileFacts>,
): DockerStage[] | undefined {
  const file = service.build?.dockerfile;
  const facts = file && dockerfiles.get(file);
  return facts && file ? dockerStages(facts, file, service.build?.args) : undefined;
}

/** A build whose Dockerfile copies the config into the image. */
function builtCopy(
  service: Service,
  dockerfiles: ReadonlyMap<string, DockerfileFacts>,
  config: string,
): { dockerfile: string; evidence: LinkEvidence; versions: LinkedVersion[] } | undefined {
  const file = service.build?.dockerfile;
  const facts = file && dockerfiles.get(file);
  if (!file || !facts || service.build?.context === undefined) return undefined;
  const copied = copiesOf(facts, file, service.build.context, config);
  if (!copied) return undefined;
  const stages = dockerStages(facts, file, service.build.args);
  const image = service.image?.value && flinkImage(service.image.value);
  const versions: LinkedVersion[] = [];
  if (image && service.image)
    versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
  const version = stageVersion(stages[copied.stage]);
  if (version) versions.push(version);
  return { dockerfile: file, evidence: copied.evidence, versions };
}

/** The Flink version a stage's base image names, with the `FROM` (and `ARG`) lines that say so. */
function stageVersion(stage: DockerStage | undefined): LinkedVersion | undefined {
  const image = stage?.image && flinkImage(stage.image);
  if (!stage || !image) return undefined;
  return { version: image.version, source: stage.evidence.map(evidenceText).join(' with ') };
}

const evidenceText = (e: LinkEvidence) => `${e.file}:${e.line} ${e.text}`;

/** The mount that puts a repository file where Flink reads its configuration, if any. */
function mountOf(service: Service, config: string): LinkEvidence | undefined {
  for (const mount of service.mounts.values()) {
    if (mount.source === undefined) continue;
    const inside =
      mount.source === config
        ? mount.target
        : mount.source === '.'
          ? `${mount.target}/${config}`
          : config.startsWith(`${mount.source}/`)
            ? `${mount.target}/${config.slice(mount.source.length + 1)}`
            : undefined;
    if (inside && FLINK_CONF_FILE.test(inside)) return mount.evidence;
  }
  return undefined;
}

/** The files Flink reads from its configuration folder (`flink-conf.yaml` up to 1.20, `config.yaml` from 1.19). */
const FLINK_CONF_FILE = /(?:^|\/)(?:flink-conf|config)\.ya?ml$/;

/** The version each Dockerfile's final stage names, by the Dockerfile's folder, in the files' order. */
function dockerfileVersionsByFolder(
  dockerfiles: ReadonlyMap<string, DockerfileFacts>,
): Map<string, FolderVersion[]> {
  const byFolder = new Map<string, FolderVersion[]>();
  let order = 0;
  for (const [file, facts] of dockerfiles) {
    const version = stageVersion(finalStage(dockerStages(facts, file)));
    if (!version) continue;
    const where = path.dirname(file);
    byFolder.set(where, [...(byFolder.get(where) ?? []), { ...version, order: order++ }]);
  }
  return byFolder;
}

type FolderVersion = LinkedVersion & { order: number };

/**
 * Weak evidence for a config nothing places: the Flink version of the Dockerfiles in its folder and
 * the folders above it, where they all name the same minor version.
 */
function folderVersion(
  config: string,
  byFolder: ReadonlyMap<string, FolderVersion[]>,
): LinkedVersion | undefined {
  const found: FolderVersion[] = [];
  for (let dir = path.dirname(config); ; dir = path.dirname(dir)) {
    found.push(...(byFolder.get(dir) ?? []));
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  found.sort((a, b) => a.order - b.order);
  const minors = new Set(found.map((v) => minorLineOf(v.version)));
  if (minors.size !== 1) return undefined;
  return {
    version: found[0].version,
    source: `${found[0].source} (a Dockerfile in this config's folder or above it; nothing mounts or copies the config)`,
  };
}
