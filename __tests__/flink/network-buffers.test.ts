import { describe, expect, it } from '@jest/globals';
import type { ConfigMap, FlinkVersion } from '../../src/model/index.js';
import {
  gateBuffers,
  gateModel,
  insufficientBuffersMessage,
  largestServableBuffersPerChannel,
  networkBufferDemand,
  networkBufferOption,
  networkBufferSettings,
  resultPartitionBuffers,
  smallestDefaultNetworkBuffers,
  type NetworkBufferDemand,
  type NetworkBufferJob,
  type NetworkBufferSettings,
} from '../../src/flink/index.js';

const conf = (entries: Record<string, string>): ConfigMap => new Map(Object.entries(entries));
const tm1728 = (extra: Record<string, string> = {}): ConfigMap =>
  conf({ 'taskmanager.memory.process.size': '1728m', 'taskmanager.numberOfTaskSlots': '4', ...extra });

function demand(config: ConfigMap, version: FlinkVersion, job: NetworkBufferJob): NetworkBufferDemand {
  const result = networkBufferDemand(config, job, { flinkVersion: version });
  if (!result.ok) throw new Error(`unexpected failure: ${result.error}`);
  return result.demand;
}

/** Settings as Flink's tests build them: 32 KiB segments, the given per-channel and floating counts. */
function settings(
  version: FlinkVersion,
  overrides: Partial<NetworkBufferSettings> = {},
): NetworkBufferSettings {
  return { ...networkBufferSettings(new Map(), version, 128n << 20n), ...overrides };
}

describe('option table', () => {
  it('gives each version its own defaults, and the keys 2.x hard-codes', () => {
    const read = (v: FlinkVersion, name: Parameters<typeof networkBufferOption>[1]) => {
      const state = networkBufferOption(v, name);
      return state.kind === 'read' ? state.option.defaultText : state.kind;
    };
    expect(read('1.10', 'buffersPerChannel')).toBe('2');
    expect(read('1.20', 'floatingBuffersPerGate')).toBe('8');
    expect(read('1.10', 'sortShuffleMinParallelism')).toBe('absent');
    expect(read('1.14', 'sortShuffleMinParallelism')).toBe('2147483647');
    expect(read('1.14', 'sortShuffleMinBuffers')).toBe('64');
    expect(read('1.15', 'sortShuffleMinParallelism')).toBe('1');
    expect(read('1.15', 'sortShuffleMinBuffers')).toBe('512');
    expect(read('1.15', 'maxOverdraftBuffersPerGate')).toBe('absent');
    expect(read('1.16', 'maxOverdraftBuffersPerGate')).toBe('5');
    expect(read('1.16', 'maxRequiredBuffersPerGate')).toBe('absent');
    expect(read('1.17', 'maxRequiredBuffersPerGate')).toBe('null');
    expect(networkBufferOption('2.0', 'buffersPerChannel')).toEqual({ kind: 'hard-coded', value: 2 });
    expect(networkBufferOption('2.3', 'floatingBuffersPerGate')).toEqual({ kind: 'hard-coded', value: 8 });
    expect(networkBufferOption('2.0', 'sortShuffleMinParallelism')).toEqual({ kind: 'hard-coded', value: 1 });
    expect(read('2.3', 'sortShuffleMinBuffers')).toBe('512');
  });

  it('reads a broken value as Flink does on 1.x, and ignores the removed key on 2.x', () => {
    const broken = conf({
      'taskmanager.memory.process.size': '1728m',
      'taskmanager.network.memory.buffers-per-channel': 'abc',
    });
    const old = networkBufferDemand(broken, { parallelism: 2, mode: 'streaming' }, { flinkVersion: '1.20' });
    expect(old).toMatchObject({
      ok: false,
      errorType: 'IllegalArgumentException',
      error: "Could not parse value 'abc' for key 'taskmanager.network.memory.buffers-per-channel'.",
      causes: ['java.lang.NumberFormatException: For input string: "abc"'],
    });
    const current = demand(broken, '2.0', { parallelism: 2, mode: 'streaming' });
    expect(current.settings.buffersPerChannel).toBe(2);
    expect(current.settings.ignoredKeys).toEqual(['taskmanager.network.memory.buffers-per-channel']);
  });

  it('refuses a required-per-gate.max below 1 and a segment size Flink would not take', () => {
    expect(
      networkBufferDemand(
        tm1728({ 'taskmanager.network.memory.read-buffer.required-per-gate.max': '0' }),
        { parallelism: 4, mode: 'batch' },
        { flinkVersion: '1.17' },
      ),
    ).toMatchObject({
      ok: false,
      errorType: 'IllegalArgumentException',
      error:
        'At least one buffer is required for each gate, please increase the value of taskmanager.network.memory.read-buffer.required-per-gate.max.',
    });
    expect(
      networkBufferDemand(
        tm1728({ 'taskmanager.memory.segment-size': '48kb' }),
        { parallelism: 4, mode: 'streaming' },
        { flinkVersion: '1.18' },
      ),
    ).toMatchObject({
      ok: false,
      errorType: 'IllegalConfigurationException',
      error:
        'Invalid configuration value for taskmanager.memory.segment-size : 49152 - Memory segment size must be a power of 2.',
    });
  });
});

describe('input gates', () => {
  it('follows the gate model of each version', () => {
    expect(
      ['1.10', '1.11', '1.12', '1.16', '1.17', '1.19', '1.20', '2.3'].map((v) =>
        gateModel(v as FlinkVersion),
      ),
    ).toEqual([
      'floating-0',
      'floating-0',
      'floating-1',
      'floating-1',
      'required-threshold',
      'required-threshold',
      'expected-pool',
      'expected-pool',
    ]);
  });

  // Flink's GateBuffersSpecTest (flink-runtime/.../partition/consumer): 2 exclusive, 8 floating,
  // the threshold Integer.MAX_VALUE for pipelined and 1000 for blocking partitions.
  const cases: [
    channels: number,
    mode: 'streaming' | 'batch',
    perChannel: number,
    exclusive: number,
    required: number,
  ][] = [
    [499, 'streaming', 2, 2, 999],
    [499, 'batch', 2, 2, 999],
    [500, 'streaming', 2, 2, 1001],
    [500, 'batch', 2, 1, 1000],
    [999, 'streaming', 2, 2, 1999],
    [999, 'batch', 2, 1, 1000],
    [1000, 'streaming', 2, 2, 2001],
    [1000, 'batch', 2, 0, 1000],
    [1001, 'streaming', 0, 0, 1],
    [1001, 'batch', 0, 0, 1],
  ];

  it.each(cases)(
    '%i channels (%s, %i per channel), as GateBuffersSpecTest expects',
    (channels, mode, perChannel, exclusive, required) => {
      const threshold = gateBuffers(
        '1.19',
        settings('1.19', { buffersPerChannel: perChannel }),
        mode,
        channels,
      );
      expect(threshold).toEqual({
        exclusivePerChannel: exclusive,
        poolRequired: required - channels * exclusive,
      });
      const expected = gateBuffers(
        '1.20',
        settings('1.20', { buffersPerChannel: perChannel }),
        mode,
        channels,
      );
      expect(expected).toEqual({ exclusivePerChannel: exclusive, poolRequired: required });
    },
  );

  it('reserves 0 floating buffers on 1.10-1.11 and 1 from 1.12, whatever the channels', () => {
    expect(gateBuffers('1.11', settings('1.11'), 'streaming', 64)).toEqual({
      poolRequired: 0,
      exclusivePerChannel: 2,
    });
    expect(gateBuffers('1.16', settings('1.16'), 'batch', 64)).toEqual({
      poolRequired: 1,
      exclusivePerChannel: 2,
    });
  });

  it('fails the task where InputGateSpecUtils checks fail', () => {
    // 0 floating buffers: required floating (1) exceeds total floating (0); the TaskManager refuses
    // such a configuration before (below), so only settings built by hand reach this.
    expect(() =>
      gateBuffers('1.18', settings('1.18', { floatingBuffersPerGate: 0 }), 'streaming', 4),
    ).toThrow('Wrong number of floating buffers.');
    // 71583 × 30000 + 1 overflows Java's int and turns negative.
    expect(() =>
      gateBuffers('1.19', settings('1.19', { buffersPerChannel: 30000 }), 'streaming', 71583),
    ).toThrow('Require at least 1 buffer per gate.');
  });

  it('refuses 0 floating buffers and negative buffers-per-channel at start-up from 1.17 on', () => {
    const run = (v: FlinkVersion, key: string, value: string) =>
      networkBufferDemand(
        tm1728({ [key]: value }),
        { parallelism: 4, mode: 'streaming' },
        { flinkVersion: v },
      );
    const floating = 'taskmanager.network.memory.floating-buffers-per-gate';
    expect(run('1.16', floating, '0')).toMatchObject({ ok: true });
    expect(run('1.17', floating, '0')).toMatchObject({
      ok: false,
      errorType: 'IllegalArgumentException',
      error: `The configured floating buffer should be at least 1, please increase the value of ${floating}.`,
    });
    expect(run('1.20', 'taskmanager.network.memory.buffers-per-channel', '-1')).toMatchObject({
      ok: false,
      error: 'Must be non-negative.',
    });
    expect(run('2.0', floating, '0')).toMatchObject({ ok: true });
  });
});

describe('result partitions', () => {
  it('needs one buffer per subpartition plus one, or sort-shuffle.min-buffers for sort-merge batch', () => {
    expect(resultPartitionBuffers(settings('1.14'), 'batch', 4)).toEqual({ required: 5, sortShuffle: false });
    expect(resultPartitionBuffers(settings('1.15'), 'batch', 4)).toEqual({
      required: 512,
      sortShuffle: true,
    });
    expect(resultPartitionBuffers(settings('1.15'), 'streaming', 4)).toEqual({
      required: 5,
      sortShuffle: false,
    });
    expect(
      resultPartitionBuffers(settings('1.15', { sortShuffleMinParallelism: 100 }), 'batch', 4).required,
    ).toBe(5);
    expect(resultPartitionBuffers(settings('2.1'), 'batch', 300)).toEqual({
      required: 512,
      sortShuffle: true,
    });
  });
});

describe('a TaskManager of 1728m and 4 slots', () => {
  it('has 128m of network memory, 4096 buffers, and deploys a default streaming job of parallelism 4', () => {
    const d = demand(tm1728(), '1.20', { parallelism: 4, mode: 'streaming' });
    // 0.1f of 1280m is 2 bytes over 128m; the offcut below one segment stays unused.
    expect(d.available).toEqual({ networkBytes: 134217730n, segmentSize: 32768, buffers: 4096 });
    expect(d.remoteChannelsPerGate).toBe(0);
    expect(d.required).toEqual({ resultPartitions: 20, gatePools: 36, exclusive: 0, total: 56 });
    expect(d.deploymentFailure).toBeUndefined();
  });

  it('fails on 1.20 with buffers-per-channel 30000, local channels and all', () => {
    const d = demand(tm1728({ 'taskmanager.network.memory.buffers-per-channel': '30000' }), '1.20', {
      parallelism: 4,
      mode: 'streaming',
    });
    expect(d.inputGate.poolRequired).toBe(120001);
    expect(d.deploymentFailure).toEqual({
      errorType: 'IOException',
      required: 120001,
      available: 4091,
      message:
        "Insufficient number of network buffers: required 120001, but only 4091 available. The total number of network buffers is currently set to 4096 of 32768 bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.",
    });
  });

  it('on 1.19 fails with 30000 only once a channel crosses TaskManagers', () => {
    const config = tm1728({ 'taskmanager.network.memory.buffers-per-channel': '30000' });
    const local = demand(config, '1.19', { parallelism: 4, mode: 'streaming' });
    expect(local.required.total).toBe(24);
    expect(local.deploymentFailure).toBeUndefined();
    const spread = demand(config, '1.19', { parallelism: 8, mode: 'streaming' });
    expect(spread.remoteChannelsPerGate).toBe(4);
    expect(spread.inputGate).toEqual({
      poolRequired: 1,
      exclusivePerChannel: 30000,
      exclusivePerSubtask: 120000,
    });
    expect(spread.deploymentFailure).toMatchObject({ required: 30000, available: 4086 });
  });

  it('takes a batch job stage by stage, sort-merge partitions first', () => {
    const d = demand(tm1728(), '1.20', { parallelism: 4, mode: 'batch' });
    expect(d.resultPartition).toEqual({ requiredPerSubtask: 512, sortShuffle: true });
    expect(d.required).toEqual({ resultPartitions: 2048, gatePools: 36, exclusive: 0, total: 2048 });
    const tooMany = demand(tm1728({ 'taskmanager.network.sort-shuffle.min-buffers': '1200' }), '1.20', {
      parallelism: 4,
      mode: 'batch',
    });
    expect(tooMany.deploymentFailure).toMatchObject({ required: 1200, available: 496 });
    // 1.14 has sort shuffle but not by default: hash partitions of 5 buffers.
    expect(demand(tm1728(), '1.14', { parallelism: 4, mode: 'batch' }).required.resultPartitions).toBe(20);
  });

  it('takes the slots from the configuration unless given', () => {
    expect(demand(tm1728(), '1.16', { parallelism: 16, mode: 'streaming' })).toMatchObject({
      slots: 4,
      subtasksPerVertex: 4,
      remoteChannelsPerGate: 12,
      required: { resultPartitions: 68, gatePools: 4, exclusive: 96, total: 168 },
    });
    expect(demand(tm1728(), '1.16', { parallelism: 16, mode: 'streaming', slots: 2 }).subtasksPerVertex).toBe(
      2,
    );
  });
});

describe('limits', () => {
  it('matches the message of a real TaskManager log', () => {
    // From a 1.x job log quoted in a public troubleshooting note (NetworkBufferPool.tryRedistributeBuffers).
    expect(insufficientBuffersMessage(2, 0, 13926, 32768)).toBe(
      "Insufficient number of network buffers: required 2, but only 0 available. The total number of network buffers is currently set to 13926 of 32768 bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.",
    );
  });

  it('knows the smallest default network memory: 64m of 32kb segments', () => {
    expect(smallestDefaultNetworkBuffers('1.10')).toBe(2048);
    expect(smallestDefaultNetworkBuffers('2.3')).toBe(2048);
  });

  it('finds the largest buffers-per-channel a TaskManager can serve when one channel crosses TaskManagers', () => {
    const at = (v: FlinkVersion, buffers: number, slots: number) =>
      largestServableBuffersPerChannel(v, settings(v, { totalBuffers: buffers }), slots);
    // 1 slot, parallelism 2: partition 3, pool 0/1, one remote channel of n buffers.
    expect(at('1.10', 2048, 1)).toBe(2045);
    expect(at('1.12', 2048, 1)).toBe(2044);
    expect(at('1.19', 2048, 1)).toBe(2044);
    // 1.20: the pool holds 2n + 1 and the remote channel n more.
    expect(at('1.20', 2048, 1)).toBe(681);
    // 4 slots of 4096 buffers, parallelism 5: 4 × (6 + (5n + 1) + n) ≤ 4096.
    expect(at('1.20', 4096, 4)).toBe(169);
    expect(at('2.0', 4096, 4)).toBeUndefined();
  });
});
