import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  derive,
  FlinkError,
  optionRegistry,
  parseJavaFloat,
  parseMemorySize,
} from '../../src/flink/index.js';
import { FLINK_VERSIONS, DEPLOYMENTS, type Breakdown, type ConfigValue } from '../../src/model/index.js';

const keys = [...new Set(FLINK_VERSIONS.flatMap((v) => [...optionRegistry(v).keys()]))].concat([
  'taskmanager.memory.size',
  'taskmanager.network.memory.min',
  'taskmanager.network.memory.max',
  'taskmanager.network.memory.fraction',
  'external-resource.gpu.amount',
]);

const size = fc.oneof(
  fc.bigInt({ min: 0n, max: 1n << 40n }).map((b) => `${b}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 70000 }),
      fc.constantFrom('m', 'mb', ' MB', 'k', 'g', 'b', 'bytes', ' t', 'x'),
    )
    .map(([n, u]) => `${n}${u}`),
);
const fraction = fc.oneof(
  fc.double({ min: -0.5, max: 1.5 }).map(String),
  fc.constantFrom('0.1f', '0x1p-3', 'NaN', '1', '0,1'),
);
const typed: fc.Arbitrary<ConfigValue> = fc.oneof(
  fc.bigInt({ min: -(1n << 64n), max: 1n << 64n }),
  fc.double(),
  fc.boolean(),
);
const value: fc.Arbitrary<ConfigValue> = fc.oneof(size, fraction, fc.string(), typed);
const config = fc
  .dictionary(fc.constantFrom(...keys), value, { maxKeys: 8 })
  .map((o) => new Map(Object.entries(o)));

/** Identities every accepted breakdown satisfies: the list of those that fail. */
function violations(b: Breakdown): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  if (b.taskmanager.ok) {
    const m = b.taskmanager.memory;
    const sum = m.frameworkHeap + m.taskHeap + m.managed + m.frameworkOffHeap + m.taskOffHeap + m.network;
    check(sum === m.totalFlink, 'tm total flink');
    check(m.totalFlink + m.jvmMetaspace + m.jvmOverhead === m.totalProcess, 'tm total process');
    check(b.taskmanager.jvm.heap === m.frameworkHeap + m.taskHeap, 'tm heap');
    check(b.taskmanager.jvm.directMemory === m.frameworkOffHeap + m.taskOffHeap + m.network, 'tm direct');
  } else {
    check(b.taskmanager.error.length > 0, 'tm message');
  }
  if (b.jobmanager.ok) {
    const m = b.jobmanager.memory;
    check(m.jvmHeap + m.offHeap === m.totalFlink, 'jm total flink');
    check(m.totalFlink + m.jvmMetaspace + m.jvmOverhead === m.totalProcess, 'jm total process');
    check(b.jobmanager.jvm.heap === m.jvmHeap, 'jm heap');
  }
  return out;
}

function parseOutcome(text: string): string {
  try {
    return parseMemorySize(text) >= 0n ? 'ok' : 'negative';
  } catch (err) {
    return err instanceof FlinkError ? 'ok' : String(err);
  }
}

describe('derive over arbitrary configurations', () => {
  it('never throws, and accepted results add up', () => {
    fc.assert(
      fc.property(
        config,
        fc.constantFrom(...FLINK_VERSIONS),
        fc.constantFrom(...DEPLOYMENTS),
        (cfg, flinkVersion, deployment) => {
          expect(violations(derive(cfg, { flinkVersion, deployment, env: {} }))).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('MemorySize parsing only ever raises FlinkError', () => {
    fc.assert(fc.property(fc.string(), (text) => expect(parseOutcome(text)).toBe('ok')));
  });

  it('Java float parsing agrees with float32 rounding of the decimal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        expect(parseJavaFloat(String(d)) === Math.fround(d)).toBe(true);
      }),
    );
  });
});
