import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  deriveJobManager,
  deriveTaskManager,
  solveSizing,
  type SizingAnswer,
  type SizingRequest,
} from '../../../src/flink/index.js';
import {
  DEPLOYMENTS,
  FLINK_VERSIONS,
  type ConfigMap,
  type ConfigValue,
  type JobManagerResult,
  type TaskManagerResult,
} from '../../../src/model/index.js';

const MIB = 1n << 20n;

/** Sizes people write: whole MiB mostly, a few odd byte counts. */
const size = (maxMib: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: maxMib }).map((n) => BigInt(n) * MIB) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: BigInt(maxMib) * MIB }) },
  );
const sizeText = fc.oneof(
  fc.integer({ min: 0, max: 8192 }).map((n) => `${n}m`),
  fc.integer({ min: 0, max: 8 }).map((n) => `${n}g`),
  fc.constantFrom('1728m', '1600m', '0', '64mb', '1 gb'),
);
const fractionText = fc.constantFrom('0', '0.05', '0.1', '0.2', '0.4', '0.7', '0.9');

/** Keys that decide sizing, with values like real configurations have (and a few mistakes). */
const configEntry: fc.Arbitrary<[string, ConfigValue]> = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'taskmanager.memory.process.size',
      'taskmanager.memory.flink.size',
      'taskmanager.memory.task.heap.size',
      'taskmanager.memory.managed.size',
      'taskmanager.memory.size',
      'taskmanager.memory.network.min',
      'taskmanager.memory.network.max',
      'taskmanager.network.memory.max',
      'taskmanager.memory.jvm-metaspace.size',
      'taskmanager.memory.jvm-overhead.min',
      'taskmanager.memory.jvm-overhead.max',
      'taskmanager.memory.framework.heap.size',
      'taskmanager.memory.task.off-heap.size',
      'taskmanager.heap.size',
      'jobmanager.memory.process.size',
      'jobmanager.memory.flink.size',
      'jobmanager.memory.heap.size',
      'jobmanager.memory.off-heap.size',
      'jobmanager.memory.jvm-metaspace.size',
      'jobmanager.memory.jvm-overhead.max',
      'jobmanager.heap.size',
    ),
    sizeText,
  ),
  fc.tuple(
    fc.constantFrom(
      'taskmanager.memory.managed.fraction',
      'taskmanager.memory.network.fraction',
      'taskmanager.memory.jvm-overhead.fraction',
      'jobmanager.memory.jvm-overhead.fraction',
    ),
    fractionText,
  ),
  fc.tuple(fc.constant('taskmanager.network.numberOfBuffers'), fc.constantFrom('2048', '4096', '-1')),
  fc.tuple(fc.constant('taskmanager.numberOfTaskSlots'), fc.constantFrom('1', '2', '4', 'x')),
  fc.tuple(fc.constant('taskmanager.heap.mb'), fc.constantFrom('1024', '2048')),
);
const config = fc
  .array(configEntry, { maxLength: 5 })
  .map((entries) => new Map<string, ConfigValue>(entries) as ConfigMap);

const common = {
  version: fc.constantFrom(...FLINK_VERSIONS),
  deployment: fc.constantFrom(...DEPLOYMENTS),
  container: fc.option(size(48 * 1024), { nil: undefined }),
  config,
};
const taskManagerRequest = fc.record(
  {
    ...common,
    process: fc.constant('taskmanager' as const),
    stateBackend: fc.constantFrom('hashmap', 'rocksdb', 'forst', undefined),
    slots: fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
    targets: fc.record(
      {
        taskHeapPerSlot: size(2048),
        managedPerSlot: size(2048),
        network: size(2048),
        metaspace: size(512),
        overhead: size(1024),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['version', 'process', 'config'] },
);
const jobManagerRequest = fc.record(
  {
    ...common,
    process: fc.constant('jobmanager' as const),
    targets: fc.record(
      { heap: size(8192), offHeap: size(1024), metaspace: size(512), overhead: size(1024) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['version', 'process', 'config'] },
);
const request: fc.Arbitrary<SizingRequest> = fc.oneof(taskManagerRequest, jobManagerRequest);

function derive(req: SizingRequest, cfg: ConfigMap): TaskManagerResult | JobManagerResult {
  const options = { flinkVersion: req.version, deployment: req.deployment };
  return req.process === 'taskmanager' ? deriveTaskManager(cfg, options) : deriveJobManager(cfg, options);
}

function slotsOf(req: SizingRequest, result: TaskManagerResult | JobManagerResult, cfg: ConfigMap): bigint {
  if (req.process !== 'taskmanager') return 1n;
  if (req.slots !== undefined) return BigInt(req.slots);
  if (result.ok && result.numSlots !== undefined) return BigInt(result.numSlots);
  const raw = cfg.get('taskmanager.numberOfTaskSlots');
  return raw !== undefined && /^[1-9]\d*$/.test(String(raw)) ? BigInt(String(raw)) : 1n;
}

/** Every target met by a derivation, checked here independently of the solver. */
function meets(req: SizingRequest, result: TaskManagerResult | JobManagerResult, cfg: ConfigMap): boolean {
  if (!result.ok) return false;
  const t = (req.targets ?? {}) as Record<string, bigint | undefined>;
  const at = (value: bigint, target: bigint | undefined) => target === undefined || value >= target;
  const m = result.memory as unknown as Record<string, bigint>;
  const slots = slotsOf(req, result, cfg);
  const common = at(m.jvmMetaspace, t.metaspace) && at(m.jvmOverhead, t.overhead);
  if (req.process === 'jobmanager') return common && at(m.jvmHeap, t.heap) && at(m.offHeap, t.offHeap);
  return (
    common &&
    at(m.taskHeap / slots, t.taskHeapPerSlot) &&
    at(m.managed / slots, t.managedPerSlot) &&
    at(m.network, t.network)
  );
}

function withSize(req: SizingRequest, cfg: ConfigMap, mib: bigint): ConfigMap {
  const next = new Map(cfg);
  next.set(`${req.process}.memory.process.size`, `${mib}m`);
  return next;
}

/** Good at a size: Flink accepts it, it meets the targets and (fit) it is within the container. */
function good(req: SizingRequest, cfg: ConfigMap, mib: bigint): boolean {
  if (mib < 1n) return false;
  const sized = withSize(req, cfg, mib);
  const result = derive(req, sized);
  return (
    meets(req, result, sized) &&
    (req.container === undefined || (result.ok && result.memory.totalProcess <= req.container))
  );
}

function applied(base: ConfigMap, answer: SizingAnswer): Map<string, ConfigValue> {
  const out = new Map<string, ConfigValue>(base);
  for (const key of answer.remove) out.delete(key);
  for (const [key, value] of Object.entries(answer.set)) out.set(key, value);
  return out;
}

function checkAnswer(req: SizingRequest, answer: SizingAnswer): void {
  const base = req.config ?? new Map<string, ConfigValue>();
  expect(Object.keys(answer.why).sort()).toEqual([...Object.keys(answer.set), ...answer.remove].sort());
  if (answer.feasible) {
    expect(new Map(answer.config)).toEqual(applied(base, answer));
    const result = derive(req, answer.config);
    expect(result).toEqual(answer.result);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.memory.totalProcess).toBe(answer.processSize);
    expect(answer.processSize % MIB).toBe(0n);
    expect(meets(req, result, answer.config)).toBe(true);
    const mib = answer.processSize / MIB;
    if (req.container !== undefined) {
      expect(answer.processSize <= req.container).toBe(true);
      // Maximal: one MiB more is beyond the container, refused, or short of a target.
      expect(good(req, answer.config, mib + 1n)).toBe(false);
    } else {
      // Minimal: one MiB less is refused or short of a target.
      expect(good(req, answer.config, mib - 1n)).toBe(false);
    }
    return;
  }
  expect(answer.reason.length).toBeGreaterThan(0);
  if (!answer.result) return;
  // Infeasible: the size the answer shows is not good, nor is any sampled size with its edits.
  const shown = BigInt(String(answer.config.get(`${req.process}.memory.process.size`)).replace('m', ''));
  expect(good(req, answer.config, shown)).toBe(false);
  const cap = req.container === undefined ? 1n << 22n : req.container / MIB;
  for (let i = 0n; i <= 40n; i++) expect(good(req, answer.config, 1n + (cap * i) / 40n)).toBe(false);
  if (answer.minimumContainer !== undefined) {
    expect(answer.minimumContainer > (req.container ?? 0n)).toBe(true);
    expect(good({ ...req, container: undefined }, answer.config, answer.minimumContainer / MIB)).toBe(true);
  }
  const minus = (keys: string[]) => {
    const out = new Map(base);
    for (const key of keys) out.delete(key);
    return out;
  };
  const all = answer.blockers.map((b) => b.key);
  const allRelieved = all.length > 0 && solveSizing({ ...req, config: minus(all) }).feasible;
  for (const key of all) {
    expect(base.has(key)).toBe(true);
    // Each blocker alone, or the blockers together, stand between the request and an answer.
    expect(solveSizing({ ...req, config: minus([key]) }).feasible || allRelieved).toBe(true);
  }
  if (answer.withoutBlockers) {
    const first = solveSizing({ ...req, config: minus([all[0]]) });
    const relieved = first.feasible ? minus([all[0]]) : minus(all);
    checkAnswer({ ...req, config: relieved }, answer.withoutBlockers);
  }
}

describe('the sizing solver over random requests', () => {
  it('answers every request with a configuration the derivation accepts, fitting and extreme within one MiB', () => {
    fc.assert(
      fc.property(request, (req) => {
        checkAnswer(req, solveSizing(req));
      }),
      { numRuns: 250 },
    );
  });
});
