import { describe, expect, it } from '@jest/globals';
import type { Deployment, Finding, FlinkVersion, PolicyExample } from '../../src/model/index.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { runExample } from '../../scripts/lib/policy-examples.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';

// Every legacy heap key in every deployment mode, and the deprecated and ignored keys of the old
// model: the finding names the one key Flink reads, and its fix, applied, gives the same sizes.
const { pack } = loadPolicies([builtinPolicyDir()]);
const rule = pack.policies.filter((p) => p.policy.id === 'legacy-memory-key');

function lint(example: PolicyExample) {
  const { results, sources, fileProblems } = runExample(example);
  const { findings } = evaluate(results, { policies: rule }, EMPTY_SETTINGS, { sources, fileProblems });
  return { findings, breakdown: results[0].breakdown };
}

/** The example with the finding's fix applied: `null` removes a key. */
function fixed(example: PolicyExample, finding: Finding): PolicyExample {
  const config = { ...example.config };
  for (const [key, value] of Object.entries(finding.fix?.set ?? {})) {
    if (value === null) delete config[key];
    else config[key] = value;
  }
  return { ...example, config };
}

/** Lints, applies the one finding's fix, and checks that Flink derives the same sizes from the fix. */
function check(example: PolicyExample): Finding {
  const { findings, breakdown } = lint(example);
  expect(findings).toHaveLength(1);
  const after = lint(fixed(example, findings[0]));
  expect(after.findings).toEqual([]);
  expect(after.breakdown).toEqual(breakdown);
  return findings[0];
}

const MODES: Deployment[] = ['standalone', 'kubernetes', 'yarn'];
const HEAP_TARGET: Record<string, Record<Deployment, string>> = {
  taskmanager: {
    standalone: 'taskmanager.memory.flink.size',
    kubernetes: 'taskmanager.memory.process.size',
    yarn: 'taskmanager.memory.process.size',
  },
  jobmanager: {
    standalone: 'jobmanager.memory.heap.size',
    kubernetes: 'jobmanager.memory.process.size',
    yarn: 'jobmanager.memory.process.size',
  },
};
const OTHER: Record<string, Record<string, string>> = {
  taskmanager: { 'jobmanager.memory.process.size': '1600m' },
  jobmanager: { 'taskmanager.memory.process.size': '4g' },
};

describe.each(['taskmanager', 'jobmanager'])('%s legacy heap keys', (process) => {
  const versions: FlinkVersion[] =
    process === 'taskmanager' ? ['1.10', '1.15', '1.20'] : ['1.11', '1.15', '1.20'];
  const cases = versions.flatMap((version) =>
    MODES.flatMap((mode) => [
      [version, mode, `${process}.heap.size`, '3072m'],
      [version, mode, `${process}.heap.mb`, '3072'],
    ]),
  );

  it.each(cases)(
    'Flink %s, %s: %s is read as the one key of that mode, and its fix keeps the sizes',
    (version, mode, key, value) => {
      const finding = check({
        flinkVersion: version,
        deployment: mode as Deployment,
        config: { ...OTHER[process], [key]: value },
      });
      const target = HEAP_TARGET[process][mode as Deployment];
      expect(finding.message).toContain(`reads it as ${target}`);
      expect(finding.message).not.toMatch(/ or |removed/);
      expect(finding.fix?.set).toEqual({ [target]: '3072m', [key]: null });
    },
  );

  it('where the new key is set too, the legacy key is ignored and the fix only removes it', () => {
    const target = HEAP_TARGET[process].standalone;
    const finding = check({
      flinkVersion: '1.20',
      config: { ...OTHER[process], [target]: '2g', [`${process}.heap.size`]: '3g' },
    });
    expect(finding.message).toContain(`ignores it (${target} is set)`);
    expect(finding.fix?.set).toEqual({ [`${process}.heap.size`]: null });
  });

  it('the heap environment variable wins over the key', () => {
    const variable = process === 'taskmanager' ? 'FLINK_TM_HEAP' : 'FLINK_JM_HEAP';
    const finding = check({
      flinkVersion: '1.20',
      env: { [variable]: '2048m' },
      config: { ...OTHER[process], [`${process}.heap.size`]: '3g' },
    });
    expect(finding.message).toContain(`ignores it (${variable} is set)`);
  });

  it('.size wins over .mb', () => {
    const { findings } = lint({
      flinkVersion: '1.20',
      config: { ...OTHER[process], [`${process}.heap.size`]: '3g', [`${process}.heap.mb`]: '1024' },
    });
    expect(findings.map((f) => [f.key, f.message.replace(/.*Flink 1\.20 /, '')])).toEqual(
      expect.arrayContaining([
        [`${process}.heap.mb`, `ignores it (${process}.heap.size is set).`],
        [`${process}.heap.size`, `reads it as ${HEAP_TARGET[process].standalone} for this deployment.`],
      ]),
    );
  });
});

describe('other keys of the old model', () => {
  it.each([
    ['taskmanager.network.memory.max', '256m', 'taskmanager.memory.network.max'],
    ['taskmanager.network.memory.min', '32m', 'taskmanager.memory.network.min'],
    ['taskmanager.network.memory.fraction', '0.2', 'taskmanager.memory.network.fraction'],
    ['taskmanager.memory.size', '512m', 'taskmanager.memory.managed.size'],
    // 0, the "not set" of 1.5 to 1.9, is no managed memory today: kept as that (heap backends want it).
    ['taskmanager.memory.size', '0', 'taskmanager.memory.managed.size'],
  ])('%s: %s is read under its old name, as %s; the fix renames it', (key, value, successor) => {
    const finding = check({
      flinkVersion: '1.18',
      config: { 'taskmanager.memory.process.size': '4g', [key]: value },
    });
    expect(finding.message).toContain(`reads it as ${successor}, under its old name`);
    expect(finding.fix?.set).toEqual({ [successor]: value, [key]: null });
  });

  it.each(['taskmanager.memory.fraction', 'taskmanager.memory.off-heap', 'taskmanager.memory.preallocate'])(
    '%s is ignored: the fix removes it and changes nothing',
    (key) => {
      const finding = check({
        flinkVersion: '1.18',
        config: { 'taskmanager.memory.process.size': '4g', [key]: 'true' },
      });
      expect(finding.message).toContain('ignores it (Flink 1.10 dropped it)');
      expect(finding.fix?.set).toEqual({ [key]: null });
    },
  );

  it.each([
    ['-1', 'up to Flink 1.4'],
    [' -1 ', 'up to Flink 1.4'],
  ])(
    'taskmanager.memory.size: %p meant "not set" %s: the fix removes it and writes no successor',
    (value, era) => {
      for (const version of ['1.10', '1.18', '1.20'] as FlinkVersion[]) {
        const example = { flinkVersion: version, config: { 'taskmanager.memory.process.size': '4g' } };
        const { findings } = lint({
          ...example,
          config: { ...example.config, 'taskmanager.memory.size': value },
        });
        expect(findings).toHaveLength(1);
        expect(findings[0].message).toContain(era);
        expect(findings[0].fix?.set).toEqual({ 'taskmanager.memory.size': null });
        // Removed, managed memory takes its default: what the old model's "not set" meant.
        const after = lint(
          fixed({ ...example, config: { ...example.config, 'taskmanager.memory.size': value } }, findings[0]),
        );
        expect(after.findings).toEqual([]);
        expect(after.breakdown).toEqual(lint(example).breakdown);
      }
    },
  );

  it('Flink itself reads the old "not set" values as managed.size: -1 refused, 0 as no managed memory', () => {
    const base = { 'taskmanager.memory.process.size': '4g' };
    expect(
      lint({ flinkVersion: '1.18', config: { ...base, 'taskmanager.memory.size': '-1' } }).breakdown
        .taskmanager.ok,
    ).toBe(false);
    const zero = lint({ flinkVersion: '1.18', config: { ...base, 'taskmanager.memory.size': '0' } }).breakdown
      .taskmanager;
    expect(zero.ok && zero.memory.managed).toBe(0n);
  });

  it('a FlinkDeployment reads the JobManager legacy heap as the process size', () => {
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: job',
      'spec:',
      '  flinkVersion: v1_18',
      '  flinkConfiguration:',
      '    jobmanager.heap.size: 1536m',
      '    taskmanager.memory.process.size: 4g',
      '',
    ].join('\n');
    const { findings } = lint({ file: { name: 'job.yaml', text } });
    expect(findings).toHaveLength(1);
    expect(findings[0].line).toBe(8);
    expect(findings[0].message).toContain('reads it as jobmanager.memory.process.size');
    expect(findings[0].fix?.set).toEqual({
      'jobmanager.memory.process.size': '1536m',
      'jobmanager.heap.size': null,
    });
  });
});
