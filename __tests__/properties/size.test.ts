import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sizeConfig, type SizeInput, type SizeOutcome } from '../../src/engine/index.js';
import { derive, stateBackendKeys } from '../../src/flink/index.js';
import { JUDGED_VERSIONS } from '../../src/flink/versions.js';
import {
  DEPLOYMENTS,
  FLINK_VERSIONS,
  type ConfigMap,
  type ConfigValue,
  type JobManagerResult,
  type ProcessName,
  type TaskManagerResult,
} from '../../src/model/index.js';
import { breakdownToJson, sizeToJson } from '../../src/report/index.js';

const MIB = 1n << 20n;
const mib = (n: number) => BigInt(n) * MIB;

/** Explicit keys a file may already have (some of them make a small container impossible). */
const fileLine = fc.oneof(
  fc.constantFrom(
    'taskmanager.memory.process.size: 1728m',
    'taskmanager.memory.process.size: 4g',
    'taskmanager.memory.flink.size: 2g',
    'taskmanager.memory.task.heap.size: 1g',
    'taskmanager.memory.managed.size: 512m',
    'taskmanager.memory.managed.fraction: 0.2',
    'taskmanager.memory.network.max: 256m',
    'taskmanager.memory.jvm-metaspace.size: 384m',
    'taskmanager.memory.jvm-overhead.max: 512m',
    'taskmanager.numberOfTaskSlots: 2',
    'taskmanager.heap.size: 2g',
    'jobmanager.memory.process.size: 1600m',
    'jobmanager.memory.heap.size: 1g',
    'jobmanager.memory.jvm-metaspace.size: 128m',
    'state.backend: rocksdb',
  ),
);

const request: fc.Arbitrary<SizeInput> = fc
  .record({
    version: fc.constantFrom(...JUDGED_VERSIONS),
    deployment: fc.constantFrom(...DEPLOYMENTS),
    file: fc.option(fc.array(fileLine, { maxLength: 4 }), { nil: undefined }),
    bound: fc.option(fc.integer({ min: 256, max: 32 * 1024 }).map(mib), { nil: undefined }),
    stateBackend: fc.constantFrom('hashmap' as const, 'rocksdb' as const, 'forst' as const, undefined),
    slots: fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
    component: fc.constantFrom<ProcessName[]>(['taskmanager'], ['jobmanager'], ['taskmanager', 'jobmanager']),
    targets: fc.record(
      {
        taskHeapPerSlot: fc.integer({ min: 0, max: 2048 }).map(mib),
        managedPerSlot: fc.integer({ min: 0, max: 2048 }).map(mib),
        network: fc.integer({ min: 0, max: 1024 }).map(mib),
        metaspace: fc.integer({ min: 64, max: 512 }).map(mib),
        overhead: fc.integer({ min: 0, max: 1024 }).map(mib),
      },
      { requiredKeys: [] },
    ),
  })
  .filter((r) => !(r.stateBackend === 'forst' && !r.version.startsWith('2.')))
  .filter((r) => !(r.component.includes('jobmanager') && r.version.startsWith('1.10')))
  .map((r) => ({
    flinkVersion: r.version,
    deployment: r.deployment,
    ...(r.file && { file: { path: 'flink-conf.yaml', text: `${r.file.join('\n')}\n` } }),
    ...(r.bound !== undefined && { bound: r.bound }),
    ...(r.stateBackend && { stateBackend: r.stateBackend }),
    ...(r.slots !== undefined && { slots: r.slots }),
    targets: r.targets,
    components: r.component,
  }));

type Result = TaskManagerResult | JobManagerResult;

/** `derive` as the command runs it (the same options), one process. */
function deriveAs(outcome: SizeOutcome, config: ConfigMap, process: ProcessName): Result {
  return derive(config, { flinkVersion: outcome.flinkVersion, deployment: outcome.deployment, env: {} })[
    process
  ];
}

function slotsOf(input: SizeInput, config: ConfigMap): bigint {
  if (input.slots !== undefined) return BigInt(input.slots);
  const raw = config.get('taskmanager.numberOfTaskSlots');
  return raw !== undefined && /^[1-9]\d*$/.test(String(raw)) ? BigInt(String(raw)) : 1n;
}

/** The targets, checked here from the derived sizes, independently of the solver. */
function meets(input: SizeInput, process: ProcessName, result: Result, config: ConfigMap): boolean {
  if (!result.ok) return false;
  const m = result.memory as unknown as Record<string, bigint>;
  const t = input.targets;
  const at = (value: bigint, target: bigint | undefined) => target === undefined || value >= target;
  const common = at(m.jvmMetaspace, t.metaspace) && at(m.jvmOverhead, t.overhead);
  if (process === 'jobmanager') return common;
  const slots = slotsOf(input, config);
  return (
    common &&
    at(m.taskHeap / slots, t.taskHeapPerSlot) &&
    at(m.managed / slots, t.managedPerSlot) &&
    at(m.network, t.network)
  );
}

function withProcessSize(config: ConfigMap, process: ProcessName, bytes: bigint): ConfigMap {
  const next = new Map<string, ConfigValue>(config);
  next.set(`${process}.memory.process.size`, `${bytes / MIB}m`);
  return next;
}

const counts = { feasible: 0, infeasible: 0, fit: 0, minimum: 0, dropped: 0 };

/** What is wrong with the command's answer to one request, checked with `derive`; empty when right. */
function problemsOf(input: SizeInput): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const outcome = sizeConfig(input);
  const json = sizeToJson(outcome) as Record<string, unknown>;
  const derived = breakdownToJson(
    derive(outcome.config, { flinkVersion: outcome.flinkVersion, deployment: outcome.deployment, env: {} }),
  ) as Record<string, unknown>;
  // RESULT is what `derive --format json` prints for the configuration with the edits.
  check(
    JSON.stringify(json.taskmanager) === JSON.stringify(derived.taskmanager) &&
      JSON.stringify(json.jobmanager) === JSON.stringify(derived.jobmanager),
    'RESULT differs from derive',
  );
  for (const key of outcome.remove) check(!outcome.config.has(key), `${key} removed but kept`);
  for (const [key, value] of Object.entries(outcome.set))
    check(outcome.config.get(key) === value, `${key} not set to ${value}`);
  if (outcome.dropped.length > 0) counts.dropped++;

  for (const process of input.components) {
    const answer = outcome.answers[process]!;
    const result = deriveAs(outcome, outcome.config, process);
    if (!answer.feasible) {
      counts.infeasible++;
      // At the size that shows the problem Flink refuses it, or a target is missed.
      check(!meets(input, process, result, outcome.config), `${process}: infeasible, yet its config meets`);
      if (input.bound === undefined) continue;
      const atBound = withProcessSize(outcome.config, process, (input.bound / MIB) * MIB);
      check(
        !meets(input, process, deriveAs(outcome, atBound, process), atBound),
        `${process}: the bound works`,
      );
      if (answer.minimumContainer !== undefined) {
        check(answer.minimumContainer > input.bound, `${process}: minimum container within the bound`);
        const atMin = withProcessSize(outcome.config, process, answer.minimumContainer);
        check(meets(input, process, deriveAs(outcome, atMin, process), atMin), `${process}: minimum fails`);
      }
      continue;
    }
    counts.feasible++;
    check(meets(input, process, result, outcome.config), `${process}: answer misses a target or is refused`);
    if (!result.ok) continue;
    const memory = result.memory as unknown as Record<string, bigint>;
    const total = memory.totalProcess;
    check(total === answer.processSize, `${process}: derived total differs from the answer`);
    if (process === 'taskmanager' && input.stateBackend === 'hashmap' && !input.targets.managedPerSlot)
      check(memory.managed === 0n, 'hashmap with managed memory');
    if (process === 'taskmanager' && input.stateBackend !== undefined && input.stateBackend !== 'hashmap')
      check(memory.managed > 0n, `${input.stateBackend} without managed memory`);
    if (input.bound !== undefined) {
      counts.fit++;
      check(total <= input.bound, `${process}: above the bound`);
      // Maximal: the bound itself, or one MiB more is refused or misses a target.
      if (total + MIB <= input.bound) {
        const more = withProcessSize(outcome.config, process, total + MIB);
        check(!meets(input, process, deriveAs(outcome, more, process), more), `${process}: 1 MiB more works`);
      }
    } else {
      counts.minimum++;
      // Minimal: one MiB less is refused or misses a target.
      const less = withProcessSize(outcome.config, process, total - MIB);
      check(!meets(input, process, deriveAs(outcome, less, process), less), `${process}: 1 MiB less works`);
    }
  }
  return out;
}

describe('size: every answer checked with the derivation derive uses', () => {
  it('fits, meets the targets, is extreme within one MiB; infeasible answers are proven so', () => {
    fc.assert(
      fc.property(request, (input) => {
        expect(problemsOf(input)).toEqual([]);
      }),
      { numRuns: Number(process.env.SIZE_RUNS ?? 60), seed: Number(process.env.SIZE_SEED ?? 20261205) },
    );
    // The run covered both questions and both outcomes.
    expect(counts.fit).toBeGreaterThan(5);
    expect(counts.minimum).toBeGreaterThan(5);
    expect(counts.infeasible).toBeGreaterThan(0);
  });

  it('writes the requested backend under the key the version reads', () => {
    for (const version of FLINK_VERSIONS) {
      const outcome = sizeConfig({
        flinkVersion: version,
        stateBackend: 'rocksdb',
        bound: 4n << 30n,
        slots: 4,
        targets: {},
        components: ['taskmanager'],
      });
      expect(outcome.set[stateBackendKeys(version)[0]]).toBe('rocksdb');
      expect(outcome.feasible).toBe(true);
    }
  });
});

describe('size on a patch release judged with its own defaults', () => {
  it('solves 1.10.0 with its 96 MiB TaskManager metaspace (256 MiB from 1.10.1), as derive does', () => {
    const at = (flinkVersion: '1.10' | '1.10.0') =>
      sizeConfig({
        flinkVersion,
        bound: 2n << 30n,
        targets: { metaspace: 100n << 20n },
        components: ['taskmanager'],
      });
    const patch = at('1.10.0');
    const line = at('1.10');
    const metaspace = (o: SizeOutcome) => {
      const r = derive(o.config, {
        flinkVersion: o.flinkVersion,
        deployment: 'standalone',
        env: {},
      }).taskmanager;
      return r.ok ? r.memory.jvmMetaspace : undefined;
    };
    expect(patch.flinkVersion).toBe('1.10.0');
    expect([patch.feasible, line.feasible]).toEqual([true, true]);
    // 1.10.0's default is below the 100 MiB target: the answer raises it; 1.10.1's already meets it.
    expect(patch.set['taskmanager.memory.jvm-metaspace.size']).toBe('100m');
    expect(line.set['taskmanager.memory.jvm-metaspace.size']).toBeUndefined();
    expect(metaspace(patch)).toBe(100n << 20n);
    expect(metaspace(line)).toBe(256n << 20n);
  });
});
