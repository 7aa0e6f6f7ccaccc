import { FLINK_VERSIONS, type FlinkVersion } from '../model/index.js';
import { optionRegistry } from './options.js';
import { atLeast } from './versions.js';

/**
 * Options around the memory model that the derivation does not read but an upgrade must know:
 * their keys, defaults and renames per version, as `config-keys-by-version` records them from each
 * release's sources (`StateBackendOptions`, `CoreOptions`, `KubernetesConfigOptions`,
 * `TaskManagerOptions`, `RocksDBOptions`, `HighAvailabilityOptions`, `RestartStrategyOptions`,
 * `MetricOptions`; spec §1.3, §10). The renamed keys also matter to the config.yaml migration: a
 * key that is a prefix of another cannot be nested.
 */
interface HistoryRow {
  key: string;
  /** Default as Flink writes it, per version: `[since, default]`, latest row wins. */
  defaults?: readonly [FlinkVersion, string | undefined][];
  deprecatedKeys?: readonly string[];
  since?: FlinkVersion;
  /** First version without the option (as its own option; it may live on as a deprecated key). */
  removedIn?: FlinkVersion;
}

const always = (value: string): readonly [FlinkVersion, string][] => [['1.10', value]];

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
  { key: 'kubernetes.jobmanager.memory.limit-factor', since: '1.15', defaults: always('1.0') },
  { key: 'kubernetes.taskmanager.memory.limit-factor', since: '1.15', defaults: always('1.0') },
  {
    key: 'taskmanager.memory.managed.consumer-weights',
    since: '1.12',
    defaults: [
      ['1.12', 'DATAPROC:70,PYTHON:30'],
      ['1.13', 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30'],
    ],
  },
  {
    key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size',
    since: '1.13',
    defaults: [
      ['1.13', '32m'],
      ['1.15', '64m'],
    ],
  },
  {
    key: 'taskmanager.memory.min-segment-size',
    since: '1.14',
    defaults: [
      ['1.14', '1kb'],
      ['1.15', '256'],
    ],
  },
  { key: 'taskmanager.memory.starting-segment-size', since: '2.0', defaults: always('1024') },
  { key: 'state.backend.rocksdb.memory.managed', defaults: always('true') },
  { key: 'state.backend.rocksdb.memory.fixed-per-slot' },
  { key: 'state.backend.rocksdb.memory.fixed-per-tm', since: '1.17' },
  { key: 'state.backend.rocksdb.memory.write-buffer-ratio', defaults: always('0.5') },
  { key: 'state.backend.rocksdb.memory.high-prio-pool-ratio', defaults: always('0.1') },
  { key: 'state.backend.rocksdb.memory.partitioned-index-filters', since: '1.13', defaults: always('false') },
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
    let text: string | undefined;
    for (const [since, value] of row.defaults ?? []) if (atLeast(version, since)) text = value;
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

const BY_VERSION = new Map(FLINK_VERSIONS.map((v) => [v, build(v)]));

/** The memory options of a version and the options around them that an upgrade must know. */
export function versionOptions(version: FlinkVersion): VersionOptions {
  return BY_VERSION.get(version) ?? build(version);
}
