import { describe, expect, it } from '@jest/globals';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { sizeConfig } from '../../src/engine/index.js';
import type { PolicyExample } from '../../src/model/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';

// ForSt from 2.0 (apache/flink StateBackendLoader: the `forst` shortcut loads
// org.apache.flink.state.forst.ForStStateBackendFactory; ForStStateBackend extends
// AbstractManagedMemoryStateBackend, whose useManagedMemory() is true; ForStOptions:
// state.backend.forst.memory.managed (default true), .fixed-per-slot, .fixed-per-tm,
// .write-buffer-ratio 0.5, .high-prio-pool-ratio 0.1): it takes the slot's managed memory as
// RocksDB does, under its own keys. The rules, fixes and sizes must say the same of both.
const { pack } = loadPolicies([builtinPolicyDir()]);

function lint(example: PolicyExample) {
  const { results, sources, fileProblems } = runExample(example);
  return evaluate(results, pack, EMPTY_SETTINGS, { sources, fileProblems }).findings;
}

/** The same config for ForSt: the backend and its memory keys renamed. */
function asForst(config: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [
      k.replace('state.backend.rocksdb.', 'state.backend.forst.'),
      k === 'state.backend.type' && v === 'rocksdb' ? 'forst' : v,
    ]),
  );
}

const BASE = {
  'taskmanager.memory.process.size': '4g',
  'taskmanager.numberOfTaskSlots': '4',
  'state.backend.type': 'rocksdb',
};
const CASES: Record<string, string>[] = [
  BASE,
  { ...BASE, 'taskmanager.memory.managed.size': '0' },
  { ...BASE, 'taskmanager.memory.managed.size': '64m' },
  { ...BASE, 'state.backend.rocksdb.memory.managed': 'false' },
  { ...BASE, 'state.backend.rocksdb.memory.fixed-per-slot': '512m' },
  {
    ...BASE,
    'state.backend.rocksdb.memory.fixed-per-tm': '1g',
    'state.backend.rocksdb.memory.managed': 'false',
  },
  { ...BASE, 'state.backend.rocksdb.memory.high-prio-pool-ratio': '0.9' },
  { ...BASE, 'state.backend.rocksdb.memory.write-buffer-ratio': '1.5' },
  {
    ...BASE,
    'state.backend.type': 'rocksdb',
    'taskmanager.memory.managed.consumer-weights': 'OPERATOR:70,PYTHON:30',
  },
];

describe('ForSt on Flink 2.0 is judged as RocksDB is, under its own keys', () => {
  it.each(CASES.map((c) => [JSON.stringify(c), c] as const))('%s', (_name, config) => {
    const rocks = lint({ flinkVersion: '2.0', config });
    const forst = lint({ flinkVersion: '2.0', config: asForst(config) });
    expect(forst.map((f) => f.ruleId).sort()).toEqual(rocks.map((f) => f.ruleId).sort());
    // Keys the findings point at and fix are ForSt's own, never RocksDB's.
    for (const f of forst) {
      expect(f.key ?? '').not.toMatch(/rocksdb/);
      for (const key of Object.keys(f.fix?.set ?? {})) expect(key).not.toMatch(/rocksdb/);
    }
  });

  it('is not a heap backend: managed memory for it is no waste', () => {
    const ids = lint({ flinkVersion: '2.0', config: asForst(BASE) }).map((f) => f.ruleId);
    expect(ids).not.toContain('hashmap-managed-memory');
  });

  it('size gives ForSt the managed memory it gives RocksDB, and writes forst', () => {
    const request = {
      bound: 4n << 30n,
      slots: 4,
      targets: {},
      components: ['taskmanager' as const],
      flinkVersion: '2.0' as const,
    };
    const rocks = sizeConfig({ ...request, stateBackend: 'rocksdb' });
    const forst = sizeConfig({ ...request, stateBackend: 'forst' });
    expect(forst.set['state.backend.type']).toBe('forst');
    const a = rocks.breakdown.taskmanager;
    const b = forst.breakdown.taskmanager;
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(b.memory).toEqual(a.memory);
    expect(b.memory.managed > 0n).toBe(true);
  });

  it('has no ForSt before 2.0: the shortcut is a class name Flink cannot find', () => {
    expect(() =>
      sizeConfig({
        bound: 4n << 30n,
        targets: {},
        components: ['taskmanager'],
        flinkVersion: '1.20',
        stateBackend: 'forst',
      }),
    ).toThrow(/no forst state backend/);
  });
});
