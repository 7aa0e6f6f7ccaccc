import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'upgrade', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}, 600000);

describe('flink-memory-lint upgrade (the built bundle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
  const conf = join(dir, 'flink-conf.yaml');
  writeFileSync(
    conf,
    [
      'taskmanager.memory.process.size: 16g',
      'taskmanager.numberOfTaskSlots: 4',
      'jobmanager.memory.process.size: 1600m',
      'state.backend: rocksdb',
      '',
    ].join('\n'),
  );

  it('moves a 1.16 flink-conf.yaml to a 2.0 config.yaml, keeping the sizes it asks for', () => {
    const out = join(dir, 'config.yaml');
    const r = run([
      conf,
      '--from',
      '1.16',
      '--to',
      '2.0',
      '--keep-sizes',
      '--output',
      out,
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      renamed: { key: string; successor?: string }[];
      defaults: { key: string }[];
      before: { taskmanager: { memory: Record<string, number> } };
      after: { taskmanager: { memory: Record<string, number> } };
      file: { name: string; text: string };
    };
    expect(json.renamed).toContainEqual(
      expect.objectContaining({ key: 'state.backend', successor: 'state.backend.type' }),
    );
    expect(json.defaults.map((d) => d.key)).toContain('taskmanager.memory.network.max');
    expect(json.file.name).toBe('config.yaml');
    expect(readFileSync(out, 'utf8')).toBe(json.file.text);
    expect(json.file.text).toMatch(/^state:\n {2}backend:\n {4}type: rocksdb$/m);
    expect(json.after.taskmanager.memory.managed).toBe(json.before.taskmanager.memory.managed);
    expect(json.after.taskmanager.memory.taskHeap).toBeGreaterThanOrEqual(
      json.before.taskmanager.memory.taskHeap,
    );
  });

  it('prints the breakdowns side by side', () => {
    const r = run([conf, '--from', '1.16', '--to', '2.0']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/TaskManager\s+Flink 1\.16\s+Flink 2\.0/);
    // 1.17 lifted the 1 GiB network cap: a tenth of 14.75 GiB of Flink memory.
    expect(r.stdout).toMatch(/Network\s+1024 MiB\s+1510\.4 MiB {2}\*/);
  });

  it('rewrites a file of several FlinkDeployments in place with --write; derive reads each on 2.0', () => {
    const file = join(dir, 'flink.yaml');
    const text = [
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: orders',
      'spec:',
      '  image: flink:1.18',
      '  flinkVersion: v1_18',
      '  flinkConfiguration:',
      '    # RocksDB, as the team decided',
      '    state.backend: rocksdb',
      '    taskmanager.numberOfTaskSlots: "2"',
      '  jobManager: {resource: {memory: 1600m, cpu: 1}}',
      '  taskManager: {resource: {memory: 4Gi, cpu: 2}}',
      '---',
      'apiVersion: flink.apache.org/v1beta1',
      'kind: FlinkDeployment',
      'metadata:',
      '  name: payments',
      'spec:',
      '  image: flink:1.18',
      '  flinkVersion: v1_18',
      '  flinkConfiguration:',
      '    state.backend: hashmap',
      '  jobManager: {resource: {memory: 1600m, cpu: 1}}',
      '  taskManager: {resource: {memory: 2Gi, cpu: 1}}',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const listed = run([file, '--to', '2.0', '--format', 'json']);
    expect(listed.status).toBe(0);
    const json = JSON.parse(listed.stdout) as { configs: { name: string; set: Record<string, string> }[] };
    expect(json.configs.map((c) => [c.name, c.set])).toEqual([
      ['orders', { 'state.backend.type': 'rocksdb' }],
      ['payments', { 'state.backend.type': 'hashmap' }],
    ]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(run([file, '--to', '2.0', '--select', 'payments', '--write']).status).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(once.split('---')[0]).toBe(text.split('---')[0]);
    expect(once).toContain('  flinkVersion: v2_0\n  flinkConfiguration:\n    state.backend.type: hashmap\n');
    expect(run([file, '--to', '2.0', '--write']).status).toBe(0);
    const rewritten = readFileSync(file, 'utf8');
    expect(rewritten).toContain('    # RocksDB, as the team decided\n    state.backend.type: rocksdb\n');
    for (const name of ['orders', 'payments']) {
      const r = spawnSync(process.execPath, [cli, 'derive', file, '--select', name, '--format', 'json'], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      const derived = JSON.parse(r.stdout) as { flinkVersion: string; taskmanager: { ok: boolean } };
      expect(derived.flinkVersion).toBe('2.0');
      expect(derived.taskmanager.ok).toBe(true);
    }
    // Nothing left to change on 2.0: the file stays as it is.
    expect(run([file, '--to', '2.0', '--write']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(rewritten);
  });

  it('exits 2 without a target version', () => {
    expect(run([conf]).status).toBe(2);
    expect(run([conf, '--to', '3.7']).status).toBe(2);
  });
});
