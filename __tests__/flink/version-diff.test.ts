import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diffVersions } from '../../src/flink/index.js';
import { DEPLOYMENTS, type ConfigValue, type FlinkVersion } from '../../src/model/index.js';

const GIB = 1n << 30n;

function memoryOf(result: { ok: boolean; memory?: unknown }) {
  return result.ok ? result.memory : undefined;
}

describe('a 1.20 standalone configuration moving to 2.0', () => {
  const config = new Map<string, ConfigValue>([
    ['taskmanager.heap.size', '2g'],
    ['taskmanager.network.numberOfBuffers', '4096'],
    ['taskmanager.memory.size', '512m'],
    ['state.backend', 'rocksdb'],
    ['env.java.opts', '-XX:+UseG1GC'],
    ['jobmanager.heap.size', '1g'],
  ]);
  const diff = diffVersions({ config, from: '1.20', to: '2.0' });

  it('lists the removed legacy keys with what standalone 1.20 read them as', () => {
    expect(diff.removed.map((c) => [c.key, c.in, c.successor])).toEqual([
      ['taskmanager.heap.size', '2.0', 'taskmanager.memory.flink.size'],
      ['taskmanager.network.numberOfBuffers', '2.0', 'taskmanager.memory.network.min'],
      ['jobmanager.heap.size', '2.0', 'jobmanager.memory.heap.size'],
    ]);
  });

  it('lists deprecated keys with their successors', () => {
    expect(diff.renamed.map((c) => [c.key, c.successor, c.in])).toEqual([
      ['taskmanager.memory.size', 'taskmanager.memory.managed.size', undefined],
      ['state.backend', 'state.backend.type', undefined],
      ['env.java.opts', 'env.java.opts.all', undefined],
    ]);
  });

  it('edits that keep every memory size, where 2.0 alone would refuse the TaskManager', () => {
    expect(diff.edits.set).toEqual({
      'taskmanager.memory.flink.size': '2g',
      'taskmanager.memory.network.min': '128m',
      'taskmanager.memory.network.max': '128m',
      'taskmanager.memory.managed.size': '512m',
      'state.backend.type': 'rocksdb',
      'env.java.opts.all': '-XX:+UseG1GC',
      'jobmanager.memory.heap.size': '1g',
    });
    expect(diff.after.taskmanager.ok).toBe(false);
    expect(memoryOf(diff.afterEdits.taskmanager)).toEqual(memoryOf(diff.before.taskmanager));
    expect(memoryOf(diff.afterEdits.jobmanager)).toEqual(memoryOf(diff.before.jobmanager));
    expect(diff.configFile).toEqual({ from: ['flink-conf.yaml', 'config.yaml'], to: ['config.yaml'] });
  });
});

describe('defaults and readings that change on the way', () => {
  it('network memory is no longer capped at 1 GiB from 1.17', () => {
    const config = new Map([['taskmanager.memory.process.size', '16g']]);
    const diff = diffVersions({ config, from: '1.16', to: '1.18' });
    expect(diff.defaults).toEqual([
      {
        key: 'taskmanager.memory.network.max',
        before: '1 gb',
        after: '9223372036854775807 bytes',
        in: '1.17',
        overridden: false,
      },
    ]);
    const before = diff.before.taskmanager;
    const after = diff.after.taskmanager;
    expect(before.ok && before.memory.network).toBe(GIB);
    expect(after.ok && after.memory.network).toBe(1583769214n);
  });

  it('the 1.10 JobManager heap key becomes part of a memory model in 1.11', () => {
    const diff = diffVersions({
      config: new Map([['jobmanager.heap.size', '1g']]),
      from: '1.10',
      to: '1.11',
      deployment: 'kubernetes',
    });
    expect(diff.readDifferently.map((c) => [c.key, c.in])).toEqual([['jobmanager.heap.size', '1.11']]);
    expect(diff.defaults).toContainEqual({
      key: 'jobmanager.heap.size',
      before: '1 gb',
      in: '1.11',
      overridden: true,
    });
    expect(diff.after.jobmanager.ok && diff.after.jobmanager.memory.totalProcess).toBe(GIB);
  });

  it('heap backend names that 2.0 no longer knows become hashmap', () => {
    const diff = diffVersions({
      config: new Map([['state.backend', 'filesystem']]),
      from: '1.12',
      to: '2.0',
    });
    expect(diff.readDifferently.map((c) => c.in)).toEqual(['1.13', '2.0']);
    expect(diff.renamed.map((c) => [c.key, c.successor, c.in])).toEqual([
      ['state.backend', 'state.backend.type', '1.17'],
    ]);
    expect(diff.edits.set['state.backend.type']).toBe('hashmap');
    expect(diff.edits.remove).toEqual(['state.backend']);
    expect(diff.defaults.find((d) => d.key === 'state.backend.type')).toEqual({
      key: 'state.backend.type',
      after: 'hashmap',
      in: '1.19',
      overridden: true,
    });
  });

  it('a Kubernetes legacy TaskManager heap becomes the process size', () => {
    const diff = diffVersions({
      config: new Map([['taskmanager.heap.size', '4g']]),
      from: '1.18',
      to: '2.1',
      deployment: 'kubernetes',
    });
    expect(diff.edits.set).toEqual({ 'taskmanager.memory.process.size': '4g' });
    const after = diff.afterEdits.taskmanager;
    expect(after.ok && after.memory.totalProcess).toBe(4n * GIB);
  });
});

const sized = (keys: string[]) =>
  fc.tuple(
    fc.constantFrom(...keys),
    fc.integer({ min: 64, max: 8192 }).map((n) => `${n}m`),
  );

describe('upgrade edits over random legacy configurations', () => {
  it('keep the TaskManager and JobManager sizes from 1.17–1.20 to every 2.x', () => {
    const entries = fc.array(
      fc.oneof(
        sized(['taskmanager.heap.size', 'jobmanager.heap.size', 'taskmanager.memory.process.size']),
        sized([
          'taskmanager.memory.size',
          'taskmanager.network.memory.min',
          'taskmanager.network.memory.max',
        ]),
        fc.tuple(fc.constant('taskmanager.heap.mb'), fc.integer({ min: 512, max: 8192 }).map(String)),
        fc.tuple(fc.constant('taskmanager.network.numberOfBuffers'), fc.constantFrom('1024', '4096', '8192')),
        fc.tuple(fc.constant('taskmanager.network.memory.fraction'), fc.constantFrom('0.05', '0.2')),
      ),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(
        entries,
        fc.constantFrom<FlinkVersion>('1.17', '1.18', '1.19', '1.20'),
        fc.constantFrom<FlinkVersion>('2.0', '2.1', '2.2', '2.3'),
        fc.constantFrom(...DEPLOYMENTS),
        (list, from, to, deployment) => {
          const diff = diffVersions({ config: new Map(list), from, to, deployment });
          for (const process of ['taskmanager', 'jobmanager'] as const) {
            const before = diff.before[process];
            if (!before.ok) continue;
            expect(memoryOf(diff.afterEdits[process])).toEqual(before.memory);
          }
          expect(Object.keys(diff.edits.why).sort()).toEqual(
            [...Object.keys(diff.edits.set), ...diff.edits.remove].sort(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
