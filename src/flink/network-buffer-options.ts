import { FLINK_VERSIONS, type ConfigMap, type FlinkVersion, type VersionSince } from '../model/index.js';
import { iae, ice } from './flink-error.js';
import { JAVA_INT_MAX } from './java-number.js';
import { OptionReader, requireOption, type OptionDef } from './options.js';
import { atLeast } from './versions.js';

/**
 * The options that size a TaskManager's network buffer pools, per Flink version.
 *
 * Sources (apache/flink): `flink-core/.../configuration/NettyShuffleEnvironmentOptions.java` and
 * `flink-runtime/.../taskmanager/NettyShuffleEnvironmentConfiguration.java#fromConfiguration`.
 * - buffers-per-channel 2, floating-buffers-per-gate 8, max-buffers-per-channel 10: deprecated in
 *   1.20 (FLINK-35461, apache/flink#24853), removed in 2.0 (FLINK-33750, apache/flink#25355); 2.x
 *   `fromConfiguration` hard-codes `buffersPerChannel = 2`, `extraBuffersPerGate = 8`,
 *   `maxBuffersPerChannel = 10`, overdraft 20, `sortShuffleMinParallelism = 1` and never reads the keys.
 * - max-overdraft-buffers-per-gate 5: since 1.16 (FLIP-227).
 * - read-buffer.required-per-gate.max: since 1.17 (FLINK-30473, commit ae8de97), no default. With it
 *   `fromConfiguration` checks buffers-per-channel >= 0, required-per-gate.max >= 1 and
 *   floating-buffers-per-gate >= 1 (2.x keeps only the second).
 * - sort-shuffle.min-parallelism / min-buffers: since 1.12 (sort-merge blocking shuffle); defaults
 *   `Integer.MAX_VALUE` / 64 until 1.14, 1 / 512 from 1.15 (sort shuffle became the default).
 */
export interface NetworkBufferOptionRow {
  key: string;
  /** Default per version as Flink writes it: `[since, default]`, latest row that applies wins. */
  defaults: readonly [VersionSince, string | undefined][];
  since: VersionSince;
  /** First version that no longer reads the key. */
  removedIn?: VersionSince;
  /** The value the versions from `removedIn` on use in its place, hard-coded. */
  hardCoded?: number;
  /** `fromConfiguration` refuses values below `value` from `since` on (`checkArgument`). */
  minimum?: { since: VersionSince; value: number; message: string };
}

export const NETWORK_BUFFER_OPTIONS = {
  buffersPerChannel: {
    key: 'taskmanager.network.memory.buffers-per-channel',
    defaults: [['1.10', '2']],
    since: '1.10',
    removedIn: '2.0',
    hardCoded: 2,
    minimum: { since: '1.17', value: 0, message: 'Must be non-negative.' },
  },
  floatingBuffersPerGate: {
    key: 'taskmanager.network.memory.floating-buffers-per-gate',
    defaults: [['1.10', '8']],
    since: '1.10',
    removedIn: '2.0',
    hardCoded: 8,
    minimum: {
      since: '1.17',
      value: 1,
      message:
        'The configured floating buffer should be at least 1, please increase the value of taskmanager.network.memory.floating-buffers-per-gate.',
    },
  },
  maxBuffersPerChannel: {
    key: 'taskmanager.network.memory.max-buffers-per-channel',
    defaults: [['1.11', '10']],
    since: '1.11',
    removedIn: '2.0',
    hardCoded: 10,
  },
  maxOverdraftBuffersPerGate: {
    key: 'taskmanager.network.memory.max-overdraft-buffers-per-gate',
    defaults: [['1.16', '5']],
    since: '1.16',
    removedIn: '2.0',
    hardCoded: 20,
  },
  maxRequiredBuffersPerGate: {
    key: 'taskmanager.network.memory.read-buffer.required-per-gate.max',
    defaults: [['1.17', undefined]],
    since: '1.17',
    minimum: {
      since: '1.17',
      value: 1,
      message:
        'At least one buffer is required for each gate, please increase the value of taskmanager.network.memory.read-buffer.required-per-gate.max.',
    },
  },
  sortShuffleMinParallelism: {
    key: 'taskmanager.network.sort-shuffle.min-parallelism',
    defaults: [
      ['1.12', String(JAVA_INT_MAX)],
      ['1.15', '1'],
    ],
    since: '1.12',
    removedIn: '2.0',
    hardCoded: 1,
  },
  sortShuffleMinBuffers: {
    key: 'taskmanager.network.sort-shuffle.min-buffers',
    defaults: [
      ['1.12', '64'],
      ['1.15', '512'],
    ],
    since: '1.12',
  },
} as const satisfies Record<string, NetworkBufferOptionRow>;

export type NetworkBufferOptionName = keyof typeof NETWORK_BUFFER_OPTIONS;

/** How a version treats one option: read with this definition, hard-coded, or unknown to it. */
export type NetworkBufferOptionState =
  { kind: 'read'; option: OptionDef } | { kind: 'hard-coded'; value: number } | { kind: 'absent' };

/** The option as `version` defines it. */
export function networkBufferOption(
  version: FlinkVersion,
  name: NetworkBufferOptionName,
): NetworkBufferOptionState {
  const row: NetworkBufferOptionRow = NETWORK_BUFFER_OPTIONS[name];
  if (!atLeast(version, row.since)) return { kind: 'absent' };
  if (row.removedIn && atLeast(version, row.removedIn)) {
    return row.hardCoded === undefined ? { kind: 'absent' } : { kind: 'hard-coded', value: row.hardCoded };
  }
  let text: string | undefined;
  for (const [since, value] of row.defaults) if (atLeast(version, since)) text = value;
  return {
    kind: 'read',
    option: {
      key: row.key,
      type: 'int',
      ...(text !== undefined && { defaultValue: Number(text) }),
      defaultText: text ?? 'null',
      fallbackKeys: [],
    },
  };
}

/** The network buffer settings a TaskManager of one Flink version runs with. */
export interface NetworkBufferSettings {
  /** `taskmanager.memory.segment-size` in bytes, as `ConfigurationParserUtils.getPageSize` accepts it. */
  segmentSize: number;
  /** `NetworkBufferPool`'s `numberOfSegmentsToAllocate`: network bytes / segment size, rounded down. */
  totalBuffers: number;
  buffersPerChannel: number;
  floatingBuffersPerGate: number;
  /** Configured `read-buffer.required-per-gate.max` (1.17+); absent means Flink's per-type default. */
  maxRequiredBuffersPerGate?: number;
  /** `Integer.MAX_VALUE` where the version has no sort shuffle (1.10–1.11). */
  sortShuffleMinParallelism: number;
  sortShuffleMinBuffers: number;
  /** Keys set in the configuration that this version no longer reads (2.x). */
  ignoredKeys: string[];
}

const segmentSizeKey = 'taskmanager.memory.segment-size';

/** Java's `Integer.MAX_VALUE`, the bound of every buffer count Flink keeps. */
export const INTEGER_MAX_VALUE = Number(JAVA_INT_MAX);

/** `ConfigurationParserUtils.getPageSize`: an int, at least 4096 and a power of two. */
export function segmentSize(reader: OptionReader, version: FlinkVersion): number {
  const bytes = reader.get(requireOption(version, segmentSizeKey)) as bigint;
  if (bytes > BigInt(JAVA_INT_MAX)) throw iae(`Cannot downcast long value ${bytes} to integer.`);
  const invalid = (why: string) =>
    ice(`Invalid configuration value for ${segmentSizeKey} : ${bytes} - ${why}`);
  if (bytes < 4096n) throw invalid('Minimum memory segment size is 4096');
  if ((bytes & (bytes - 1n)) !== 0n) throw invalid('Memory segment size must be a power of 2.');
  return Number(bytes);
}

/**
 * The settings `NettyShuffleEnvironmentConfiguration.fromConfiguration` reads, in its order, for a
 * TaskManager with `networkBytes` of network memory; throws the `FlinkError` it would fail to start with.
 */
export function networkBufferSettings(
  config: ConfigMap,
  version: FlinkVersion,
  networkBytes: bigint,
): NetworkBufferSettings {
  const reader = new OptionReader(config);
  const pageSize = segmentSize(reader, version);
  // calculateNumberOfNetworkBuffers: offcuts below one segment stay unused.
  const totalBuffers = networkBytes / BigInt(pageSize);
  if (totalBuffers > BigInt(JAVA_INT_MAX)) {
    throw iae(`The given number of memory bytes (${networkBytes}) corresponds to more than MAX_INT pages.`);
  }
  const ignoredKeys: string[] = [];
  const value = (name: NetworkBufferOptionName, absent: number): number => {
    const state = networkBufferOption(version, name);
    if (state.kind === 'hard-coded') {
      if (config.has(NETWORK_BUFFER_OPTIONS[name].key)) ignoredKeys.push(NETWORK_BUFFER_OPTIONS[name].key);
      return state.value;
    }
    return state.kind === 'read' ? reader.number(state.option) : absent;
  };
  const buffersPerChannel = value('buffersPerChannel', 0);
  const floatingBuffersPerGate = value('floatingBuffersPerGate', 0);
  const required = networkBufferOption(version, 'maxRequiredBuffersPerGate');
  const maxRequiredBuffersPerGate =
    required.kind === 'read' ? (reader.get(required.option) as number | undefined) : undefined;
  value('maxBuffersPerChannel', 0);
  value('maxOverdraftBuffersPerGate', 0);
  const sortShuffleMinBuffers = value('sortShuffleMinBuffers', 0);
  const sortShuffleMinParallelism = value('sortShuffleMinParallelism', INTEGER_MAX_VALUE);
  const checked: [NetworkBufferOptionName, number | undefined][] = [
    ['buffersPerChannel', buffersPerChannel],
    ['maxRequiredBuffersPerGate', maxRequiredBuffersPerGate],
    ['floatingBuffersPerGate', floatingBuffersPerGate],
  ];
  for (const [name, configured] of checked) {
    const row: NetworkBufferOptionRow = NETWORK_BUFFER_OPTIONS[name];
    const state = networkBufferOption(version, name);
    if (row.minimum && state.kind === 'read' && atLeast(version, row.minimum.since)) {
      if (configured !== undefined && configured < row.minimum.value) throw iae(row.minimum.message);
    }
  }
  return {
    segmentSize: pageSize,
    totalBuffers: Number(totalBuffers),
    buffersPerChannel,
    floatingBuffersPerGate,
    ...(maxRequiredBuffersPerGate !== undefined && { maxRequiredBuffersPerGate }),
    sortShuffleMinParallelism,
    sortShuffleMinBuffers,
    ignoredKeys,
  };
}

/** Versions whose TaskManagers read each option key, for rules that flag keys a version ignores. */
export const NETWORK_BUFFER_OPTION_VERSIONS: ReadonlyMap<string, readonly FlinkVersion[]> = new Map(
  Object.values(NETWORK_BUFFER_OPTIONS).map((row: NetworkBufferOptionRow) => [
    row.key,
    FLINK_VERSIONS.filter((v) => atLeast(v, row.since) && !(row.removedIn && atLeast(v, row.removedIn))),
  ]),
);
