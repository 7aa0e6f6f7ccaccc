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
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([
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

  test('text prints the findings, then one line per config; --verbose adds the breakdowns', () => {
    const { status, stdout } = run(dir, 'deploy', 'conf');
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /^conf\/flink-conf\.yaml:1:1: error: TaskManager memory configuration failed: .* \[derivation-failed\]\n {2}\|\n1 \| taskmanager\.memory\.process\.size: 100m\n {2}\| \^~+\n/,
    );
    // Fixes on lines of their own.
    expect(stdout).toMatch(/\n {2}fix: .+\n {7}remove taskmanager\.memory\.process\.size\n/);
    const configs = stdout.indexOf(
      '\nconf/flink-conf.yaml:1  flink-conf  Flink 1.20  TM refused  JM 1600 MiB  1 error\n',
    );
    expect(configs).toBeGreaterThan(stdout.lastIndexOf('docs: '));
    expect(stdout).toMatch(
      /\ndeploy\/job\.yaml:1 {2}flinkdeployment job {2}Flink 1\.18 \(image flink:1\.18\.1-scala_2\.12\), TaskManager container 2048 MiB \(deploy\/job\.yaml:14 resource\.memory\), JobManager container 2048 MiB \(deploy\/job\.yaml:11 resource\.memory\) {2}TM 2048 MiB {2}JM 2048 MiB {2}1 warning, 1 info finding\n/,
    );
    expect(stdout).not.toMatch(/process 2048 MiB = heap/);
    expect(stdout).toMatch(/\n2 Flink configs in 2 files: 1 error, 1 warning, 1 info finding\n$/);
    expect(stdout).not.toMatch(/\b0 (errors|warnings|infos)/);

    const verbose = run(dir, 'deploy', 'conf', '--verbose');
    expect(verbose.stdout).toContain(
      '  Flink 1.18 (image flink:1.18.1-scala_2.12), TaskManager container 2048 MiB (deploy/job.yaml:14 resource.memory), JobManager container 2048 MiB (deploy/job.yaml:11 resource.memory), kubernetes',
    );
    expect(verbose.stdout).toMatch(/ {2}taskmanager process 2048 MiB = heap .*; container limit 2048 MiB/);
  });

  test('a path that does not exist is a usage error; a run over no config says so', () => {
    const typo = run(dir, 'depoly/');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('depoly/: no such file or folder');
    const empty = mkdtempSync(path.join(tmpdir(), 'fml-empty-'));
    const none = run(empty);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('warning: no Flink configuration found under .');
  });

  test('exit status: --fail-on never is 0; usage errors are 2 with one line', () => {
    expect(run(dir, '--fail-on', 'never').status).toBe(0);
    expect(run(dir, 'deploy').status).toBe(0);
    const badFormat = run(dir, '--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toBe(
      "flink-memory-lint: unknown format 'xml'; choose from text, json, sarif, markdown\n",
    );
    const twoOnStdout = run(dir, '--format', 'json', '--format', 'sarif');
    expect([twoOnStdout.status, twoOnStdout.stderr]).toEqual([
      2,
      'flink-memory-lint: only one format can go to standard output: give the others a file (--format sarif:out.sarif)\n',
    ]);
    const badVersion = run(dir, '--flink-version', '3.9');
    expect([badVersion.status, badVersion.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(badVersion.stderr).toContain("unknown Flink version '3.9'");
  });

  test('--output writes the report to a file', () => {
    const out = path.join(dir, 'report.json');
    const { status, stdout, stderr } = run(
      dir,
      '--format',
      'json',
      '--output',
      out,
      '--flink-version',
      '1.17',
    );
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toBe(`wrote ${out}\n`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { configs: { flinkVersion: string }[] };
    expect(json.configs.map((c) => c.flinkVersion)).toEqual(['1.17', '1.17']);
  });

  test('several formats in one run: text on standard output, SARIF and markdown to files', () => {
    const sarifFile = path.join(dir, 'out.sarif');
    const markdownFile = path.join(dir, 'out.md');
    const { status, stdout } = run(
      dir,
      '--format',
      'text',
      '--format',
      `sarif:${sarifFile}`,
      '--format',
      `markdown:${markdownFile}`,
    );
    expect(status).toBe(1);
    expect(stdout).toContain('[derivation-failed]');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    // Every policy that ran is described, not only the ones with results.
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(30);
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toContain('derivation-failed');
    expect(readFileSync(markdownFile, 'utf8')).toMatch(/^## ❌ Flink memory: 1 error/m);
  });

  test('a user policy folder adds a custom rule; an invalid policy is reported and the run goes on', () => {
    const policies = path.join(dir, 'team-policies');
    writeFiles(policies, {
      'max-taskmanager.json': JSON.stringify({
        id: 'team-taskmanager-at-most-1g',
        severity: 'error',
        title: 'TaskManagers stay at or below 1 GiB',
        description: 'Our nodes are small.',
        appliesTo: ['taskmanager'],
        when: { properties: { process: { properties: { ok: { const: true } } } } },
        require: {
          properties: {
            process: { properties: { memory: { properties: { totalProcess: { maximum: 1073741824 } } } } },
          },
        },
        message: '{process.label} is {process.memory.totalProcess|size}, above our 1 GiB',
        locate: ['taskmanager.memory.process.size'],
      }),
      'broken.json': '{ "id": "broken", ',
    });
    const { status, stdout, stderr } = run(dir, '--format', 'json', '--policies', 'team-policies');
    expect(status).toBe(1);
    const json = JSON.parse(stdout) as {
      findings: { ruleId: string; file: string; line: number; message: string }[];
    };
    expect(json.findings.filter((f) => f.ruleId === 'team-taskmanager-at-most-1g')).toEqual([
      expect.objectContaining({
        file: 'deploy/job.yaml',
        line: 14,
        message: 'TaskManager is 2048 MiB, above our 1 GiB',
      }),
    ]);
    expect(stderr).toMatch(/^warning: team-policies\/broken\.json:1: /m);
  });

  test('--write-baseline records the findings; a run with that baseline reports only new ones', () => {
    const baseline = path.join(dir, 'baseline.json');
    const written = run(dir, '--write-baseline', baseline);
    expect(written.status).toBe(0);
    writeFiles(dir, { '.flink-memory-lint.yaml': 'baseline: baseline.json\n' });
    try {
      const clean = run(dir, '--format', 'json');
      const json = JSON.parse(clean.stdout) as {
        findings: unknown[];
        suppressed: { suppressed: { kind: string } }[];
      };
      expect([clean.status, json.findings]).toEqual([0, []]);
      expect(json.suppressed.length).toBeGreaterThan(0);
      expect(json.suppressed.every((f) => f.suppressed.kind === 'baseline')).toBe(true);
      writeFiles(dir, { 'more/flink-conf.yaml': 'taskmanager.memory.process.size: 200m\n' });
      const fresh = JSON.parse(run(dir, '--format', 'json').stdout) as { findings: { file: string }[] };
      expect(fresh.findings.map((f) => f.file)).toEqual(['more/flink-conf.yaml']);
    } finally {
      rmSync(path.join(dir, '.flink-memory-lint.yaml'));
      rmSync(path.join(dir, 'more'), { recursive: true, force: true });
    }
  });

  test('--concurrency: worker threads report what one thread does; a bad value is a usage error', () => {
    const one = run(dir, '--format', 'json', '--concurrency', '1');
    const three = run(dir, '--format', 'json', '--concurrency', '3');
    expect(three.status).toBe(one.status);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toMatchObject({ summary: { configs: 2 } });
    const bad = run(dir, '--concurrency', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      "flink-memory-lint: --concurrency: 'many' is not a number of threads (1 or more) or auto",
    );
  });
});
