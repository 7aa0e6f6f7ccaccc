import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';

/**
 * Real-shaped repositories (`__tests__/fixtures/trees/*`, see its README) and what a Flink operator
 * expects of them: exactly the listed warnings and errors, nothing else at those severities, and the
 * listed hints.
 */
interface Expected {
  description: string;
  findings: { rule: string; severity: 'warning' | 'error'; at: string; why: string }[];
  info: { rule: string; at: string; why: string }[];
}

const trees = path.resolve(import.meta.dirname, '../fixtures/trees');
const TREES = readdirSync(trees)
  .filter((name) => statSync(path.join(trees, name)).isDirectory())
  .map((name) => ({
    name,
    expected: JSON.parse(readFileSync(path.join(trees, name, 'expected.json'), 'utf8')) as Expected,
  }));

describe.each(TREES)('the $name tree', ({ name, expected }) => {
  it('gives the warnings and errors a Flink operator expects, and no others', async () => {
    const report = await lint({ cwd: path.join(trees, name), paths: ['.'] });
    const serious = report.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}`)
      .sort();
    expect(serious).toEqual(expected.findings.map((f) => `${f.severity} ${f.rule} ${f.at}`).sort());
    const hints = new Set(
      report.findings.filter((f) => f.severity === 'info').map((f) => `${f.ruleId} ${f.file}:${f.line}`),
    );
    for (const hint of expected.info) expect(hints).toContain(`${hint.rule} ${hint.at}`);
  });
});

it('audits every tree', () => {
  expect(TREES.map((t) => t.name).sort()).toEqual(
    [
      'batch-jobs',
      'canary',
      'compose-build',
      'compose-env-include',
      'compose-merge',
      'compose-mounted',
      'compose-session',
      'compose-versions',
      'dockerfile-image',
      'dockerfile-legacy',
      'flink-application',
      'flink-cluster',
      'helm-chart',
      'helm-environments',
      'jvm-options',
      'k8s-configmap-mount',
      'k8s-two-versions',
      'kustomize',
      'kustomize-overlays',
      'network-buffers',
      'operator-examples',
      'rocksdb-jobs',
      'session-cluster',
      'session-job',
      'vvp-deployment',
    ].sort(),
  );
});
