import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  derive,
  FlinkError,
  optionRegistry,
  parseJavaFloat,
  parseMemorySize,
} from '../../src/flink/index.js';
import { FLINK_VERSIONS, DEPLOYMENTS, type ConfigValue } from '../../src/model/index.js';

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
  fc.double({ min: -0.5, max: 1.5, noNaN: false }).map(String),
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

describe('derive over arbitrary configurations', () => {
  it('never throws, and accepted results add up', () => {
    fc.assert(
      fc.property(
        config,
        fc.constantFrom(...FLINK_VERSIONS),
        fc.constantFrom(...DEPLOYMENTS),
        (cfg, flinkVersion, deployment) => {
          const b = derive(cfg, { flinkVersion, deployment, env: {} });
          if (b.taskmanager.ok) {
            const m = b.taskmanager.memory;
            expect(
              m.frameworkHeap + m.taskHeap + m.managed + m.frameworkOffHeap + m.taskOffHeap + m.network,
            ).toBe(m.totalFlink);
            expect(m.totalFlink + m.jvmMetaspace + m.jvmOverhead).toBe(m.totalProcess);
            expect(b.taskmanager.jvm.heap).toBe(m.frameworkHeap + m.taskHeap);
            expect(b.taskmanager.jvm.directMemory).toBe(m.frameworkOffHeap + m.taskOffHeap + m.network);
          } else {
            expect(b.taskmanager.error.length).toBeGreaterThan(0);
          }
          if (b.jobmanager.ok) {
            const m = b.jobmanager.memory;
            expect(m.jvmHeap + m.offHeap).toBe(m.totalFlink);
            expect(m.totalFlink + m.jvmMetaspace + m.jvmOverhead).toBe(m.totalProcess);
            expect(b.jobmanager.jvm.heap).toBe(m.jvmHeap);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('MemorySize parsing only ever raises FlinkError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const bytes = parseMemorySize(text);
          expect(bytes >= 0n).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(FlinkError);
        }
      }),
    );
  });

  it('Java float parsing agrees with float32 rounding of the decimal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        expect(parseJavaFloat(String(d)) === Math.fround(d)).toBe(true);
      }),
    );
  });
});
