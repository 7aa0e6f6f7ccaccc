import {
  FLINK_VERSIONS,
  NEWEST_FLINK_VERSION,
  PATCH_RELEASES,
  type FlinkVersion,
  type VersionSince,
} from '../model/index.js';

/** Patches a minor line counts up to: a minor line stands for its latest patch. */
const LATEST_PATCH = 999;

/**
 * Where a version lies on the line of releases: the minor line's position, then the patch. A
 * version given as a minor line is its latest patch; a table row given as a minor line starts at
 * its first patch, so that the rows of a line hold for all of its patch releases.
 */
function position(version: string, as: 'version' | 'since'): number {
  const cache = as === 'version' ? VERSION_POSITIONS : SINCE_POSITIONS;
  const known = cache.get(version);
  if (known !== undefined) return known;
  const [major, minor, patch] = version.split('.');
  const line = (FLINK_VERSIONS as readonly string[]).indexOf(`${major}.${minor}`);
  if (line < 0) throw new RangeError(`Unsupported Flink version ${version}`);
  const within = patch !== undefined ? Number(patch) : as === 'version' ? LATEST_PATCH : 0;
  const at = line * (LATEST_PATCH + 1) + within;
  cache.set(version, at);
  return at;
}

// Every table lookup compares versions; the strings come from a small closed set, so each is
// parsed once.
const VERSION_POSITIONS = new Map<string, number>();
const SINCE_POSITIONS = new Map<string, number>();

/** Position of a version among the versions the tool judges, for ordering them. */
export function versionIndex(version: FlinkVersion): number {
  return position(version, 'version');
}

/** Whether a version has reached a table row's version (a row at `'1.10'` holds from 1.10.0 on). */
export function atLeast(version: FlinkVersion, since: VersionSince): boolean {
  return position(version, 'version') >= position(since, 'since');
}

/** Every version the tool judges, oldest first: a patch release comes before its minor line. */
export const JUDGED_VERSIONS: readonly FlinkVersion[] = [...PATCH_RELEASES, ...FLINK_VERSIONS].sort(
  (a, b) => versionIndex(a) - versionIndex(b),
);

/** The row of a `[since, value]` table that holds for a version: the last one it has reached. */
export function sinceRow<T>(
  rows: readonly (readonly [VersionSince, T])[],
  version: FlinkVersion,
): T | undefined {
  let value: T | undefined;
  for (const [since, v] of rows) if (atLeast(version, since)) value = v;
  return value;
}

/** major × 100 + minor (1.17 → 117, 2.0 → 200): the Facts document's `config.versionCode`. */
export function versionCode(version: FlinkVersion): number {
  const [major, minor] = version.split('.').map(Number);
  return major * 100 + minor;
}

/** A version named in text, read as the supported minor it stands for. */
export interface ReadVersion {
  version: FlinkVersion;
  /** The text names a minor outside 1.10–newest: judged as the nearest supported one. */
  clamped: boolean;
  /** Before 1.10: Flink's memory model that 1.10 replaced. */
  beforeModel: boolean;
}

const VERSION_TEXT = /^\s*(?:flink[-_]?)?v?(\d+)[._](\d+)(?!\d)(?:\.(\d+)(?!\d))?/i;

/**
 * `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'`, `'2.0-preview1'` → the minor it names; one
 * outside 1.10–newest is clamped into the range (and says so). Undefined for anything else.
 */
export function readFlinkVersion(text: string): ReadVersion | undefined {
  const match = VERSION_TEXT.exec(text);
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const release = PATCH_RELEASES.find(
    (v) => match[3] !== undefined && v === `${major}.${minor}.${Number(match[3])}`,
  );
  if (release) return { version: release, clamped: false, beforeModel: false };
  const exact = FLINK_VERSIONS.find((v) => v === `${major}.${minor}`);
  if (exact) return { version: exact, clamped: false, beforeModel: false };
  const older = major < 1 || (major === 1 && minor < 10);
  return { version: older ? FLINK_VERSIONS[0] : NEWEST_FLINK_VERSION, clamped: true, beforeModel: older };
}

/** `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'` → `'1.18'`; undefined when not a supported minor. */
export function parseFlinkVersion(text: string): FlinkVersion | undefined {
  const read = readFlinkVersion(text);
  return read && !read.clamped ? read.version : undefined;
}

/** How one Flink version's memory code behaves where versions differ (spec §3.3–3.4, §5–7). */
export interface VersionTraits {
  /** Prefix of every wrapped TaskManager failure. */
  tmPrefix: string;
  /** Prefix of every wrapped JobManager failure (1.x entry points always go through the legacy wrapper). */
  jmPrefix: string;
  /** 1.10 words the "nothing configured" failure differently. */
  tmMissingSizesMessage: string;
  /** 1.11+ check that the process size covers total Flink + metaspace; 1.10 underflows instead. */
  checkProcessCoversFlink: boolean;
  /** `taskmanager.network.numberOfBuffers` sizes the network (1.x). */
  legacyNetworkBuffers: boolean;
  /** Legacy heap keys and `FLINK_TM_HEAP`/`FLINK_JM_HEAP` are mapped onto the new options (1.x). */
  legacyHeap: boolean;
  /** Prefix of a failed TaskManager legacy heap mapping. */
  tmLegacyMapPrefix: string;
  /** Flink has a JobManager memory model (1.11+). */
  jobManagerModel: boolean;
  /** The TaskManager spec carries slots and external resources (1.13+). */
  slotsAndExternalResources: boolean;
  /** The TaskManager dynamic configs carry metaspace and overhead (1.12+). */
  dynamicMetaspaceAndOverhead: boolean;
  /** 1.10–1.11 end every `-D key=value` with a space. */
  dynamicTrailingSpace: boolean;
  /** The JobManager start-up prints dynamic configs (1.12+). */
  jobManagerDynamicConfigs: boolean;
  /** External resource names are written in double quotes (1.15+). */
  quoteExternalResources: boolean;
}

const MODERN_MISSING =
  "Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.";
const LEGACY_MISSING =
  'Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.';

/** Each row applies from its version on, until a later row overrides a field. */
const TRAIT_CHANGES: readonly [VersionSince, Partial<VersionTraits>][] = [
  [
    '1.10',
    {
      tmPrefix: '',
      jmPrefix: '',
      tmMissingSizesMessage: LEGACY_MISSING,
      checkProcessCoversFlink: false,
      legacyNetworkBuffers: true,
      legacyHeap: true,
      tmLegacyMapPrefix: '',
      jobManagerModel: false,
      slotsAndExternalResources: false,
      dynamicMetaspaceAndOverhead: false,
      dynamicTrailingSpace: true,
      jobManagerDynamicConfigs: false,
      quoteExternalResources: false,
    },
  ],
  [
    '1.11',
    {
      tmPrefix: 'TaskManager memory configuration failed: ',
      jmPrefix: 'JobManager memory configuration failed: ',
      tmMissingSizesMessage: MODERN_MISSING,
      checkProcessCoversFlink: true,
      tmLegacyMapPrefix: 'TaskManager failed to map legacy JVM heap option to the new one: ',
      jobManagerModel: true,
    },
  ],
  [
    '1.12',
    { dynamicMetaspaceAndOverhead: true, dynamicTrailingSpace: false, jobManagerDynamicConfigs: true },
  ],
  ['1.13', { slotsAndExternalResources: true }],
  ['1.15', { quoteExternalResources: true }],
  ['2.0', { jmPrefix: '', legacyNetworkBuffers: false, legacyHeap: false }],
];

const TRAITS = new Map<FlinkVersion, VersionTraits>(
  JUDGED_VERSIONS.map((version) => [
    version,
    Object.assign(
      {},
      ...TRAIT_CHANGES.filter(([since]) => atLeast(version, since)).map(([, t]) => t),
    ) as VersionTraits,
  ]),
);

export function traitsOf(version: FlinkVersion): VersionTraits {
  const traits = TRAITS.get(version);
  if (!traits) throw new RangeError(`Unsupported Flink version ${String(version)}`);
  return traits;
}

/** Whether two versions are judged alike (the same minor line, or the same patch release). */
export function sameVersion(a: FlinkVersion, b: FlinkVersion): boolean {
  return versionIndex(a) === versionIndex(b);
}

/** The minor line a version text names (`1.18.1-java11` → `1.18`), supported or not; undefined for other text. */
export function minorLineOf(text: string): string | undefined {
  const match = VERSION_TEXT.exec(text);
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}
