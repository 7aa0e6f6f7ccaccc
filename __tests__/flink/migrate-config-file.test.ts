import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  deriveTaskManager,
  migrateConfigFile,
  type LegacyEntry,
  type MigrationResult,
} from '../../src/flink/index.js';
import { javaTrim } from '../../src/flink/java-number.js';
import { readFlinkConf } from '../../src/sources/formats/flink-conf.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/migrate');
const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

function entriesOf(text: string, file: string): LegacyEntry[] {
  return readFlinkConf(text, file).entries.map((e) => ({ key: e.key, value: String(e.value) }));
}

function fixture(file: string): LegacyEntry[] {
  return entriesOf(readFileSync(path.join(fixtures, file), 'utf8'), file);
}

/** A config.yaml read back as YAML 1.2 (Core schema), nested keys joined with dots as Flink does. */
function readBack(text: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, prefix: string) => {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (v !== null && typeof v === 'object') walk(v, `${prefix}${k}.`);
      else out.set(`${prefix}${k}`, v);
    }
  };
  walk(parse(text, { version: '1.2', schema: 'core' }), '');
  return out;
}

/** The flat configuration the migration meant to write, minus what Flink's nesting drops. */
function expected(result: MigrationResult): Map<string, string> {
  const kept = new Map(result.entries);
  if (result.ok) for (const key of result.dropped) kept.delete(key);
  return kept;
}

function checkRoundTrip(result: MigrationResult): void {
  if (!result.ok) return;
  expect(readBack(result.text)).toEqual(expected(result));
}

/** A migration reads back as what it meant to write, or fails only on a key that is a prefix of another. */
function checkMigrated(result: MigrationResult): void {
  checkRoundTrip(result);
  if (result.ok) return;
  expect(result.reason).toMatch(/ClassCastException|ArrayIndexOutOfBounds/);
  const keys = result.entries.map(([k]) => k);
  expect(keys.some((a) => keys.some((b) => b.startsWith(`${a}.`)))).toBe(true);
}

describe('Flink’s own migration test (BashJavaUtilsITCase.testMigrateLegacyConfigToStandardYaml)', () => {
  const result = migrateConfigFile(fixture('bash-java-utils-it-flink-conf.yaml'));

  it('writes the same 31 lines, values as strings, quoted where YAML would read them otherwise', () => {
    if (!result.ok) throw new Error(result.reason);
    const lines = result.text.split('\n');
    expect(lines.pop()).toBe('');
    const flinkExpects = [
      'taskmanager:',
      '  memory:',
      '    process:',
      '      size: 1728m',
      '  bind-host: localhost',
      '  host: localhost',
      "  numberOfTaskSlots: '1'",
      'jobmanager:',
      '  execution:',
      '    failover-strategy: region',
      '  rpc:',
      '    address: localhost',
      "    port: '6123'",
      '  memory:',
      '    process:',
      '      size: 1600m',
      '  bind-host: localhost',
      'rest:',
      '  bind-address: localhost',
      '  address: localhost',
      'parallelism:',
      "  default: '1'",
      'env:',
      '  java:',
      '    opts:',
      `      all: ${String(result.entries.find(([k]) => k === 'env.java.opts.all')?.[1])}`,
      'list: a;b;c',
      'map: a:b,c:d',
      'listMap: a:b,c:d;e:f',
      'escape:',
      "  key: '*'",
    ];
    expect([...lines].sort()).toEqual([...flinkExpects].sort());
    // Nested keys come in Java HashMap order, not file order (taskmanager.bind-host is written first).
    const taskManager = lines.indexOf('taskmanager:');
    expect(lines.slice(taskManager, taskManager + 7)).toEqual(flinkExpects.slice(0, 7));
    checkRoundTrip(result);
  });
});

describe('keys that are a prefix of other keys', () => {
  // In Java HashMap order restart-strategy comes before its sub-key, state.backend after its.
  const restart: LegacyEntry[] = [
    { key: 'restart-strategy', value: 'fixed-delay' },
    { key: 'restart-strategy.fixed-delay.attempts', value: '3' },
  ];
  const backend: LegacyEntry[] = [
    { key: 'state.backend', value: 'rocksdb' },
    { key: 'state.backend.incremental', value: 'true' },
  ];

  it('fail Flink’s nesting where the value comes first', () => {
    const result = migrateConfigFile(restart);
    if (result.ok) throw new Error('expected a failure');
    expect(result.key).toBe('restart-strategy.fixed-delay.attempts');
    expect(result.reason).toMatch(
      /^restart-strategy holds a value where .* needs a mapping \(ClassCastException/,
    );
  });

  it('lose the longer keys without a word where the mapping comes first', () => {
    const result = migrateConfigFile(backend);
    if (!result.ok) throw new Error(result.reason);
    expect(result.dropped).toEqual(['state.backend.incremental']);
    expect(readBack(result.text)).toEqual(new Map([['state.backend', 'rocksdb']]));
  });

  it('nest once the deprecated keys are replaced by their 1.17 successors', () => {
    const result = migrateConfigFile([...restart, ...backend], { upgrade: { from: '1.20', to: '2.0' } });
    if (!result.ok) throw new Error(result.reason);
    expect(result.dropped).toEqual([]);
    expect(readBack(result.text)).toEqual(
      new Map([
        ['restart-strategy.type', 'fixed-delay'],
        ['restart-strategy.fixed-delay.attempts', '3'],
        ['state.backend.type', 'rocksdb'],
        ['state.backend.incremental', 'true'],
      ]),
    );
    expect(result.changes['state.backend']).toMatch(/Deprecated key of state.backend.type/);
  });
});

describe('real flink-conf.yaml files', () => {
  const files = readdirSync(fixtures).filter((f) => f !== 'bash-java-utils-it-flink-conf.yaml');

  it.each(files)('%s reads back as the entries it was written from', (file) => {
    const entries = fixture(file);
    for (const result of [
      migrateConfigFile(entries),
      migrateConfigFile(entries, { upgrade: { from: '1.20', to: '2.0' } }),
    ])
      checkMigrated(result);
  });

  it('replaces the 1.10 distribution’s legacy JobManager heap by its successor', () => {
    const result = migrateConfigFile(
      fixture('apache__flink@release-1.10.0__flink-dist__src__main__resources__flink-conf.yaml'),
      { upgrade: { from: '1.10', to: '2.0' } },
    );
    if (!result.ok) throw new Error(result.reason);
    const back = readBack(result.text);
    expect(back.get('jobmanager.memory.heap.size')).toBe('1024m');
    expect(back.has('jobmanager.heap.size')).toBe(false);
  });
});

describe('--keep-sizes', () => {
  it('solves 2.0 for the task heap and managed memory 1.16 gave a 16 GiB TaskManager', () => {
    const entries = [
      { key: 'taskmanager.memory.process.size', value: '16g' },
      { key: 'taskmanager.numberOfTaskSlots', value: '4' },
    ];
    const result = migrateConfigFile(entries, { upgrade: { from: '1.16', to: '2.0', keepSizes: true } });
    if (!result.ok) throw new Error(result.reason);
    const before = deriveTaskManager(new Map(entries.map((e) => [e.key, e.value])), { flinkVersion: '1.16' });
    const after = deriveTaskManager(new Map([...readBack(result.text)].map(([k, v]) => [k, String(v)])), {
      flinkVersion: '2.0',
    });
    if (!before.ok || !after.ok) throw new Error('refused');
    // 1.17 lifted the 1 GiB network cap: the same heap and managed memory need a larger process.
    expect(after.memory.taskHeap >= before.memory.taskHeap).toBe(true);
    expect(after.memory.taskHeap - before.memory.taskHeap < 1n << 20n).toBe(true);
    expect(after.memory.managed - before.memory.managed < 4n).toBe(true);
    expect(after.memory.totalProcess > before.memory.totalProcess).toBe(true);
    expect(result.sizes?.taskmanager?.feasible).toBe(true);
  });
});

const segment = fc.oneof(
  fc.constantFrom('taskmanager', 'memory', 'process', 'size', 'a', 'b', '1', 'true', 'null', '~', 'x y'),
  fc.string({
    unit: fc.constantFrom('a', 'b', '-', '_', '1', '*', '?', ':', '&', 'é', ' ', "'", '"'),
    minLength: 1,
    maxLength: 6,
  }),
);
const valueText = fc
  .string({
    unit: fc.constantFrom(
      'a',
      '1',
      '.',
      ':',
      ' ',
      "'",
      '"',
      '*',
      '-',
      '?',
      '[',
      '{',
      '&',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      ',',
      '\t',
      'é',
      '\u0085',
      '\u00a0',
      '~',
      '$',
      '}',
      '\\',
      '\u0001',
      '😀',
    ),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => javaTrim(s))
  .filter((s) => s.length > 0);

describe('migration over random files', () => {
  it('reads back as the flat configuration, or fails only where Flink’s nesting does', () => {
    const entry = fc.record({
      key: fc.array(segment, { minLength: 1, maxLength: 4 }).map((p) => p.join('.')),
      value: valueText,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        checkMigrated(migrateConfigFile(entries));
      }),
      { numRuns: 300 },
    );
  });
});

const hasCorpus = existsSync(path.join(corpus, 'MANIFEST.json'));
if (!hasCorpus) console.log(`corpus migration suite skipped: ${corpus} not found`);

(hasCorpus ? describe : describe.skip)('every flink-conf.yaml of the corpus', () => {
  it('migrates to a config.yaml that reads back as its entries, alone and with 2.0 successors', () => {
    const manifest = JSON.parse(readFileSync(path.join(corpus, 'MANIFEST.json'), 'utf8')) as {
      file: string;
      kind: string;
    }[];
    const files = manifest.filter((m) => m.kind === 'flink-conf');
    let failedPlain = 0;
    let failedUpgraded = 0;
    for (const { file } of files) {
      const entries = entriesOf(readFileSync(path.join(corpus, 'files', file), 'utf8'), file);
      const plain = migrateConfigFile(entries);
      const upgraded = migrateConfigFile(entries, { upgrade: { from: '1.20', to: '2.0' } });
      checkMigrated(plain);
      checkMigrated(upgraded);
      if (!plain.ok) failedPlain++;
      if (!upgraded.ok) failedUpgraded++;
    }
    expect(files.length).toBeGreaterThan(30);
    // Deprecated prefix keys (state.backend, high-availability, restart-strategy) break many files.
    expect(failedUpgraded).toBeLessThan(failedPlain);
  });
});
