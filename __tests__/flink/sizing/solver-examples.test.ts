import { describe, expect, it } from '@jest/globals';
import {
  deriveJobManager,
  deriveTaskManager,
  solveSizing,
  type FeasibleAnswer,
  type InfeasibleAnswer,
  type SizingAnswer,
  type TaskManagerTargets,
} from '../../../src/flink/index.js';
import type { ConfigValue, FlinkVersion } from '../../../src/model/index.js';

const MIB = 1n << 20n;
const GIB = 1n << 30n;

function feasible(answer: SizingAnswer): FeasibleAnswer {
  if (!answer.feasible) throw new Error(`infeasible: ${answer.reason}`);
  return answer;
}

function infeasible(answer: SizingAnswer): InfeasibleAnswer {
  if (answer.feasible) throw new Error('unexpectedly feasible');
  return answer;
}

function tmMemory(answer: FeasibleAnswer) {
  if (!answer.result.ok || !('taskHeap' in answer.result.memory)) throw new Error('not a TaskManager');
  return answer.result.memory;
}

/** `⌊bytes × f⌋` for a float option widened to double, as Flink multiplies (spec §2.2). */
function times(bytes: bigint, widened: string): bigint {
  const [whole, fraction = ''] = widened.split('.');
  return (bytes * BigInt(whole + fraction)) / 10n ** BigInt(fraction.length);
}
const FRACTION_0_4 = '0.4000000059604645';
const FRACTION_0_1 = '0.10000000149011612';

/** A TaskManager configuration fitted to a 4 GiB container. */
function fit4GiB(version: FlinkVersion, entries: [string, string][]): SizingAnswer {
  return solveSizing({ version, process: 'taskmanager', container: 4n * GIB, config: new Map(entries) });
}

describe('a 4 GiB pod with RocksDB and 4 slots', () => {
  const pod = (version: FlinkVersion, targets?: TaskManagerTargets) =>
    feasible(
      solveSizing({
        version,
        process: 'taskmanager',
        stateBackend: 'rocksdb',
        slots: 4,
        container: 4n * GIB,
        ...(targets && { targets }),
      }),
    );

  it.each(['1.20', '2.0'] as FlinkVersion[])(
    'uses the whole pod on %s with Flink’s default managed fraction',
    (version) => {
      const answer = pod(version);
      expect(answer.set).toEqual({
        'taskmanager.numberOfTaskSlots': '4',
        'taskmanager.memory.process.size': '4096m',
      });
      expect(answer.remove).toEqual([]);
      const m = tmMemory(answer);
      expect(m.totalProcess).toBe(4n * GIB);
      // Overhead 10% of the process (within [192m, 1g]), managed Flink's 0.4 of total Flink memory.
      expect(m.jvmOverhead).toBe(times(4n * GIB, FRACTION_0_1));
      expect(m.totalFlink).toBe(4n * GIB - 256n * MIB - m.jvmOverhead);
      expect(m.managed).toBe(times(m.totalFlink, FRACTION_0_4));
      expect(answer.result.ok && answer.result.cpuCores).toBe(4);
    },
  );

  it.each(['1.20', '2.0'] as FlinkVersion[])('pins managed memory to a per-slot target on %s', (version) => {
    const answer = pod(version, { managedPerSlot: 256n * MIB });
    expect(answer.set['taskmanager.memory.managed.size']).toBe('1024m');
    expect(answer.set['taskmanager.memory.process.size']).toBe('4096m');
    const m = tmMemory(answer);
    expect(m.managed).toBe(GIB);
    expect(m.taskHeap).toBe(m.totalFlink - 256n * MIB - m.network - GIB);
  });

  it('turns a zero managed size back into Flink’s default fraction', () => {
    const answer = feasible(
      solveSizing({
        version: '1.20',
        process: 'taskmanager',
        stateBackend: 'rocksdb',
        container: 4n * GIB,
        config: new Map([['taskmanager.memory.managed.size', '0']]),
      }),
    );
    expect(answer.remove).toEqual(['taskmanager.memory.managed.size']);
    expect(answer.why['taskmanager.memory.managed.size']).toMatch(/RocksDB keeps its block cache/);
    expect(tmMemory(answer).managed).toBe(times(tmMemory(answer).totalFlink, FRACTION_0_4));
  });
});

describe('a HashMapStateBackend TaskManager in 2 GiB', () => {
  it('gives the heap what managed memory would take, through the fraction', () => {
    const answer = feasible(
      solveSizing({ version: '1.20', process: 'taskmanager', stateBackend: 'hashmap', container: 2n * GIB }),
    );
    expect(answer.set).toEqual({
      'taskmanager.memory.managed.fraction': '0',
      'taskmanager.memory.process.size': '2048m',
    });
    const m = tmMemory(answer);
    expect(m.managed).toBe(0n);
    expect(m.taskHeap).toBe(m.totalFlink - 256n * MIB - m.network);
    // The same process size without the edit gives 0.4 of total Flink memory to managed memory.
    const plain = deriveTaskManager(new Map([['taskmanager.memory.process.size', '2048m']]), {
      flinkVersion: '1.20',
    });
    expect(plain.ok && plain.memory.taskHeap < m.taskHeap).toBe(true);
  });

  it('sets an explicit managed size to 0 where the configuration has one, old key replaced', () => {
    const answer = feasible(
      solveSizing({
        version: '1.18',
        process: 'taskmanager',
        stateBackend: 'hashmap',
        container: 2n * GIB,
        config: new Map([['taskmanager.memory.size', '512m']]),
      }),
    );
    expect(answer.set['taskmanager.memory.managed.size']).toBe('0');
    expect(answer.remove).toEqual(['taskmanager.memory.size']);
    expect(tmMemory(answer).managed).toBe(0n);
  });
});

describe('a JobManager with a 1 GiB heap target', () => {
  it.each(['1.11', '1.20', '2.0', '2.3'] as FlinkVersion[])(
    'needs 1600m on %s, the size of Flink’s own default configuration',
    (version) => {
      const answer = feasible(solveSizing({ version, process: 'jobmanager', targets: { heap: GIB } }));
      expect(answer.question).toBe('minimum');
      expect(answer.set).toEqual({ 'jobmanager.memory.process.size': '1600m' });
      expect(answer.result.ok && answer.result.memory.totalProcess).toBe(1600n * MIB);
      expect(answer.result.ok && 'jvmHeap' in answer.result.memory && answer.result.memory.jvmHeap).toBe(GIB);
      const less = deriveJobManager(new Map([['jobmanager.memory.process.size', '1599m']]), {
        flinkVersion: version,
      });
      expect(less.ok && 'jvmHeap' in less.memory && less.memory.jvmHeap < GIB).toBe(true);
      expect(answer.why['jobmanager.memory.process.size']).toMatch(/at 1599m JVM heap 1023 MiB is below/);
    },
  );

  it('replaces a standalone legacy heap key that is too small by the new key', () => {
    const answer = feasible(
      solveSizing({
        version: '1.16',
        process: 'jobmanager',
        targets: { heap: 2n * GIB },
        config: new Map([['jobmanager.heap.size', '1g']]),
      }),
    );
    expect(answer.set['jobmanager.memory.heap.size']).toBe('2048m');
    expect(answer.remove).toEqual(['jobmanager.heap.size']);
    expect(answer.result.ok && 'jvmHeap' in answer.result.memory && answer.result.memory.jvmHeap).toBe(
      2n * GIB,
    );
  });

  it('has no answer on Flink 1.10, which had no JobManager memory model', () => {
    const answer = infeasible(
      solveSizing({ version: '1.10', process: 'jobmanager', targets: { heap: GIB } }),
    );
    expect(answer.reason).toMatch(/no JobManager memory model/);
    expect(answer.result).toBeUndefined();
  });
});

describe('an existing configuration that cannot fit', () => {
  it('names a task heap larger than the container', () => {
    const config = new Map<string, ConfigValue>([['taskmanager.memory.task.heap.size', '6g']]);
    const answer = infeasible(
      solveSizing({ version: '1.20', process: 'taskmanager', container: 4n * GIB, config }),
    );
    expect(answer.blockers).toEqual([
      {
        key: 'taskmanager.memory.task.heap.size',
        value: '6g',
        why: 'taskmanager.memory.task.heap.size: 6g alone exceeds the 4096 MiB container.',
      },
    ]);
    expect(answer.reason).toMatch(/^The 4096 MiB container is too small: at 4096m Flink refuses it/);
    const minimum = feasible(solveSizing({ version: '1.20', process: 'taskmanager', config }));
    expect(answer.minimumContainer).toBe(minimum.processSize);
    expect(answer.withoutBlockers?.set).toEqual({ 'taskmanager.memory.process.size': '4096m' });
  });

  it('names two keys that only together prevent the fit', () => {
    const answer = infeasible(
      fit4GiB('1.20', [
        ['taskmanager.memory.task.heap.size', '3g'],
        ['taskmanager.memory.managed.size', '3g'],
      ]),
    );
    expect(answer.blockers.map((b) => b.key)).toEqual([
      'taskmanager.memory.task.heap.size',
      'taskmanager.memory.managed.size',
    ]);
    expect(answer.blockers[0].why).toMatch(/together with taskmanager.memory.managed.size/);
  });

  it('names a value Flink cannot read, refused at every size', () => {
    const answer = infeasible(fit4GiB('2.0', [['taskmanager.memory.framework.heap.size', '128 MiB']]));
    expect(answer.reason).toMatch(/at every process size: .*Cannot read memory size/);
    expect(answer.blockers.map((b) => b.key)).toEqual(['taskmanager.memory.framework.heap.size']);
  });
});

describe('configurations sized another way', () => {
  it('replaces total Flink memory and a standalone legacy heap key by the process size', () => {
    const answer = feasible(
      fit4GiB('1.20', [
        ['taskmanager.heap.size', '2g'],
        ['taskmanager.memory.flink.size', '1g'],
      ]),
    );
    expect(answer.remove.sort()).toEqual(['taskmanager.heap.size', 'taskmanager.memory.flink.size']);
    expect(answer.why['taskmanager.heap.size']).toMatch(/reads it as taskmanager.memory.flink.size/);
    expect(answer.processSize).toBe(4n * GIB);
  });

  it('keeps fixed component sizes and stops where Flink refuses the overhead', () => {
    const config = new Map<string, ConfigValue>([
      ['taskmanager.memory.task.heap.size', '1g'],
      ['taskmanager.memory.managed.size', '2g'],
    ]);
    const answer = feasible(
      solveSizing({ version: '1.20', process: 'taskmanager', container: 8n * GIB, config }),
    );
    const mib = answer.processSize / MIB;
    expect(mib < 8192n).toBe(true);
    expect(answer.why['taskmanager.memory.process.size']).toMatch(
      new RegExp(`at ${mib + 1n}m Flink refuses it: .*Derived JVM Overhead size`),
    );
    const m = tmMemory(answer);
    expect([m.taskHeap, m.managed]).toEqual([GIB, 2n * GIB]);
    expect(m.jvmOverhead <= GIB).toBe(true);
  });

  it('keeps the process size the configuration already has when it is the answer', () => {
    const answer = feasible(fit4GiB('1.19', [['taskmanager.memory.process.size', '4g']]));
    expect(answer.set).toEqual({});
    expect(answer.processSize).toBe(4n * GIB);
  });
});
