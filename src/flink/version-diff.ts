import {
  FLINK_VERSIONS,
  type Breakdown,
  type ConfigMap,
  type ConfigValue,
  type Deployment,
  type FlinkVersion,
  type ProcessName,
} from '../model/index.js';
import { derive } from './derive.js';
import { FlinkError } from './flink-error.js';
import { legacyHeapTarget, mapLegacyHeap } from './legacy-heap.js';
import {
  LEGACY_BUFFERS_KEY,
  LEGACY_HEAP_KEYS,
  legacyNetworkBytes,
  usesLegacyBuffers,
} from './legacy-keys.js';
import { parseMemorySize } from './memory-size.js';
import { versionOptions, type KnownOption } from './option-history.js';
import { rawText } from './options.js';
import { Edits, sizeValue } from './config-edits.js';
import { versionIndex } from './versions.js';

export interface VersionDiffRequest {
  config: ConfigMap;
  /** The version the configuration is judged as today. */
  from: FlinkVersion;
  to: FlinkVersion;
  /** How the processes are started (default standalone); decides how 1.x legacy heap keys are read. */
  deployment?: Deployment;
}

/** A key of the configuration that the target version treats differently. */
export interface KeyChange {
  key: string;
  /** The value as written. */
  value: string;
  /** The first version on the way with the change; absent where it already held at `from`. */
  in?: FlinkVersion;
  /** The key that takes its place, where there is one. */
  successor?: string;
  why: string;
}

/** An option whose default differs between the two versions. */
export interface DefaultChange {
  key: string;
  /** Defaults as Flink prints them; absent where there is none. */
  before?: string;
  after?: string;
  in: FlinkVersion;
  /** The configuration sets the option, so the change does not reach it. */
  overridden: boolean;
}

export interface VersionDiff {
  from: FlinkVersion;
  to: FlinkVersion;
  deployment: Deployment;
  removed: KeyChange[];
  renamed: KeyChange[];
  readDifferently: KeyChange[];
  defaults: DefaultChange[];
  /** The configuration files each version reads, where they differ (in the order Flink looks). */
  configFile?: { from: readonly string[]; to: readonly string[] };
  /** Edits that keep the configuration's meaning on `to`: successors for renamed and removed keys. */
  edits: { set: Record<string, string>; remove: string[]; why: Record<string, string> };
  before: Breakdown;
  after: Breakdown;
  /** What `to` derives from the configuration with `edits` applied. */
  afterEdits: Breakdown;
}

/** The versions from one to the other, both included, in the order an upgrade (or downgrade) passes them. */
function path(from: FlinkVersion, to: FlinkVersion): FlinkVersion[] {
  const a = versionIndex(from);
  const b = versionIndex(to);
  return a <= b ? FLINK_VERSIONS.slice(a, b + 1) : FLINK_VERSIONS.slice(b, a + 1).reverse();
}

/** Which configuration files a version reads (spec §8.1), in the order it looks for them. */
const CONFIG_FILES: readonly [FlinkVersion, readonly string[]][] = [
  ['1.10', ['flink-conf.yaml']],
  ['1.19', ['flink-conf.yaml', 'config.yaml']],
  ['2.0', ['config.yaml']],
];

function configFiles(version: FlinkVersion): readonly string[] {
  return CONFIG_FILES.filter(([since]) => versionIndex(version) >= versionIndex(since)).at(-1)?.[1] ?? [];
}

/** Keys whose reading changes at a version without the key being renamed or removed. */
const READ_CHANGES: readonly {
  since: FlinkVersion;
  keys: readonly string[];
  values?: RegExp;
  why: string;
}[] = [
  {
    since: '1.11',
    keys: LEGACY_HEAP_KEYS.jobmanager,
    why: 'Flink 1.10 passes it to the JobManager JVM as its heap (YARN and Kubernetes subtract a cut-off first); from 1.11 the JobManager has a memory model and this legacy key is read as jobmanager.memory.heap.size (standalone) or jobmanager.memory.process.size (YARN, Kubernetes).',
  },
  {
    since: '1.13',
    keys: ['state.backend', 'state.backend.type'],
    values: /^(filesystem|jobmanager)$/i,
    why: 'From Flink 1.13 the heap state backend is called hashmap; this name still loads it, with a deprecation warning (spec §10.1).',
  },
  {
    since: '2.0',
    keys: ['state.backend', 'state.backend.type'],
    values: /^(filesystem|jobmanager)$/i,
    why: 'Flink 2.0 no longer knows this name: it tries it as a factory class and fails ("Cannot find configured state backend factory class"); the heap backend is hashmap (spec §10.1).',
  },
];

const PROCESSES: readonly ProcessName[] = ['taskmanager', 'jobmanager'];

/** Why a key the target no longer reads goes away, and what takes its place. */
function removedWhy(key: string, version: FlinkVersion): string {
  if (key.startsWith('containerized.heap-cutoff'))
    return `Flink ${version} replaced the container cut-off by the JobManager memory model (JVM overhead and metaspace).`;
  return `Flink ${version} no longer reads it.`;
}

class DiffBuilder {
  readonly removed: KeyChange[] = [];
  readonly renamed: KeyChange[] = [];
  readonly readDifferently: KeyChange[] = [];
  readonly edits = new Edits();
  readonly steps: FlinkVersion[];

  constructor(
    readonly config: ConfigMap,
    readonly from: FlinkVersion,
    readonly to: FlinkVersion,
    readonly deployment: Deployment,
  ) {
    this.steps = path(from, to);
  }

  value(key: string): string {
    return rawText(this.config.get(key) as ConfigValue);
  }

  /** The first version after `from` on the way where `test` holds. */
  firstWhere(test: (v: FlinkVersion) => boolean): FlinkVersion | undefined {
    return this.steps.slice(1).find(test);
  }

  keys(): void {
    const to = versionOptions(this.to).roles;
    const from = versionOptions(this.from).roles;
    for (const key of this.config.keys()) {
      const target = to.get(key);
      if (target?.deprecated) this.rename(key, target.option);
      else if (!target && from.has(key)) this.remove(key);
    }
  }

  rename(key: string, successor: string): void {
    const deprecated = (v: FlinkVersion) => versionOptions(v).roles.get(key)?.deprecated === true;
    const since = deprecated(this.from) ? undefined : this.firstWhere(deprecated);
    const when = since ? ` from Flink ${since}` : '';
    if (this.config.has(successor)) {
      const why = `Deprecated key of ${successor}${when}, which the configuration sets: Flink ignores this one.`;
      this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
      this.edits.drop(key, why);
      return;
    }
    const why = `Deprecated key of ${successor}${when}; Flink reads it only while ${successor} is unset.`;
    this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
    this.edits.put(successor, this.value(key), `Takes the value of its deprecated key ${key}.`);
    this.edits.drop(key, why);
  }

  remove(key: string): void {
    const gone = this.firstWhere((v) => !versionOptions(v).roles.has(key)) as FlinkVersion;
    const process = PROCESSES.find((p) => LEGACY_HEAP_KEYS[p].includes(key));
    if (process) return this.removeLegacyHeap(key, process, gone);
    if (key === LEGACY_BUFFERS_KEY) return this.removeLegacyBuffers(gone);
    const why = removedWhy(key, gone);
    this.removed.push({ key, value: this.value(key), in: gone, why });
    this.edits.drop(key, why);
  }

  /** A legacy heap key becomes the option `from` reads it as, where it took effect there. */
  removeLegacyHeap(key: string, process: ProcessName, gone: FlinkVersion): void {
    const target = legacyHeapTarget(process, this.deployment);
    let bytes: bigint | undefined;
    try {
      const mapped = mapLegacyHeap(this.config, this.from, process, target, {});
      if (!this.config.has(target) && mapped.has(target)) bytes = parseMemorySize(String(mapped.get(target)));
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
    }
    const read = `Flink ${this.from} (${this.deployment}) reads it as ${target}`;
    if (bytes === undefined) {
      const why = this.config.has(target)
        ? `${read}, which the configuration sets, so it is ignored; Flink ${gone} removed it.`
        : `Flink ${gone} removed it.`;
      this.removed.push({ key, value: this.value(key), in: gone, why });
      this.edits.drop(key, why);
      return;
    }
    const why = `Legacy heap key: ${read}; Flink ${gone} removed it.`;
    this.removed.push({ key, value: this.value(key), in: gone, successor: target, why });
    this.edits.drop(key, why);
    this.edits.put(
      target,
      sizeValue(bytes),
      `The size Flink ${this.from} (${this.deployment}) took from ${key}.`,
    );
  }

  /** The legacy buffer count becomes a fixed network size, where it sized the network. */
  removeLegacyBuffers(gone: FlinkVersion): void {
    const key = LEGACY_BUFFERS_KEY;
    const bytes = usesLegacyBuffers(this.config, this.from)
      ? legacyNetworkBytes(this.config, this.from)
      : undefined;
    if (bytes === undefined) {
      const why = `Flink ${this.from} ignores it while network min, max or fraction is set; Flink ${gone} removed it.`;
      this.removed.push({ key, value: this.value(key), in: gone, why });
      this.edits.drop(key, why);
      return;
    }
    const successor = 'taskmanager.memory.network.min';
    const why = `Legacy buffer count: Flink ${this.from} sizes the network as buffers × segment size (${sizeValue(bytes)}); Flink ${gone} removed it.`;
    this.removed.push({ key, value: this.value(key), in: gone, successor, why });
    this.edits.drop(key, why);
    const fixed = `The network size the legacy buffer count gave, as a fixed range.`;
    this.edits.put(successor, sizeValue(bytes), fixed);
    this.edits.put('taskmanager.memory.network.max', sizeValue(bytes), fixed);
  }

  reads(): void {
    for (const change of READ_CHANGES) {
      const crossed =
        this.steps.slice(1).includes(change.since) && versionIndex(this.to) > versionIndex(this.from);
      if (!crossed) continue;
      for (const key of change.keys) {
        if (!this.config.has(key)) continue;
        const value = this.value(key);
        if (change.values && !change.values.test(value.trim())) continue;
        this.readDifferently.push({ key, value, in: change.since, why: change.why });
        if (change.since === '2.0' && change.values) {
          const successor = 'state.backend.type';
          if (key !== successor) this.edits.drop(key, change.why);
          this.edits.put(successor, 'hashmap', change.why);
        }
      }
    }
  }

  defaults(): DefaultChange[] {
    const changes: DefaultChange[] = [];
    const before = versionOptions(this.from).options;
    const roles = versionOptions(this.to).roles;
    for (const option of versionOptions(this.to).options.values()) {
      const predecessor = before.get(option.key) ?? findRenamed(before, option);
      if (!predecessor || predecessor.defaultText === option.defaultText) continue;
      const lineage = (v: FlinkVersion) => {
        const options = versionOptions(v).options;
        return (options.get(option.key) ?? findRenamed(options, option))?.defaultText;
      };
      const since = this.firstWhere((v) => lineage(v) !== predecessor.defaultText) as FlinkVersion;
      const overridden = [...this.config.keys()].some((k) => roles.get(k)?.option === option.key);
      changes.push({
        key: option.key,
        ...(predecessor.defaultText !== undefined && { before: predecessor.defaultText }),
        ...(option.defaultText !== undefined && { after: option.defaultText }),
        in: since,
        overridden,
      });
    }
    return changes;
  }
}

/** The option of an earlier version that `option` renamed (its old key is now a deprecated key). */
function findRenamed(
  options: ReadonlyMap<string, KnownOption>,
  option: KnownOption,
): KnownOption | undefined {
  for (const key of option.deprecatedKeys) {
    const old = options.get(key);
    if (old) return old;
  }
  return undefined;
}

/**
 * What changes for a configuration between the version it is judged as and another: keys removed,
 * renamed (deprecated for a successor) and read differently, defaults that changed, the edits that
 * keep its meaning, and both derivations. Pure data from the option registry and the tables above.
 */
export function diffVersions(request: VersionDiffRequest): VersionDiff {
  const { config, from, to } = request;
  const deployment = request.deployment ?? 'standalone';
  const b = new DiffBuilder(config, from, to, deployment);
  b.keys();
  b.reads();
  const defaults = b.defaults();
  const filesFrom = configFiles(from);
  const filesTo = configFiles(to);
  const edited = b.edits.apply(config);
  return {
    from,
    to,
    deployment,
    removed: b.removed,
    renamed: b.renamed,
    readDifferently: b.readDifferently,
    defaults,
    ...(filesFrom.join() !== filesTo.join() && { configFile: { from: filesFrom, to: filesTo } }),
    edits: {
      set: Object.fromEntries(b.edits.set),
      remove: [...b.edits.remove],
      why: Object.fromEntries(b.edits.why),
    },
    before: derive(config, { flinkVersion: from, deployment }),
    after: derive(config, { flinkVersion: to, deployment }),
    afterEdits: derive(edited, { flinkVersion: to, deployment }),
  };
}

/** The edits of `diffVersions` alone, without the derivations. */
export function upgradeEdits(request: VersionDiffRequest): Edits {
  const b = new DiffBuilder(request.config, request.from, request.to, request.deployment ?? 'standalone');
  b.keys();
  b.reads();
  return b.edits;
}
