import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PolicyExample } from '../../src/model/policy.js';
import { createBaseline } from '../../src/policy/baseline.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS, parseSettings } from '../../src/policy/settings.js';

const builtin = loadPolicies([builtinPolicyDir()]).pack;

const HASHMAP: PolicyExample = {
  config: { 'taskmanager.memory.process.size': '4g', 'jobmanager.memory.process.size': '1600m' },
};

function run(example: PolicyExample, settingsText = '', text?: string) {
  const r = runExample(example);
  if (text !== undefined) r.sources.set('example.yaml', text);
  const { settings, problems } = parseSettings(settingsText, '.flink-memory-lint.yaml', '/repo');
  expect(problems).toEqual([]);
  return evaluate(r.results, builtin, settings, { sources: r.sources });
}

describe('evaluate', () => {
  it('locates a finding at the key the policy names and fills placeholders', () => {
    const { findings } = run({
      config: {
        'state.backend.type': 'rocksdb',
        'taskmanager.memory.process.size': '4g',
        'taskmanager.memory.managed.size': '0',
        'jobmanager.memory.process.size': '1600m',
      },
    });
    const f = findings.find((x) => x.ruleId === 'rocksdb-managed-memory')!;
    expect(f).toMatchObject({
      severity: 'error',
      line: 3,
      column: 1,
      key: 'taskmanager.memory.managed.size',
      process: 'taskmanager',
    });
    expect(f.message).toBe(
      'The rocksdb state backend takes its memory from managed memory, but managed memory per slot is 0 MiB (1 slot): state has no memory budget.',
    );
    expect(f.docs).toMatch(/docs\/rules\/rocksdb-managed-memory\.md$/);
  });

  it('renders the fix with values from the facts', () => {
    const { findings } = run({
      container: { taskmanager: '3Gi' },
      config: { 'taskmanager.memory.process.size': '4g', 'jobmanager.memory.process.size': '1600m' },
    });
    const f = findings.find((x) => x.ruleId === 'process-exceeds-container')!;
    // The solver's size, in the units the file writes its process size.
    expect(f.fix?.set).toEqual({ 'taskmanager.memory.process.size': '3g' });
    expect(f.message).toContain('4096 MiB');
  });

  it('honours disable-next-line and disable-file comments, and annotations', () => {
    const text =
      '# flink-memory-lint-disable-next-line hashmap-managed-memory, task-heap-too-small -- heap is fine here\ntaskmanager.memory.process.size: 4g\n';
    const byComment = run({ config: { 'parallelism.default': '1', ...HASHMAP.config } }, '', text);
    expect(byComment.findings.map((f) => f.ruleId)).not.toContain('hashmap-managed-memory');
    expect(byComment.suppressed.find((f) => f.ruleId === 'hashmap-managed-memory')?.suppressed).toEqual({
      kind: 'comment',
      reason: 'heap is fine here',
    });

    const byFile = run(
      HASHMAP,
      '',
      'jobmanager.memory.process.size: 1600m\n# flink-memory-lint-disable-file hashmap-managed-memory\n',
    );
    expect(byFile.suppressed.map((f) => f.ruleId)).toContain('hashmap-managed-memory');

    const byAnnotation = run({
      ...HASHMAP,
      annotations: { 'flink-memory-lint.io/ignore-hashmap-managed-memory': 'batch job' },
    });
    expect(byAnnotation.suppressed.find((f) => f.ruleId === 'hashmap-managed-memory')?.suppressed).toEqual({
      kind: 'annotation',
      reason: 'batch job',
    });
    expect(byAnnotation.findings.map((f) => f.ruleId)).not.toContain('hashmap-managed-memory');
  });

  it('turns rules off and re-grades them per path glob, with parameters', () => {
    const off = run(
      HASHMAP,
      'overrides:\n  - files: ["*.yaml"]\n    rules:\n      hashmap-managed-memory: off\n',
    );
    expect(off.suppressed.find((f) => f.ruleId === 'hashmap-managed-memory')?.suppressed?.kind).toBe(
      'settings',
    );
    const elsewhere = run(
      HASHMAP,
      'overrides:\n  - files: ["jobs/**"]\n    rules:\n      hashmap-managed-memory: off\n',
    );
    expect(elsewhere.findings.map((f) => f.ruleId)).toContain('hashmap-managed-memory');
    const regraded = run(HASHMAP, 'rules:\n  hashmap-managed-memory: error\n');
    expect(regraded.findings.find((f) => f.ruleId === 'hashmap-managed-memory')?.severity).toBe('error');
    const param = run(HASHMAP, 'rules:\n  task-heap-too-small:\n    parameters:\n      minTaskHeap: 8g\n');
    expect(param.findings.map((f) => f.ruleId)).toContain('task-heap-too-small');
    const quota = run(HASHMAP, 'parameters:\n  quota: 4g\n  containerMemory: 3Gi\n');
    expect(quota.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['quota-exceeded', 'process-exceeds-container']),
    );
  });

  it('reports only findings that are not in the baseline', () => {
    const first = run(HASHMAP);
    const baseline = createBaseline(first.findings, 'flink-memory-lint 0.1.0');
    const r = runExample({ config: { ...HASHMAP.config, 'taskmanager.memory.jvm-metaspace.size': '64m' } });
    const again = evaluate(r.results, builtin, EMPTY_SETTINGS, { baseline });
    expect(again.findings.map((f) => f.ruleId)).toEqual(['metaspace-low']);
    expect(again.suppressed.every((f) => f.suppressed?.kind === 'baseline')).toBe(true);
    expect(again.suppressed).toHaveLength(first.findings.length);
  });
});

describe('user policies', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fml-policies-'));
  mkdirSync(path.join(dir, 'team'));
  const custom = {
    id: 'team-tm-max-8g',
    severity: 'error',
    title: 'TaskManagers above 8g',
    description: 'Our nodes have 8 GiB.',
    appliesTo: ['taskmanager'],
    when: { properties: { process: { properties: { ok: { const: true } } } } },
    require: {
      properties: {
        process: { properties: { memory: { properties: { totalProcess: { memoryAtMost: '8g' } } } } },
      },
    },
    message: '{process.label} needs {process.memory.totalProcess|size}',
    locate: ['taskmanager.memory.process.size'],
    examples: { valid: [], invalid: [] },
  };
  writeFileSync(path.join(dir, 'team', 'tm-max.json'), JSON.stringify(custom));
  writeFileSync(path.join(dir, 'team', 'broken.json'), '{"id": "broken",\n "severity": "fatal"}');
  writeFileSync(
    path.join(dir, 'team', 'bad-schema.json'),
    JSON.stringify({ ...custom, id: 'bad-schema', when: { type: 'nonsense' } }),
  );
  // Only the meta-schema says a length cannot be negative.
  writeFileSync(
    path.join(dir, 'team', 'bad-meta.json'),
    JSON.stringify({ ...custom, id: 'bad-meta', require: { properties: { name: { minLength: -1 } } } }),
  );
  writeFileSync(path.join(dir, 'team', 'not-json.json'), '{\n  "id": oops\n}');
  copyFileSync(
    path.join(builtinPolicyDir(), 'metaspace-low', 'policy.json'),
    path.join(dir, 'team', 'metaspace-low.json'),
  );

  it('runs a custom rule and reports invalid ones without stopping', () => {
    const { pack, problems } = loadPolicies([builtinPolicyDir(), path.join(dir, 'team')]);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual([
      'bad-meta.json',
      'bad-schema.json',
      'broken.json',
      'not-json.json',
    ]);
    expect(problems.find((p) => p.file.endsWith('broken.json'))?.message).toMatch(
      /not a valid policy: .*title/,
    );
    expect(problems.find((p) => p.file.endsWith('bad-schema.json'))?.message).toMatch(/invalid JSON Schema/);
    expect(problems.find((p) => p.file.endsWith('bad-meta.json'))?.message).toMatch(
      /policy bad-meta: invalid JSON Schema: .*minLength.* must be >= 0/,
    );
    expect(problems.find((p) => p.file.endsWith('not-json.json'))?.message).toMatch(/not valid JSON/);
    const r = runExample({
      config: { 'taskmanager.memory.process.size': '12g', 'jobmanager.memory.process.size': '1600m' },
    });
    const { findings } = evaluate(r.results, pack, EMPTY_SETTINGS);
    expect(findings.find((f) => f.ruleId === 'team-tm-max-8g')).toMatchObject({
      message: 'TaskManager needs 12 GiB',
      line: 1,
    });
    const small = runExample({
      config: { 'taskmanager.memory.process.size': '8g', 'jobmanager.memory.process.size': '1600m' },
    });
    expect(evaluate(small.results, pack, EMPTY_SETTINGS).findings.map((f) => f.ruleId)).not.toContain(
      'team-tm-max-8g',
    );
    expect(pack.policies.filter((p) => p.policy.id === 'metaspace-low')).toHaveLength(1);
  });
});

describe('settings file', () => {
  it('reports invalid settings with the line', () => {
    const { problems } = parseSettings(
      'rules:\n  hashmap-managed-memory: loud\n',
      '.flink-memory-lint.yaml',
      '/repo',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '.flink-memory-lint.yaml', line: 2 });
  });

  it('keeps the version as written and resolves folders against the file', () => {
    const { settings } = parseSettings(
      'flinkVersion: 1.20\npolicies: [team-policies]\nbaseline: base.json\n',
      'x/.flink-memory-lint.yaml',
      '/repo/x',
    );
    expect(settings).toMatchObject({
      flinkVersion: '1.20',
      policyDirs: ['/repo/x/team-policies'],
      baseline: '/repo/x/base.json',
    });
  });
});

describe('performance', () => {
  it('evaluates the whole pack over 1,000 configs', () => {
    const examples = builtin.policies.flatMap((p) => [
      ...(p.policy.examples?.invalid ?? []),
      ...(p.policy.examples?.valid ?? []),
    ]);
    const results = Array.from(
      { length: 1000 },
      (_, i) => runExample(examples[i % examples.length]).results,
    ).flat();
    evaluate(results, builtin, EMPTY_SETTINGS);
    const start = performance.now();
    const { findings } = evaluate(results, builtin, EMPTY_SETTINGS);
    const ms = performance.now() - start;
    console.log(
      `evaluate: ${results.length} configs × ${builtin.policies.length} policies in ${ms.toFixed(1)} ms`,
    );
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('sizes in a finding', () => {
  // A team's rule (no solver): its `|flink` sizes in the message, the edit and the description.
  const dir = mkdtempSync(path.join(tmpdir(), 'fml-policies-'));
  writeFileSync(
    path.join(dir, 'tm-cap.json'),
    JSON.stringify({
      id: 'team-tm-cap',
      severity: 'warning',
      title: 'TaskManagers above 3g',
      description: 'Our nodes have 3 GiB.',
      appliesTo: ['taskmanager'],
      when: { properties: { process: { properties: { ok: { const: true } } } } },
      require: {
        properties: {
          process: { properties: { memory: { properties: { totalProcess: { memoryAtMost: '3g' } } } } },
        },
      },
      message: '{process.label} takes {process.memory.totalProcess|flink}, above {params.cap|flink}.',
      parameters: { cap: { type: 'memory', default: '3g', description: 'The cap.' } },
      locate: ['taskmanager.memory.process.size'],
      fix: {
        set: { 'taskmanager.memory.process.size': '{params.cap|flink}' },
        description: 'Lower it to {params.cap|flink} from {process.memory.totalProcess|flink}.',
      },
      examples: { valid: [], invalid: [] },
    }),
  );
  const { pack, problems } = loadPolicies([dir]);

  it('are written in the file’s units, the same in the sentence as in its edit', () => {
    expect(problems).toEqual([]);
    for (const [written, cap, total] of [
      ['4096m', '3072m', '4096m'],
      ['4g', '3g', '4g'],
      ['4 GB', '3 GB', '4 GB'],
      // No size with a unit to follow in the file: Flink's own spelling.
      ['4294967296', '3 gb', '4 gb'],
    ]) {
      const jm = /[a-z]/i.test(written) ? '1600m' : '1677721600';
      const r = runExample({
        config: { 'taskmanager.memory.process.size': written, 'jobmanager.memory.process.size': jm },
      });
      const [f] = evaluate(r.results, pack, EMPTY_SETTINGS).findings;
      expect(f.message).toBe(`TaskManager takes ${total}, above ${cap}.`);
      expect(f.fix).toEqual({
        set: { 'taskmanager.memory.process.size': cap },
        description: `Lower it to ${cap} from ${total}.`,
      });
    }
  });
});
