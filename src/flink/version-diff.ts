import {
  type Breakdown,
  type ConfigMap,
  type ConfigValue,
  type Deployment,
  type FlinkVersion,
} from '../model/index.js';
import { Edits, sizeValue } from './config-edits.js';
import { flinkConfReading, type FlinkConfReading } from './config-files.js';
import { derive } from './derive.js';
import { legacyKeyReading, type LegacyReading } from './legacy-keys.js';
import { LEGACY_BUFFERS_KEY, legacyNetworkBytes, usesLegacyBuffers } from './legacy-network.js';
import { versionOptions, type KnownOption } from './option-history.js';
import { rawText } from './options.js';
import { stateBackendKeys, stateBackendName } from './state-backend.js';
import { JUDGED_VERSIONS } from './versions.js';

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
  const a = JUDGED_VERSIONS.indexOf(from);
  const b = JUDGED_VERSIONS.indexOf(to);
  return a <= b ? JUDGED_VERSIONS.slice(a, b + 1) : JUDGED_VERSIONS.slice(b, a + 1).reverse();
}

/** The configuration files a version reads (spec §8.1), in the order it looks for them. */
const CONFIG_FILES: Record<FlinkConfReading, readonly string[]> = {
  read: ['flink-conf.yaml'],
  deprecated: ['flink-conf.yaml', 'config.yaml'],
  ignored: ['config.yaml'],
};

/** The heap backend's name in versions that no longer know the old ones (spec §10.1). */
const HEAP_BACKEND = 'hashmap';

/** Why a key the target no longer reads goes away, and what takes its place. */
function removedWhy(key: string, version: FlinkVersion): string {
  if (key.startsWith('containerized.heap-cutoff'))
    return `Flink ${version} replaced the container cut-off by the JobManager memory model (JVM overhead and metaspace).`;
  return `Flink ${version} does not read it.`;
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

  /** How a version reads a legacy key of the configuration (`legacy-keys.ts`), undefined for other keys. */
  legacy(key: string, version: FlinkVersion): LegacyReading | undefined {
    return legacyKeyReading(key, this.value(key), version, this.deployment, this.config);
  }

  keys(): void {
    const to = versionOptions(this.to).roles;
    const from = versionOptions(this.from).roles;
    for (const key of this.config.keys()) {
      const target = to.get(key);
      const before = this.legacy(key, this.from);
      const after = this.legacy(key, this.to);
      if (target?.deprecated) this.rename(key, target.option);
      else if ((!target && from.has(key)) || (after?.reading === 'removed' && before?.reading !== 'removed'))
        this.remove(key, before, after);
      else if (before && after && (before.reading !== after.reading || before.readAs !== after.readAs))
        this.readAnew(key, before, after);
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
    const unset = this.legacy(key, this.from)?.unset;
    if (unset) {
      // The old model's "not set": the successor would read it as a value (legacy-keys.ts `unset`).
      const why = `Deprecated key of ${successor}${when}; ${unset}: removed, nothing takes its place.`;
      this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), why });
      this.edits.drop(key, why);
      return;
    }
    const why = `Deprecated key of ${successor}${when}; Flink reads it only while ${successor} is unset.`;
    this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
    this.edits.put(successor, this.value(key), `Takes the value of its deprecated key ${key}.`);
    this.edits.drop(key, why);
  }

  remove(key: string, before: LegacyReading | undefined, after: LegacyReading | undefined): void {
    const gone = this.firstWhere(
      (v) => !versionOptions(v).roles.has(key) || this.legacy(key, v)?.reading === 'removed',
    ) as FlinkVersion;
    if (key === LEGACY_BUFFERS_KEY) return this.removeLegacyBuffers(gone);
    // A legacy heap key becomes the option `from` read it as; the 1.10 JobManager read it itself.
    const successor = before?.reading === 'ignored' ? undefined : (before?.successor ?? after?.successor);
    if (!successor) {
      const why =
        before?.reading === 'ignored'
          ? `Flink ${this.from} ignores it (${before.because}); Flink ${gone} does not read it.`
          : removedWhy(key, gone);
      this.removed.push({ key, value: this.value(key), in: gone, why });
      this.edits.drop(key, why);
      return;
    }
    const why = `Legacy key: Flink ${this.from} (${this.deployment}) reads it as ${successor.key}; Flink ${gone} does not read it.`;
    this.removed.push({ key, value: this.value(key), in: gone, successor: successor.key, why });
    this.edits.drop(key, why);
    this.edits.put(
      successor.key,
      successor.value,
      `The value Flink ${this.from} (${this.deployment}) read from ${key}.`,
    );
  }

  /** A legacy key the target reads another way than `from` does. */
  readAnew(key: string, before: LegacyReading, after: LegacyReading): void {
    const reading = (r: LegacyReading) =>
      r.reading === 'read-as'
        ? `as ${r.readAs}`
        : r.reading === 'read'
          ? 'as itself'
          : `not at all (${r.because})`;
    const since = this.firstWhere((v) => {
      const r = this.legacy(key, v);
      return r?.reading !== before.reading || r.readAs !== before.readAs;
    });
    const why = `Flink ${this.from} (${this.deployment}) reads it ${reading(before)}, Flink ${since} ${reading(after)}.`;
    this.readDifferently.push({ key, value: this.value(key), ...(since && { in: since }), why });
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

  /**
   * State backend names that a version on the way reads as another backend, one entry per change;
   * heap backends the target no longer knows become hashmap.
   */
  backends(): void {
    const loads = (name: string) =>
      name === 'custom'
        ? 'no backend: it tries the name as a factory class and fails'
        : `the ${name} backend`;
    for (const key of new Set([...stateBackendKeys(this.from), ...stateBackendKeys(this.to)])) {
      if (!this.config.has(key)) continue;
      const value = this.value(key);
      let previous = stateBackendName(value, this.from);
      let previousVersion = this.from;
      for (const version of this.steps.slice(1)) {
        const name = stateBackendName(value, version);
        if (name === previous) continue;
        const why = `Flink ${previousVersion} loads ${loads(previous)} for it, Flink ${version} ${loads(name)} (spec §10.1).`;
        this.readDifferently.push({ key, value, in: version, why });
        previous = name;
        previousVersion = version;
      }
      const heap = ['jobmanager', 'filesystem', HEAP_BACKEND].includes(stateBackendName(value, this.from));
      if (heap && stateBackendName(value, this.to) === 'custom') {
        const successor = stateBackendKeys(this.to)[0];
        const why = `Flink ${this.to} does not know the name ${value}; the heap state backend is ${HEAP_BACKEND}.`;
        if (key !== successor) this.edits.drop(key, why);
        this.edits.put(successor, HEAP_BACKEND, why);
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
  b.backends();
  const defaults = b.defaults();
  const filesFrom = CONFIG_FILES[flinkConfReading(from)];
  const filesTo = CONFIG_FILES[flinkConfReading(to)];
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
  b.backends();
  return b.edits;
}
