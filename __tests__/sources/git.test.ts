import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseNameStatus, trackedFileCount } from '../../src/sources/discover/git.js';

describe('parseNameStatus', () => {
  it('reads modified, added, deleted, renamed and copied files', () => {
    const output = [
      'M',
      'conf/flink-conf.yaml',
      'A',
      'new.yaml',
      'D',
      'gone.yaml',
      'R087',
      'old/a.yaml',
      'new/a.yaml',
      'C100',
      'x.yaml',
      'y.yaml',
      '',
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' },
      { path: 'new.yaml', basePath: undefined },
      { path: 'gone.yaml', basePath: 'gone.yaml' },
      { path: 'new/a.yaml', basePath: 'old/a.yaml' },
      { path: 'y.yaml', basePath: undefined },
    ]);
  });

  it('keeps unusual file names whole', () => {
    expect(parseNameStatus('M\0dir with space/flink,conf.yaml\0')).toEqual([
      { path: 'dir with space/flink,conf.yaml', basePath: 'dir with space/flink,conf.yaml' },
    ]);
  });
});

describe('trackedFileCount', () => {
  it("reads the count from git's index, from any folder of the work tree and a linked worktree", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fml-index-'));
    try {
      const repo = path.join(root, 'repo');
      mkdirSync(path.join(repo, 'a', 'b'), { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          cwd: repo,
          stdio: 'pipe',
        });
      git('init', '-q');
      expect(trackedFileCount(repo)).toBeUndefined(); // no index yet
      for (let i = 0; i < 7; i++) writeFileSync(path.join(repo, 'a', `f${i}.yaml`), `k: ${i}\n`);
      writeFileSync(path.join(repo, 'untracked.yaml'), 'k: v\n');
      git('add', 'a');
      expect(trackedFileCount(repo)).toBe(7);
      expect(trackedFileCount(path.join(repo, 'a', 'b'))).toBe(7);
      git('commit', '-q', '-m', 'seven');
      git('worktree', 'add', '-q', path.join(root, 'linked'));
      expect(trackedFileCount(path.join(root, 'linked', 'a'))).toBe(7);
      writeFileSync(path.join(repo, '.git', 'index'), 'not an index');
      expect(trackedFileCount(repo)).toBeUndefined();
      expect(trackedFileCount(os.tmpdir())).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
