import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import type { Report } from '../../src/model/index.js';
import { writeFiles } from '../helpers/action-run.js';

const FILES = {
  'conf/flink-conf.yaml': 'jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 1728m\n',
  'bad/flink-conf.yaml':
    '# too small\ntaskmanager.memory.process.size: 100m\njobmanager.memory.process.size: 1600m\n',
  'broken/config.yaml': 'taskmanager:\n  memory:\n    process.size: 2g\n  numberOfTaskSlots: [1\n',
  'empty/config.yaml': 'taskmanager:\n  memory:\n    process.size:\n',
  'k8s/job.yaml': `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: job
spec:
  flinkVersion: v1_18
  flinkConfiguration:
    taskmanager.memory.process.size: 4g
  jobManager:
    resource:
      memory: 2048m
  taskManager:
    resource:
      memory: "2048m"
`,
  'fragment/flink-conf.yaml': 'taskmanager.memory.managed.fraction: 0.2\n',
};

describe('lint', () => {
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fml-lint-'));
    writeFiles(dir, FILES);
    report = await lint({ cwd: dir, paths: ['.'] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every config is derived with its version and why', () => {
    expect(report.configs.map((r) => [r.config.file, r.config.kind, r.config.flinkVersion])).toEqual([
      ['bad/flink-conf.yaml', 'flink-conf', '1.20'],
      ['broken/config.yaml', 'config-yaml', '2.3'],
      ['conf/flink-conf.yaml', 'flink-conf', '1.20'],
      ['empty/config.yaml', 'config-yaml', '2.3'],
      ['fragment/flink-conf.yaml', 'flink-conf', '1.20'],
      ['k8s/job.yaml', 'flinkdeployment', '1.18'],
    ]);
    const good = report.configs.find((r) => r.config.file === 'conf/flink-conf.yaml')!;
    expect(good.breakdown.taskmanager.ok && good.breakdown.taskmanager.memory.totalProcess).toBe(
      1728n << 20n,
    );
  });

  test('the operator process size wins over flinkConfiguration', () => {
    const job = report.configs.find((r) => r.config.kind === 'flinkdeployment')!;
    expect(job.breakdown.taskmanager.ok && job.breakdown.taskmanager.memory.totalProcess).toBe(2048n << 20n);
    expect(job.config.entries.find((e) => e.value === '4g')?.overriddenBy).toEqual({
      file: 'k8s/job.yaml',
      line: 14,
      column: 15,
    });
  });

  test("findings: Flink's own failure at the size key, unparseable files at the parser line; fragments are not judged", () => {
    const failures = report.findings.filter(
      (f) => f.ruleId === 'derivation-failed' || f.ruleId === 'config-unparseable',
    );
    expect(failures.map((f) => [f.ruleId, f.file, f.line, f.process ?? ''])).toEqual([
      ['derivation-failed', 'bad/flink-conf.yaml', 2, 'taskmanager'],
      ['config-unparseable', 'broken/config.yaml', 5, ''],
      ['config-unparseable', 'empty/config.yaml', 3, ''],
    ]);
    expect(failures[0].message).toMatch(/^TaskManager memory configuration failed: /);
    expect(failures[1].message).toMatch(/^Error parsing YAML configuration\./);
    expect(report.summary).toMatchObject({ files: 6, configs: 6, errors: 3 });
  });

  test('--flink-version and onlyFiles narrow the run', async () => {
    const narrowed = await lint({
      cwd: dir,
      paths: ['.'],
      flinkVersion: '1.15',
      onlyFiles: ['conf/flink-conf.yaml'],
    });
    expect(
      narrowed.configs.map((r) => [r.config.file, r.config.flinkVersion, r.config.flinkVersionSource]),
    ).toEqual([['conf/flink-conf.yaml', '1.15', '--flink-version 1.15']]);
  });
});
