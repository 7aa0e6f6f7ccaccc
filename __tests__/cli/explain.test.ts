import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFiles } from '../helpers/action-run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('flink-memory-lint explain (the built bundle)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
  });

  test('lists every built-in rule with its severity and title', () => {
    const { status, stdout } = run(['explain']);
    expect(status).toBe(0);
    const ids = stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    const shipped = readdirSync(path.join(ROOT, 'policies')).map((f) => f.replace(/\.json$/, ''));
    expect(ids).toEqual([...shipped].sort());
    expect(stdout).toMatch(/^hashmap-managed-memory\s+warning\s+\S/m);
  });

  test("prints a rule's docs page as text for a terminal, its links absolute", () => {
    const { status, stdout } = run(['explain', 'hashmap-managed-memory']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^hashmap-managed-memory — .+\n=+\n/);
    expect(stdout).toContain('taskmanager.memory.managed.size: 0');
    // No Markdown marks left, and no relative link.
    expect(stdout).not.toMatch(/\]\(|\*\*|^#+ /m);
    expect(stdout).toContain(
      'policies/hashmap-managed-memory/policy.json (https://github.com/flink-memory-lint/flink-memory-lint/blob/main/policies/hashmap-managed-memory/policy.json)',
    );
    expect(stdout).not.toMatch(/\((?!https?:)\.\.?\//);
  });

  test('suggests the rule meant by a near miss', () => {
    const r = run(['explain', 'hashmap-managed-memroy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Did you mean 'hashmap-managed-memory'?");
  });

  test('explains a user policy from its file, and refuses an unknown id with exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fml-explain-'));
    writeFiles(dir, {
      'team/small-jm.json': JSON.stringify({
        id: 'team-small-jm',
        severity: 'info',
        title: 'JobManagers stay small',
        description: 'Session clusters share nodes.',
        appliesTo: ['jobmanager'],
        message: 'big',
        fix: { set: { 'jobmanager.memory.process.size': '1g' }, description: 'Shrink it.' },
      }),
    });
    const user = run(['explain', 'team-small-jm', '--policies', path.join(dir, 'team')]);
    expect(user.status).toBe(0);
    expect(user.stdout).toBe(
      '# team-small-jm: JobManagers stay small\n\nSeverity: info\n\nSession clusters share nodes.\n\nFix: Shrink it. jobmanager.memory.process.size: 1g\n',
    );
    const unknown = run(['explain', 'no-such-rule']);
    expect([unknown.status, unknown.stderr]).toEqual([
      2,
      "flink-memory-lint: no rule 'no-such-rule'. Run 'flink-memory-lint explain' for the list.\n",
    ]);
  });

  test('a reader that closes the pipe early ends the run quietly', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} explain | head -1`], {
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
