import { describe, expect, it } from '@jest/globals';
import { lintTree } from './lint-tree.js';
import { KINDS, render, type Kind, type Scenario } from './kinds.js';

/**
 * Every rule of the issue, in every kind of file where it can apply: exactly the expected rule ids
 * at the lines of the keys that cause them, and nothing at all once the config is fixed.
 */
interface Case {
  name: string;
  kinds: readonly Kind[];
  broken: Scenario;
  /** `[rule id, key whose line it is on]`. */
  expect: Array<[string, string]>;
  fixed: Scenario;
}

const JM = { 'jobmanager.memory.process.size': '1600m' };
/** A TaskManager a streaming job on the heap backend is right to run. */
const TM = { 'taskmanager.numberOfTaskSlots': '2', 'taskmanager.memory.process.size': '4g' };
const HEAP = { ...JM, ...TM, 'taskmanager.memory.managed.size': '0' };
const ROCKS = { ...JM, ...TM, 'state.backend.type': 'rocksdb' };
const WITH_CONTAINER: readonly Kind[] = ['flink-conf', 'config-yaml', 'configmap', 'docker-compose', 'helm'];

const CASES: Case[] = [
  {
    name: 'hashmap-managed-memory: explicit hashmap backend',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'state.backend.type': 'hashmap' } },
    expect: [['hashmap-managed-memory', 'state.backend.type']],
    fixed: {
      config: { ...JM, ...TM, 'state.backend.type': 'hashmap', 'taskmanager.memory.managed.size': '0' },
    },
  },
  {
    name: 'hashmap-managed-memory: the default backend, managed fraction set',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'taskmanager.memory.managed.fraction': '0.2' } },
    expect: [['hashmap-managed-memory', 'taskmanager.memory.managed.fraction']],
    fixed: { config: { ...JM, ...TM, 'taskmanager.memory.managed.fraction': '0' } },
  },
  {
    name: 'rocksdb-managed-memory: RocksDB with no managed memory',
    kinds: KINDS,
    broken: { config: { ...ROCKS, 'taskmanager.memory.managed.size': '0' } },
    expect: [['rocksdb-managed-memory', 'taskmanager.memory.managed.size']],
    fixed: { config: ROCKS },
  },
  {
    name: 'process-exceeds-container: TaskManager above its limit',
    kinds: WITH_CONTAINER,
    broken: { config: HEAP, container: { taskmanager: '3Gi', jobmanager: '1600Mi' } },
    expect: [['process-exceeds-container', 'taskmanager.memory.process.size']],
    fixed: {
      config: { ...HEAP, 'taskmanager.memory.process.size': '3g' },
      container: { taskmanager: '3Gi', jobmanager: '1600Mi' },
    },
  },
  {
    name: 'derivation-failed: managed memory larger than the TaskManager',
    kinds: KINDS,
    broken: { config: { ...JM, ...TM, 'taskmanager.memory.managed.size': '4g' } },
    expect: [['derivation-failed', 'taskmanager.memory.process.size']],
    fixed: { config: HEAP },
  },
  {
    name: 'config-unparseable: a config.yaml with a key written twice',
    kinds: ['config-yaml', 'configmap'],
    broken: { config: HEAP, version: '2.0', rawTail: 'taskmanager:\n  numberOfTaskSlots: 4' },
    expect: [['config-unparseable', 'raw']],
    fixed: { config: HEAP, version: '2.0' },
  },
];

async function findings(kind: Kind, scenario: Scenario) {
  const { files, at } = render(kind, scenario);
  return { found: await lintTree(files), at, files };
}

describe.each(CASES)('$name', (c) => {
  it.each(c.kinds.map((k) => [k]))('in %s: exactly the expected findings, none once fixed', async (kind) => {
    const { found, at, files } = await findings(kind, c.broken);
    const expected = c.expect
      .map(([rule, key]) => {
        const where = key === 'raw' ? rawLine(files) : at[key];
        if (!where) throw new Error(`${kind} has no line for ${key}`);
        return `${rule}@${where}`;
      })
      .sort();
    expect(found).toEqual(expected);
    expect((await findings(kind, c.fixed)).found).toEqual([]);
  });
});

/** The line of the second `taskmanager:` key, which Flink refuses. */
function rawLine(files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() === 'taskmanager:');
    const second = lines.findIndex((l, i) => i > first && l.trim() === 'taskmanager:');
    if (first >= 0 && second >= 0) return `${file}:${second + 1}`;
  }
  return '';
}
