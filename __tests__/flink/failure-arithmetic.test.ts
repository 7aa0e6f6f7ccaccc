import { describe, expect, it } from '@jest/globals';
import { derive, failureArithmetic } from '../../src/flink/index.js';
import type { ConfigMap, DerivationFailure, FlinkVersion } from '../../src/model/index.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { buildFacts } from '../../src/policy/facts/index.js';

const MIB = 1n << 20n;
const conf = (entries: Record<string, string>): ConfigMap => new Map(Object.entries(entries));

/** Flink's refusal of a configuration, as the derivation gives it. */
function refusal(
  process: 'taskmanager' | 'jobmanager',
  entries: Record<string, string>,
  version: FlinkVersion = '1.20',
): DerivationFailure {
  const result = derive(conf(entries), { flinkVersion: version })[process];
  if (result.ok || !('errorType' in result)) throw new Error('expected Flink to refuse');
  return result;
}

const arithmetic = (f: DerivationFailure) => failureArithmetic([f.error, ...(f.causes ?? [])]);

describe('the arithmetic of a refusal, read from Flink’s own message', () => {
  it('lists the parts that exceed Total Flink memory', () => {
    expect(
      arithmetic(
        refusal('taskmanager', {
          'taskmanager.memory.flink.size': '1g',
          'taskmanager.memory.managed.size': '900m',
        }),
      ),
    ).toEqual({
      kind: 'exceeds',
      parts: [
        { name: 'Framework Heap Memory', bytes: 128n * MIB },
        { name: 'Framework Off-Heap Memory', bytes: 128n * MIB },
        { name: 'Task Off-Heap Memory', bytes: 0n },
        { name: 'Managed Memory', bytes: 900n * MIB },
        { name: 'Network Memory', bytes: 107374184n },
      ],
      total: { name: 'Total Flink Memory', bytes: 1024n * MIB },
    });
  });

  it('reads metaspace and overhead above the process size, on every version’s wording', () => {
    for (const version of ['1.10', '1.15', '2.0'] as FlinkVersion[]) {
      const result = arithmetic(
        refusal('taskmanager', { 'taskmanager.memory.process.size': '400m' }, version),
      );
      expect(result).toMatchObject({
        kind: 'exceeds',
        total: { name: 'Total Process Memory', bytes: 400n * MIB },
      });
    }
  });

  it('reads a derived size outside its range from the cause', () => {
    const failure = refusal('taskmanager', {
      'taskmanager.memory.flink.size': '1g',
      'taskmanager.memory.task.heap.size': '512m',
      'taskmanager.memory.managed.size': '100m',
      'taskmanager.memory.network.max': '128m',
    });
    expect(arithmetic(failure)).toEqual({
      kind: 'out-of-range',
      derived: { name: 'Network Memory', bytes: 156n * MIB },
      min: 64n * MIB,
      max: 128n * MIB,
    });
  });

  it('reads the JobManager’s own checks', () => {
    expect(
      arithmetic(
        refusal('jobmanager', { 'jobmanager.memory.flink.size': '1g', 'jobmanager.memory.heap.size': '2g' }),
      ),
    ).toMatchObject({ kind: 'exceeds', parts: [{ name: 'JVM Heap Memory', bytes: 2048n * MIB }] });
    expect(
      arithmetic(
        refusal('jobmanager', {
          'jobmanager.memory.flink.size': '1g',
          'jobmanager.memory.heap.size': '1g',
          'jobmanager.memory.off-heap.size': '128m',
        }),
      ),
    ).toMatchObject({ kind: 'mismatch', total: { name: 'Total Flink Memory', bytes: 1024n * MIB } });
    expect(arithmetic(refusal('jobmanager', { 'jobmanager.memory.flink.size': '64m' }))).toMatchObject({
      kind: 'exceeds',
      parts: [{ name: 'Off-heap Memory', bytes: 128n * MIB }],
    });
  });

  it('has nothing to add to a refusal that is not about sizes', () => {
    expect(arithmetic(refusal('taskmanager', {}))).toBeUndefined();
  });
});

describe('derivation-failed explains the refusal in MiB', () => {
  const explained = (config: Record<string, string>) =>
    buildFacts(runExample({ config, flinkVersion: '1.20', processes: ['taskmanager'] }).results[0])
      .taskmanager.explained;

  it('says what Total Process memory left after metaspace and overhead, and how far short it fell', () => {
    const text = explained({
      'taskmanager.memory.process.size': '1g',
      'taskmanager.memory.managed.size': '800m',
    });
    expect(text).toMatch(/^TaskManager memory configuration failed: Sum of configured /);
    expect(text).toContain(
      'In MiB: Framework Heap Memory 128 MiB + Framework Off-Heap Memory 128 MiB + Task Off-Heap Memory 0 MiB + Managed Memory 800 MiB + Network Memory 64 MiB = 1120 MiB, 544 MiB more than the 576 MiB of Total Flink Memory that Total Process Memory 1024 MiB leaves after JVM Metaspace 256 MiB and JVM Overhead 192 MiB.',
    );
  });

  it('names the legacy key that set the total', () => {
    expect(explained({ 'taskmanager.heap.mb': '512' })).toContain(
      '12.8 MiB more than the 512 MiB of Total Flink Memory (taskmanager.heap.mb: 512, which Flink reads as taskmanager.memory.flink.size).',
    );
  });

  it('says how far a leftover size is out of its range', () => {
    expect(
      explained({
        'taskmanager.memory.flink.size': '1g',
        'taskmanager.memory.task.heap.size': '512m',
        'taskmanager.memory.managed.size': '100m',
        'taskmanager.memory.network.max': '128m',
      }),
    ).toContain('In MiB: the Network Memory left over is 156 MiB, 28 MiB above its maximum of 128 MiB.');
  });
});
