import { type FlinkVersion, type VersionSince } from '../model/index.js';
import { optionRegistry } from './options.js';
import { atLeast, sinceRow } from './versions.js';

/**
 * Options the registry (`options.ts`) does not hold that an upgrade must know: keys renamed by
 * FLINK-29372, with their defaults per version, as each release's sources define them
 * (`StateBackendOptions`, `HighAvailabilityOptions`, `RestartStrategyOptions`, `MetricOptions`,
 * `CoreOptions`, `KubernetesConfigOptions`; spec §1.3, §10.1). They matter to the config.yaml
 * migration too: a key that is a prefix of another cannot be nested.
 */
interface HistoryRow {
  key: string;
  /** Default as Flink writes it, per version: `[since, default]`, latest row wins. */
  defaults?: readonly [VersionSince, string | undefined][];
  deprecatedKeys?: readonly string[];
  since?: VersionSince;
  /** First version without the option (as its own option; it may live on as a deprecated key). */
  removedIn?: VersionSince;
}

const always = (value: string): readonly [VersionSince, string][] => [['1.10', value]];

const HISTORY_ROWS: readonly HistoryRow[] = [
  // FLINK-29372 (1.17, apache/flink#20867): keys that were a prefix of other keys got a suffix, the
  // old key kept as deprecated. FLINK-33935 (1.19): the backend defaults to hashmap.
  { key: 'state.backend', removedIn: '1.17' },
  {
    key: 'state.backend.type',
    since: '1.17',
    deprecatedKeys: ['state.backend'],
    defaults: [
      ['1.17', undefined],
      ['1.19', 'hashmap'],
    ],
  },
  { key: 'high-availability', defaults: always('NONE'), removedIn: '1.17' },
  {
    key: 'high-availability.type',
    since: '1.17',
    defaults: always('NONE'),
    deprecatedKeys: ['high-availability'],
  },
  { key: 'restart-strategy', removedIn: '1.17' },
  { key: 'restart-strategy.type', since: '1.17', deprecatedKeys: ['restart-strategy'] },
  { key: 'metrics.scope.jm.job', defaults: always('<host>.jobmanager.<job_name>'), removedIn: '1.17' },
  {
    key: 'metrics.scope.jm-job',
    since: '1.17',
    defaults: always('<host>.jobmanager.<job_name>'),
    deprecatedKeys: ['metrics.scope.jm.job'],
  },
  {
    key: 'metrics.scope.tm.job',
    defaults: always('<host>.taskmanager.<tm_id>.<job_name>'),
    removedIn: '1.17',
  },
  {
    key: 'metrics.scope.tm-job',
    since: '1.17',
    defaults: always('<host>.taskmanager.<tm_id>.<job_name>'),
    deprecatedKeys: ['metrics.scope.tm.job'],
  },
  { key: 'env.java.opts', defaults: always(''), removedIn: '1.17' },
  { key: 'env.java.opts.all', since: '1.17', defaults: always(''), deprecatedKeys: ['env.java.opts'] },
  { key: 'kubernetes.jobmanager.cpu', defaults: always('1.0'), removedIn: '1.17' },
  {
    key: 'kubernetes.jobmanager.cpu.amount',
    since: '1.17',
    defaults: always('1.0'),
    deprecatedKeys: ['kubernetes.jobmanager.cpu'],
  },
  { key: 'kubernetes.taskmanager.cpu', defaults: always('-1.0'), removedIn: '1.17' },
  {
    key: 'kubernetes.taskmanager.cpu.amount',
    since: '1.17',
    defaults: always('-1.0'),
    deprecatedKeys: ['kubernetes.taskmanager.cpu'],
  },
];

/** One option of a version as an upgrade sees it. */
export interface KnownOption {
  key: string;
  /** The default as text, undefined where there is none. */
  defaultText?: string;
  deprecatedKeys: readonly string[];
}

/** What a key is to a version: an option's own key, or a deprecated key of one. */
export interface KeyRole {
  option: string;
  deprecated: boolean;
}

export interface VersionOptions {
  options: ReadonlyMap<string, KnownOption>;
  roles: ReadonlyMap<string, KeyRole>;
}

function build(version: FlinkVersion): VersionOptions {
  const options = new Map<string, KnownOption>();
  for (const option of optionRegistry(version).values()) {
    options.set(option.key, {
      key: option.key,
      ...(option.defaultValue !== undefined && { defaultText: option.defaultText }),
      deprecatedKeys: option.fallbackKeys.map((f) => f.key),
    });
  }
  for (const row of HISTORY_ROWS) {
    if (row.since && !atLeast(version, row.since)) continue;
    if (row.removedIn && atLeast(version, row.removedIn)) continue;
    const text = sinceRow(row.defaults ?? [], version);
    options.set(row.key, {
      key: row.key,
      ...(text !== undefined && { defaultText: text }),
      deprecatedKeys: row.deprecatedKeys ?? [],
    });
  }
  const roles = new Map<string, KeyRole>();
  for (const option of options.values()) {
    for (const key of option.deprecatedKeys) roles.set(key, { option: option.key, deprecated: true });
  }
  for (const option of options.values()) roles.set(option.key, { option: option.key, deprecated: false });
  return { options, roles };
}

// Built on first use: a run asks for a version or two, and start-up should not pay for all of them.
const BY_VERSION = new Map<FlinkVersion, VersionOptions>();

/** The registry's options of a version and the renamed ones above. */
export function versionOptions(version: FlinkVersion): VersionOptions {
  let options = BY_VERSION.get(version);
  if (!options) BY_VERSION.set(version, (options = build(version)));
  return options;
}
