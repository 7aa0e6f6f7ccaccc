import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFiles } from '../helpers/action-run.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

const FILES = {
  'deploy/job.yaml': `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: job
spec:
  image: flink:1.18.1-scala_2.12
  flinkConfiguration:
    taskmanager.memory.process.size: 4g
  jobManager:
    resource:
      memory: "2048m"
  taskManager:
    resource:
      memory: "2048m"
`,
  'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 100m\njobmanager.memory.process.size: 1600m\n',
};

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('flink-memory-lint lint (the built bundle)', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
    dir = mkdtempSync(path.join(tmpdir(), 'fml-cli-'));
    writeFiles(dir, FILES);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--format json prints the documented shape', () => {
    const { status, stdout } = run(dir, '--format', 'json');
    expect(status).toBe(1);
    const json = JSON.parse(stdout) as {
      tool: { name: string };
      configs: Record<string, unknown>[];
      findings: Record<string, unknown>[];
      summary: Record<string, number>;
    };
    expect(json.tool.name).toBe('flink-memory-lint');
    const job = json.configs.find((c) => c.kind === 'flinkdeployment')!;
    expect(job).toMatchObject({
      file: 'deploy/job.yaml',
      line: 1,
      flinkVersion: '1.18',
      flinkVersionSource: 'image flink:1.18.1-scala_2.12',
      deployment: 'kubernetes',
      entries: {
        'taskmanager.memory.process.size': {
          value: '2 gb',
          line: 14,
          column: 15,
          origin: 'operator',
          overrides: [{ value: '4g', line: 8, column: 5, origin: 'file' }],
        },
      },
      container: { taskmanager: { bytes: 2147483648, text: '2048m', source: 'resource.memory' } },
      taskmanager: { ok: true, memory: { totalProcess: 2147483648 } },
      jobmanager: { ok: true, memory: { totalProcess: 2147483648 } },
    });
    expect(json.findings).toEqual([
      expect.objectContaining({
        ruleId: 'derivation-failed',
        severity: 'error',
        file: 'conf/flink-conf.yaml',
        line: 1,
        column: 1,
      }),
    ]);
    expect(json.summary).toMatchObject({ files: 2, configs: 2, errors: 1 });
  });

  test('text prints each config with a line per process, then the findings', () => {
    const { status, stdout } = run(dir, 'deploy', 'conf');
    expect(status).toBe(1);
    expect(stdout).toContain(
      'deploy/job.yaml:1  flinkdeployment job  Flink 1.18 (image flink:1.18.1-scala_2.12), kubernetes',
    );
    expect(stdout).toMatch(/ {2}taskmanager process 2 GiB = heap .*; container limit 2 GiB/);
    expect(stdout).toMatch(
      /conf\/flink-conf\.yaml:1:1 {2}error {2}TaskManager memory configuration failed: .* {2}derivation-failed/,
    );
  });

  test('exit status: --fail-on never is 0; usage errors are 2 with one line', () => {
    expect(run(dir, '--fail-on', 'never').status).toBe(0);
    expect(run(dir, 'deploy').status).toBe(0);
    const badFormat = run(dir, '--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain("option '--format <format>' argument 'xml' is invalid");
    const badVersion = run(dir, '--flink-version', '3.9');
    expect([badVersion.status, badVersion.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(badVersion.stderr).toContain("unknown Flink version '3.9'");
  });

  test('--output writes the report to a file', () => {
    const out = path.join(dir, 'report.json');
    const { status, stdout } = run(dir, '--format', 'json', '--output', out, '--flink-version', '1.17');
    expect([status, stdout]).toEqual([1, '']);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { configs: { flinkVersion: string }[] };
    expect(json.configs.map((c) => c.flinkVersion)).toEqual(['1.17', '1.17']);
  });
});
