// The base side of a comparison costs a bounded number of git processes, however many files the
// change touches: every git the run starts is counted through a wrapper first on PATH.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseCommit, lintAtCommit } from '../../src/cli/compare.js';
import { lintBase } from '../../src/engine/index.js';
import { loadBaseSide } from '../../src/github/base-side.js';
import { commit, git, writeFiles } from '../helpers/action-run.js';

const FILES = 240;
const conf = (size: string, i: number) =>
  `taskmanager.memory.process.size: ${size}\njobmanager.memory.process.size: 1600m\n# job ${i}\n`;

describe('the base side spawns a bounded number of git processes', () => {
  let root: string;
  let work: string;
  let base: string;
  let log: string;
  let savedPath: string | undefined;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-base-git-'));
    work = path.join(root, 'work');
    git(root, 'init', '-q', '-b', 'main', work);
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) files[`jobs/job-${i}/flink-conf.yaml`] = conf('1728m', i);
    base = commit(work, files, 'base');
    // The head: every file changed, some renamed, some removed, some added (committed and untracked).
    const head: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) head[`jobs/job-${i}/flink-conf.yaml`] = conf('2048m', i);
    writeFiles(work, head);
    for (let i = 0; i < 20; i++) {
      mkdirSync(path.join(work, `moved/job-${i}`), { recursive: true });
      git(work, 'mv', `jobs/job-${i}/flink-conf.yaml`, `moved/job-${i}/flink-conf.yaml`);
    }
    for (let i = 20; i < 30; i++) git(work, 'rm', '-q', '-f', `jobs/job-${i}/flink-conf.yaml`);
    commit(work, { 'added/a/flink-conf.yaml': conf('1g', -1) }, 'head');
    writeFiles(work, { 'untracked/flink-conf.yaml': conf('1g', -2) });

    const bin = path.join(root, 'bin');
    mkdirSync(bin);
    log = path.join(root, 'git.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    savedPath = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`;
  });

  afterAll(() => {
    process.env.PATH = savedPath;
    rmSync(root, { recursive: true, force: true });
  });

  const spawned = (): string[] => {
    let lines: string[] = [];
    try {
      lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    } catch {
      // None yet.
    }
    writeFileSync(log, '');
    return lines;
  };

  it('lint --base: the base against the work tree', async () => {
    spawned();
    const revision = await lintAtCommit(base, await baseCommit(base, work), {
      cwd: work,
      paths: ['.'],
      concurrency: 1,
    });
    const processes = spawned();
    // Every base file is read: the changed and renamed ones, and the removed ones.
    expect(revision.report.configs).toHaveLength(FILES);
    expect(revision.touched.filter((f) => f.basePath && f.basePath !== f.path)).toHaveLength(20);
    expect(processes.length).toBeGreaterThan(0);
    expect(processes.length).toBeLessThanOrEqual(12);
    expect(processes.filter((p) => /\bcat-file\b/.test(p)).every((p) => /--batch/.test(p))).toBe(true);
  });

  it('the action: the base commit against HEAD', async () => {
    spawned();
    const side = await loadBaseSide({ cwd: work, baseRef: base });
    const revision = await lintBase({ cwd: work, paths: ['.'], concurrency: 1 }, side!);
    const processes = spawned();
    expect(revision.report.configs).toHaveLength(FILES);
    expect(processes.length).toBeLessThanOrEqual(8);
  });
});
