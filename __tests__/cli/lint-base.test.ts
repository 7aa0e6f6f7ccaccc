import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commit, git, writeFiles } from '../helpers/action-run.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const MIB = 2 ** 20;

const SESSION = (jobManager: string) => `# Session cluster
taskmanager.numberOfTaskSlots: 4
parallelism.default: 4
jobmanager.memory.process.size: ${jobManager}
taskmanager.memory.process.size: 2g
state.backend.type: rocksdb
execution.checkpointing.interval: 60s
`;

const BASE = {
  'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n',
  'old/flink-conf.yaml': SESSION('1600m'),
  'same/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\njobmanager.memory.process.size: 1600m\n',
  // Flink refuses it: an error finding, on the base side only.
  'gone/flink-conf.yaml': 'taskmanager.memory.process.size: 100m\njobmanager.memory.process.size: 1600m\n',
};

interface DiffJson {
  file: string;
  line: number;
  status: string;
  baseFile?: string;
  processes: Record<
    string,
    {
      changed: boolean;
      rows: { component: string; base: number | null; head: number | null; change: number | null }[];
    }
  >;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'lint', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(cwd: string, ...args: string[]) {
  const { status, stdout, stderr } = run(cwd, '--format', 'json', ...args);
  expect(stderr).toBe('');
  return {
    status,
    document: JSON.parse(stdout) as {
      base: { ref: string; commit: string };
      diffs: DiffJson[];
      configs: { file: string }[];
      findings: { file: string; severity: string }[];
    },
  };
}

const row = (diff: DiffJson, process: string, component: string) =>
  diff.processes[process].rows.find((r) => r.component === component);

/** The "Changed against" section: from its headline to the summary line (`N Flink configs in`). */
function section(text: string): string {
  const rest = text.slice(text.indexOf('Changed against'));
  const end = rest.search(/^[\d,]+ Flink configs? in /m);
  expect(end).toBeGreaterThan(0);
  return rest.slice(0, end);
}

describe('flink-memory-lint lint --base REF (the built bundle, a real git repository)', () => {
  let root: string;
  let work: string;
  let baseSha: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
    root = mkdtempSync(path.join(tmpdir(), 'fml-base-cli-'));
    work = path.join(root, 'work');
    git(root, 'init', '-q', '-b', 'main', work);
    baseSha = commit(work, BASE, 'base');
    git(work, 'tag', 'v1');
    mkdirSync(path.join(work, 'jobs'));
    git(work, 'mv', 'old/flink-conf.yaml', 'jobs/flink-conf.yaml');
    git(work, 'rm', '-q', 'gone/flink-conf.yaml');
    commit(
      work,
      {
        'conf/flink-conf.yaml':
          'taskmanager.memory.process.size: 4096m\njobmanager.memory.process.size: 1600m\n',
        'jobs/flink-conf.yaml': SESSION('2048m'),
        'added/flink-conf.yaml': 'taskmanager.memory.process.size: 3g\njobmanager.memory.process.size: 1g\n',
      },
      'head',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('text: a Changed-against section after the configs, with base, head and the signed change', () => {
    const { status, stdout, stderr } = run(work, '--base', 'v1');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const changes = section(stdout);
    expect(stdout.indexOf('same/flink-conf.yaml:1  flink-conf')).toBeLessThan(
      stdout.indexOf('Changed against'),
    );
    expect(changes.split('\n')[0]).toBe(
      `Changed against v1 (${baseSha.slice(0, 12)}): 4 configs in the files that differ: 2 changed, 1 added, 1 removed`,
    );
    expect(changes).toMatch(/conf\/flink-conf\.yaml:1 {2}changed\n {2}TaskManager +base +head +change\n/);
    expect(changes).toMatch(/\n {2}Total Process +1728 MiB +4096 MiB +\+2368 MiB\n/);
    expect(changes).toContain('  JobManager unchanged: process 1600 MiB');
    expect(changes).toContain('jobs/flink-conf.yaml:1  changed, renamed from old/flink-conf.yaml');
    expect(changes).toMatch(
      /JobManager +base +head +change\n {2}Total Process +1600 MiB +2048 MiB +\+448 MiB\n/,
    );
    expect(changes).toMatch(
      /added\/flink-conf\.yaml:1 {2}added\n {2}TaskManager[^\n]*\n {2}Total Process +— +3072 MiB +—/,
    );
    expect(changes).toContain('gone/flink-conf.yaml:1  removed');
    expect(changes).not.toContain('same/');
  });

  test('json: base and diffs in bytes, the rename paired, findings from the head only', () => {
    const { status, document } = json(work, '--base', 'v1', '--fail-on', 'warning');
    expect(status).toBe(1);
    expect(document.base).toEqual({ ref: 'v1', commit: baseSha });
    expect(document.diffs.map((d) => [d.file, d.status])).toEqual([
      ['added/flink-conf.yaml', 'added'],
      ['conf/flink-conf.yaml', 'changed'],
      ['gone/flink-conf.yaml', 'removed'],
      ['jobs/flink-conf.yaml', 'changed'],
    ]);
    const [added, conf, gone, jobs] = document.diffs;
    expect(row(conf, 'taskmanager', 'Total Process')).toEqual({
      component: 'Total Process',
      base: 1728 * MIB,
      head: 4096 * MIB,
      change: 2368 * MIB,
    });
    expect(conf.processes.jobmanager.changed).toBe(false);
    expect(jobs).toMatchObject({ baseFile: 'old/flink-conf.yaml', line: 1 });
    expect(row(jobs, 'jobmanager', 'Total Process')).toMatchObject({ base: 1600 * MIB, change: 448 * MIB });
    expect(jobs.processes.taskmanager.changed).toBe(false);
    expect(row(added, 'taskmanager', 'Total Process')).toEqual({
      component: 'Total Process',
      base: null,
      head: 3072 * MIB,
      change: null,
    });
    expect(gone.baseFile).toBe('gone/flink-conf.yaml');
    expect(row(gone, 'jobmanager', 'Total Process')).toMatchObject({ base: 1600 * MIB, head: null });
    // The base side refuses gone/ (100m): that error is not the head's.
    expect(document.findings.length).toBeGreaterThan(0);
    expect(document.findings.filter((f) => f.file.startsWith('gone/'))).toEqual([]);
    expect(document.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Without --base the document is as it was.
    const plain = json(work).document;
    expect(plain).not.toHaveProperty('base');
    expect(plain).not.toHaveProperty('diffs');
    expect(plain.findings).toEqual(document.findings);
  });

  test('markdown: the summary shows the change of each changed config', () => {
    const { status, stdout } = run(work, '--base', 'v1', '--format', 'markdown');
    expect(status).toBe(0);
    expect(stdout).toContain(
      `> Changed against v1 (${baseSha.slice(0, 12)}): 4 configs in the files that differ`,
    );
    expect(stdout).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    expect(stdout).toContain('| Total Process | 1600 MiB | 2048 MiB | **+448 MiB** |');
  });

  test('the linted paths bound the comparison, and paths are relative to the folder it runs in', () => {
    const onlyConf = json(work, '--base', 'v1', 'conf').document;
    expect(onlyConf.diffs.map((d) => d.file)).toEqual(['conf/flink-conf.yaml']);
    // Renamed from outside the folder it runs in: there it was not, so it is added.
    const inside = json(path.join(work, 'jobs'), '--base', 'v1').document;
    expect(inside.diffs.map((d) => [d.file, d.status])).toEqual([['flink-conf.yaml', 'added']]);
    const conf = json(path.join(work, 'conf'), '--base', 'v1').document;
    expect(conf.diffs).toEqual([expect.objectContaining({ file: 'flink-conf.yaml', status: 'changed' })]);
    expect(row(conf.diffs[0], 'taskmanager', 'Total Process')).toMatchObject({ change: 2368 * MIB });
  });

  test('the head side is the work tree: uncommitted edits and untracked files count', () => {
    const clone = path.join(root, 'dirty');
    git(root, 'clone', '-q', work, clone);
    writeFiles(clone, {
      'same/flink-conf.yaml':
        'taskmanager.memory.process.size: 2560m\njobmanager.memory.process.size: 1600m\n',
      'scratch/flink-conf.yaml': 'taskmanager.memory.process.size: 1g\njobmanager.memory.process.size: 1g\n',
    });
    const { document } = json(clone, '--base', 'HEAD');
    expect(document.diffs.map((d) => [d.file, d.status])).toEqual([
      ['same/flink-conf.yaml', 'changed'],
      ['scratch/flink-conf.yaml', 'added'],
    ]);
    expect(row(document.diffs[0], 'taskmanager', 'Total Process')).toMatchObject({ change: 512 * MIB });
  });

  test('a ref git cannot resolve is a usage error in one line', () => {
    for (const ref of ['no-such-ref', '--upload-pack=touch x']) {
      const { status, stdout, stderr } = run(work, `--base=${ref}`);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `flink-memory-lint: --base ${ref}: git cannot resolve it to a commit in this repository\n`,
      );
    }
    expect(existsSync(path.join(work, 'x'))).toBe(false);
  });

  test('outside a git work tree, --base is a usage error in one line', () => {
    const plain = mkdtempSync(path.join(root, 'plain-'));
    writeFiles(plain, { 'flink-conf.yaml': 'taskmanager.memory.process.size: 2g\n' });
    const { status, stdout, stderr } = run(plain, '--base', 'main');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^flink-memory-lint: --base needs a git work tree: .* is not in one\n$/);
  });

  test('leaves no base folder behind', () => {
    const temp = mkdtempSync(path.join(root, 'tmp-'));
    const result = spawnSync(process.execPath, [CLI, 'lint', '--base', 'v1'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: temp },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Changed against v1');
    expect(readdirSync(temp)).toEqual([]);
  });
});
