import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, 'derive', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 120000);

describe('flink-memory-lint derive (the built bundle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'derive-'));

  it('prints the breakdown tree and JVM parameters of a flink-conf.yaml', () => {
    const file = join(dir, 'flink-conf.yaml');
    writeFileSync(file, 'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n');
    const r = run([file, '--flink-version', '1.18']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total Process Memory\s+\S+\s+1728 MiB/);
    expect(r.stdout).toContain(
      '-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456',
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('reads a nested config.yaml by content from stdin, with --set on top, as JSON', () => {
    const r = run(
      ['-', '--format', 'json', '--set', 'taskmanager.memory.managed.fraction=0.2'],
      'taskmanager:\n  memory:\n    process.size: 2147483648\njobmanager.memory.heap.size: 1g\n',
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.flinkVersion).toBe('2.3');
    expect(json.taskmanager.memory.totalProcess).toBe(2147483648);
    expect(json.jobmanager.memory.jvmHeap).toBe(1073741824);
  });

  it("prints Flink's message and exits 1 for a rejected configuration", () => {
    const r = run([
      '--set',
      'taskmanager.memory.process.size=1.5g',
      '--set',
      'jobmanager.memory.process.size=1g',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'.",
    );
  });

  it('with --set and no file, leaves piped standard input unread (a script left it open)', () => {
    const r = run(
      ['--set', 'taskmanager.memory.process.size=1728m', '--set', 'jobmanager.memory.process.size=1600m'],
      'echo: this: is a shell script, not a config\n',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total Process Memory\s+\S+\s+1728 MiB/);
  });

  it('reads piped standard input by itself when nothing else gives a config', () => {
    const r = run(
      ['--format', 'json'],
      'taskmanager.memory.process.size: 2g\njobmanager.memory.process.size: 1g\n',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).taskmanager.memory.totalProcess).toBe(2147483648);
  });

  it.each([
    [['--flink-version', '3.1', '--set', 'a=b'], 1, 'supported: 1.10'],
    [[join(dir, 'missing.yaml')], 1, 'no such file'],
    [['-'], 1, 'standard input is empty'],
  ])('fails cleanly for %j', (args, status, message) => {
    const r = run(args, '');
    expect(r.status).toBe(status);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a config.yaml nested beyond the depth limit with where and why, not a derivation', () => {
    const deep = `taskmanager:\n  memory: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    const r = run(['-'], deep);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'flink-memory-lint: <stdin>:2:73: Collections nest deeper than 64 levels at line 2, column 73; the YAML document is not read\n',
    );
  });

  const deployments = `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  flinkVersion: v1_17
  jobManager:
    resource:
      memory: "2048m"
  taskManager:
    resource:
      memory: "4096m"
---
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: clicks
spec:
  flinkVersion: v1_19
  jobManager:
    resource:
      memory: "1g"
  taskManager:
    resource:
      memory: "3g"
`;

  it('derives a FlinkDeployment with its flinkVersion and resource.memory, chosen by name or position', () => {
    const file = join(dir, 'deployments.yaml');
    writeFileSync(file, deployments);
    const many = run([file]);
    expect(many.status).toBe(2);
    expect(many.stderr).toContain('holds 2 Flink configs (1: orders (line 1), 2: clicks (line 14))');
    const orders = run([file, '--select', 'orders', '--format', 'json']);
    expect(orders.status).toBe(0);
    const json = JSON.parse(orders.stdout);
    expect(json.flinkVersion).toBe('1.17');
    expect(json.taskmanager.memory.totalProcess).toBe(4096 * 2 ** 20);
    expect(json.jobmanager.memory.totalProcess).toBe(2048 * 2 ** 20);
    const clicks = run([file, '--document', '2']);
    expect(clicks.status).toBe(0);
    expect(clicks.stdout).toMatch(/^.*clicks \(flinkdeployment\) · Flink 1\.19 \(spec\.flinkVersion/);
    expect(clicks.stdout).toMatch(/Total Process Memory\s+\S+\s+3072 MiB/);
    expect(run([file, '--select', 'nope']).status).toBe(2);
  });

  it('derives one process with --only: a TaskManager-only config exits 0', () => {
    const args = ['--set', 'taskmanager.memory.process.size=4g', '--flink-version', '1.20'];
    expect(run(args).status).toBe(1);
    const r = run([...args, '--only', 'taskmanager']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total Process Memory\s+\S+\s+4096 MiB/);
    expect(r.stdout).not.toContain('JobManager');
  });

  it('streams --jsonl: one result a line, in order, a bad line reported and skipped', () => {
    const lines = readFileSync(join(root, '__tests__/fixtures/vectors/random-standalone.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 200);
    const input = ['{not json', ...lines].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
    expect(out).toHaveLength(201);
    expect(out[0].error).toBeDefined();
    // The bundle's JSON agrees with Flink's own results on every field the vectors record.
    const canonical = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) =>
        x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
      );
    const pick = (r: Record<string, unknown>) =>
      r.ok
        ? { ok: true, memory: r.memory, jvm: r.jvm }
        : 'unsupported' in r
          ? { ok: false }
          : { ok: false, error: r.error };
    const mismatched = lines.filter((l, i) => {
      const want = (JSON.parse(l) as { expect: Record<string, Record<string, unknown>> }).expect;
      const got = out[i + 1];
      return ['taskmanager', 'jobmanager'].some((p) => canonical(pick(got[p])) !== canonical(pick(want[p])));
    });
    expect(mismatched).toEqual([]);
  });
});
