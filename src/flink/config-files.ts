import { NEWEST_FLINK_VERSION, type FlinkVersion, type VersionSince } from '../model/index.js';
import { atLeast, sinceRow } from './versions.js';

/**
 * Which configuration file a Flink version reads (spec §8.1): `flink-conf.yaml` up to 1.20
 * (deprecated from 1.19, when `config.yaml` arrived), only `config.yaml` from 2.0 on.
 */
export type ConfigFileFormat = 'flink-conf' | 'config-yaml';

/** How a version treats a `flink-conf.yaml`. */
export type FlinkConfReading = 'read' | 'deprecated' | 'ignored';

const FLINK_CONF_READING: readonly (readonly [VersionSince, FlinkConfReading])[] = [
  ['1.10', 'read'],
  ['1.19', 'deprecated'],
  ['2.0', 'ignored'],
];

export function flinkConfReading(version: FlinkVersion): FlinkConfReading {
  return sinceRow(FLINK_CONF_READING, version) ?? 'read';
}

/** The file a version's distribution ships its configuration in. */
export function defaultConfigFile(version: FlinkVersion): ConfigFileFormat {
  return atLeast(version, '2.0') ? 'config-yaml' : 'flink-conf';
}

/** What the file format alone says about the version that reads it, where nothing else says. */
export const FORMAT_IMPLIED: Record<ConfigFileFormat | 'none', { version: FlinkVersion; reason: string }> = {
  'flink-conf': { version: '1.20', reason: 'format: flink-conf.yaml is read only up to 1.20' },
  'config-yaml': {
    version: NEWEST_FLINK_VERSION,
    reason: `format: config.yaml, newest supported (${NEWEST_FLINK_VERSION})`,
  },
  none: {
    version: NEWEST_FLINK_VERSION,
    reason: `no version given: newest supported (${NEWEST_FLINK_VERSION})`,
  },
};

/**
 * Top-level namespaces of Flink's own options (the first segment of the keys in Flink's
 * configuration reference), and of the file systems' options Flink forwards: a `config.yaml` made
 * of these is Flink's.
 */
const OPTION_NAMESPACES = new Set([
  'akka',
  'azure',
  'blob',
  'checkpointing',
  'classloader',
  'client',
  'cluster',
  'containerized',
  'env',
  'execution',
  'external-resource',
  'external-resources',
  'fs',
  'gs',
  'hadoop',
  'heartbeat',
  'high-availability',
  'historyserver',
  'io',
  'jobmanager',
  'jobstore',
  'kubernetes',
  'local',
  'metrics',
  'oss',
  'parallelism',
  'pekko',
  'pipeline',
  'plugin',
  'presto',
  'process',
  'python',
  'query',
  'resourcemanager',
  'rest',
  'restart-strategy',
  'rocksdb',
  's3',
  's3a',
  'scheduler-mode',
  'security',
  'slot',
  'slotmanager',
  'sql-gateway',
  'state',
  'table',
  'task',
  'taskmanager',
  'web',
  'yarn',
  'zookeeper',
]);

export function isOptionNamespace(segment: string): boolean {
  return OPTION_NAMESPACES.has(segment);
}
