import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const MIB = 1 << 20;

function run(command: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, command, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Derived {
  taskmanager: { ok: boolean; memory: Record<string, number> };
  jobmanager: { ok: boolean };
}

/** `derive --format json` of a flink-conf.yaml holding these keys: the check the answers are held to. */
function deriveJson(dir: string, version: string, set: Record<string, string>, base = '') {
  const file = join(dir, `derive-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    base +
      Object.entries(set)
        .map(([k, v]) => `${k}: ${v}\n`)
        .join(''),
  );
  const r = run('derive', [file, '--flink-version', version, '--format', 'json']);
  return JSON.parse(r.stdout) as Derived;
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 600000);

describe('flink-memory-lint size (the built bundle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));

  it('fills a 4Gi pod with RocksDB and 4 slots; one MiB more would not fit the container', () => {
    const r = run('size', [
      '--container',
      '4Gi',
      '--state-backend',
      'rocksdb',
      '--slots',
      '4',
      '--flink-version',
      '1.20',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).slice(0, 5)).toEqual([
      'flinkVersion',
      'set',
      'remove',
      'taskmanager',
      'jobmanager',
    ]);
    expect(json.set['state.backend.type']).toBe('rocksdb');
    expect(json.set['taskmanager.numberOfTaskSlots']).toBe('4');
    expect(json.taskmanager.memory.totalProcess).toBe(4096 * MIB);
    expect(json.taskmanager.memory.managed).toBeGreaterThan(0);
    // RESULT is exactly what derive prints for the same keys on Flink's default file.
    const derived = deriveJson(dir, '1.20', json.set, 'jobmanager.memory.process.size: 1600m\n');
    expect(json.taskmanager).toEqual(derived.taskmanager);
    expect(json.jobmanager).toEqual(derived.jobmanager);
  });

  it('finds the smallest process for per-slot targets: one MiB less misses them', () => {
    const r = run('size', [
      '--task-heap-per-slot',
      '512m',
      '--managed-per-slot',
      '256m',
      '--slots',
      '2',
      '--flink-version',
      '1.17',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    const m = json.taskmanager.memory;
    expect(Math.floor(m.taskHeap / 2)).toBeGreaterThanOrEqual(512 * MIB);
    expect(Math.floor(m.managed / 2)).toBeGreaterThanOrEqual(256 * MIB);
    const size = json.set['taskmanager.memory.process.size'];
    const less = { ...json.set, 'taskmanager.memory.process.size': `${m.totalProcess / MIB - 1}m` };
    const smaller = deriveJson(dir, '1.17', less).taskmanager;
    expect(size).toBe(`${m.totalProcess / MIB}m`);
    expect(!smaller.ok || Math.floor(smaller.memory.taskHeap / 2) < 512 * MIB).toBe(true);
  });

  it('adjusts a FlinkDeployment: resource.memory in its own units, the keys it keeps', () => {
    const file = join(dir, 'deployment.yaml');
    writeFileSync(
      file,
      [
        'apiVersion: flink.apache.org/v1beta1',
        'kind: FlinkDeployment',
        'metadata:',
        '  name: job',
        'spec:',
        '  flinkVersion: v1_18',
        '  flinkConfiguration:',
        '    taskmanager.numberOfTaskSlots: "2"',
        '    taskmanager.memory.managed.fraction: "0.3"',
        '  jobManager:',
        '    resource:',
        '      memory: "1600m"',
        '  taskManager:',
        '    resource:',
        '      memory: "8Gi"',
        '',
      ].join('\n'),
    );
    const r = run('size', [file, '--container', '3Gi']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Flink 1.18 (kubernetes)');
    expect(r.stdout).toMatch(/taskManager:\n\s+resource:\n\s+memory: "3Gi"/);
    expect(r.stdout).not.toContain('managed.fraction');
  });

  it('removes an explicit key that makes the fit impossible, and says why', () => {
    const file = join(dir, 'flink-conf.yaml');
    writeFileSync(file, 'taskmanager.memory.task.heap.size: 5g\ntaskmanager.memory.process.size: 6g\n');
    const r = run('size', [file, '--container', '4Gi', '--flink-version', '1.19', '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.remove).toContain('taskmanager.memory.task.heap.size');
    expect(json.dropped[0].why).toContain('alone exceeds the 4096 MiB container');
    expect(json.set['taskmanager.memory.process.size']).toBe('4g');
  });

  it('answers an impossible request with the smallest container, exit 1', () => {
    const r = run('size', ['--container', '512Mi', '--flink-version', '1.18', '--metaspace', '256m']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/The smallest container that works is \d+ MiB/);
    const smallest = Number(/smallest container that works is (\d+) MiB/.exec(r.stdout)![1]);
    const atSmallest = deriveJson(dir, '1.18', { 'taskmanager.memory.process.size': `${smallest}m` });
    const below = deriveJson(dir, '1.18', { 'taskmanager.memory.process.size': `${smallest - 1}m` });
    expect(atSmallest.taskmanager.ok).toBe(true);
    expect(below.taskmanager.ok).toBe(false);
  });

  it('shows a file name or key holding control characters as escapes, in size and upgrade', () => {
    const folder = join(dir, 'a\u001b[31mred');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'flink-conf.yaml');
    writeFileSync(file, 'taskmanager.memory.process.size: 2g\n');
    for (const r of [run('size', ['--container', '4Gi', file]), run('upgrade', ['--to', '2.0', file])]) {
      expect(r.stdout).toContain('a\\x1b[31mred');
      expect(r.stdout).not.toContain('\u001b[31m');
    }
  });

  it('answers for each config of a file of several, named, or for the one --select / --document picks', () => {
    const file = join(dir, 'docker-compose.yml');
    writeFileSync(
      file,
      [
        'services:',
        '  tm-rocks:',
        '    image: flink:1.18',
        '    command: taskmanager',
        '    environment:',
        '      FLINK_PROPERTIES: |',
        '        taskmanager.numberOfTaskSlots: 2',
        '        state.backend.type: rocksdb',
        '  tm-heap:',
        '    image: flink:1.20',
        '    command: taskmanager',
        '    environment:',
        '      FLINK_PROPERTIES: |',
        '        taskmanager.numberOfTaskSlots: 4',
        '        state.backend.type: hashmap',
        '',
      ].join('\n'),
    );
    const all = run('size', [file, '--container', '4Gi', '--format', 'json']);
    expect(all.status).toBe(0);
    const each = (JSON.parse(all.stdout) as { configs: { name: string; flinkVersion: string }[] }).configs;
    expect(each.map((c) => [c.name, c.flinkVersion])).toEqual([
      ['tm-rocks', '1.18'],
      ['tm-heap', '1.20'],
    ]);
    const text = run('size', [file, '--container', '4Gi']).stdout;
    expect(text).toContain('tm-rocks');
    expect(text).toContain('tm-heap');
    const one = run('size', [file, '--container', '4Gi', '--select', 'tm-heap', '--format', 'json']);
    const answer = JSON.parse(one.stdout) as {
      flinkVersion: string;
      taskmanager: { memory: Record<string, number> };
    };
    expect(answer.flinkVersion).toBe('1.20');
    expect(answer.taskmanager.memory.managed).toBe(0);
    expect(
      JSON.parse(run('size', [file, '--container', '4Gi', '--document', '1', '--format', 'json']).stdout),
    ).toEqual(expect.objectContaining({ flinkVersion: '1.18' }));
    expect(run('size', [file, '--container', '4Gi', '--select', 'nope']).status).toBe(2);
  });

  it('exits 2 on usage errors', () => {
    expect(run('size', ['--container', 'lots']).status).toBe(2);
    expect(run('size', ['--container', '4Gi', '--process', '4g']).status).toBe(2);
    expect(run('size', ['--slots', '0']).status).toBe(2);
    expect(run('size', ['--state-backend', 'forst', '--flink-version', '1.18']).status).toBe(2);
    expect(run('size', ['--flink-version', '0.9']).status).toBe(2);
    expect(run('size', ['--state-backend', 'memory']).status).toBe(2);
  });
});
