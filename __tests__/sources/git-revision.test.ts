import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  changedFiles,
  fileAtCommit,
  insidePaths,
  insideWorkTree,
  filesAtCommit,
  resolveCommit,
} from '../../src/sources/discover/git-revision.js';
import { commit, git, writeFiles } from '../helpers/action-run.js';

describe('git revisions', () => {
  let root: string;
  let work: string;
  let base: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-revision-'));
    work = path.join(root, 'work');
    git(root, 'init', '-q', '-b', 'main', work);
    base = commit(
      work,
      {
        'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 1728m\n',
        'old/config.yaml': 'taskmanager:\n  memory:\n    process:\n      size: 2g\n',
      },
      'base',
    );
    mkdirSync(path.join(work, 'new'));
    git(work, 'mv', 'old/config.yaml', 'new/config.yaml');
    commit(work, { 'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 4096m\n' }, 'head');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('tells a work tree from a plain folder', async () => {
    expect(await insideWorkTree(path.join(work, 'conf'))).toBe(true);
    expect(await insideWorkTree(mkdtempSync(path.join(os.tmpdir(), 'fml-plain-')))).toBe(false);
  });

  it('lists the commit against HEAD, or against the work tree with its untracked files', async () => {
    writeFiles(work, {
      'new/config.yaml': 'taskmanager:\n  memory:\n    process:\n      size: 3g\n',
      'scratch/flink-conf.yaml': 'x: 1\n',
      '.gitignore': 'ignored/\n',
      'ignored/flink-conf.yaml': 'x: 1\n',
    });
    try {
      const committed = await changedFiles(work, base, 'HEAD');
      expect(committed).toEqual(
        expect.arrayContaining([
          { path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' },
          { path: 'new/config.yaml', basePath: 'old/config.yaml' },
        ]),
      );
      expect(committed).toHaveLength(2);
      // Against the work tree only files discovery reads are compared (not the changed .gitignore).
      const head = await changedFiles(work, (await resolveCommit(work, 'HEAD'))!, 'work-tree');
      expect(head).toEqual(
        expect.arrayContaining([
          { path: 'new/config.yaml', basePath: 'new/config.yaml' },
          { path: 'scratch/flink-conf.yaml' },
        ]),
      );
      expect(head).toHaveLength(2);
    } finally {
      git(work, 'checkout', '-q', '--', '.');
      git(work, 'clean', '-q', '-fdx');
    }
  });

  it('reads a file as it is at a commit, relative to the folder it runs in', async () => {
    expect((await fileAtCommit(path.join(work, 'conf'), base, 'flink-conf.yaml'))?.toString()).toContain(
      '1728m',
    );
    expect(await fileAtCommit(work, base, 'new/config.yaml')).toBeUndefined();
  });

  it('fetches a missing ref from origin only when asked', async () => {
    const clone = path.join(root, 'clone');
    git(root, 'clone', '-q', '--depth', '1', `file://${work}`, clone);
    git(work, 'branch', 'later', base);
    expect(await resolveCommit(clone, 'later')).toBeUndefined();
    expect(await resolveCommit(clone, 'later', { fetch: true })).toBe(base);
    expect(await resolveCommit(clone, '--help')).toBeUndefined();
  });

  it('runs no hook, fsmonitor, external diff or textconv the repository configures', async () => {
    const marker = path.join(root, 'ran');
    const script = path.join(root, 'script.sh');
    writeFiles(root, { 'script.sh': `#!/bin/sh\ntouch '${marker}'\n` });
    chmodSync(script, 0o755);
    const repo = path.join(root, 'hostile');
    git(root, 'clone', '-q', work, repo);
    writeFiles(repo, { '.gitattributes': '*.yaml diff=run\n', 'conf/flink-conf.yaml': 'x: 2\n' });
    for (const [key, value] of [
      ['core.fsmonitor', script],
      ['core.hooksPath', root],
      ['diff.external', script],
      ['diff.run.command', script],
      ['diff.run.textconv', script],
    ])
      git(repo, 'config', key, value);
    const touched = await changedFiles(repo, base, 'work-tree');
    expect(touched).toEqual(
      expect.arrayContaining([{ path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' }]),
    );
    expect((await fileAtCommit(repo, base, 'conf/flink-conf.yaml'))?.toString()).toContain('1728m');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('filesAtCommit', () => {
  it('reads many files at a commit in one batch, refusing links, submodules and files over the limit', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fml-base-files-'));
    try {
      const work = path.join(root, 'work');
      git(root, 'init', '-q', '-b', 'main', work);
      writeFiles(work, { 'outside.yaml': 'secret: 1\n' });
      symlinkSync('../outside.yaml', path.join(work, 'link.yaml'));
      const big = 'x: 1\n'.repeat(Math.ceil((1024 * 1024) / 5) + 1);
      const commitId = commit(
        work,
        {
          'a/flink-conf.yaml': 'taskmanager.memory.process.size: 1g\n',
          'b/config.yaml': '\u00e9t\u00e9: 1\n',
          'big.yaml': big,
          'empty.yaml': '',
        },
        'base',
      );
      // Changed after the commit: the commit's bytes are read, never the work tree's.
      writeFiles(work, { 'a/flink-conf.yaml': 'taskmanager.memory.process.size: 9g\n' });
      const read = await filesAtCommit(work, commitId, [
        'a/flink-conf.yaml',
        'b/config.yaml',
        'big.yaml',
        'link.yaml',
        'empty.yaml',
        'missing.yaml',
      ]);
      const text = (file: string) => {
        const one = read?.get(file);
        return one?.ok ? one.bytes.toString('utf8') : one?.message;
      };
      expect(text('a/flink-conf.yaml')).toBe('taskmanager.memory.process.size: 1g\n');
      expect(text('b/config.yaml')).toBe('\u00e9t\u00e9: 1\n');
      expect(text('empty.yaml')).toBe('');
      expect(text('big.yaml')).toMatch(/above the 1048576-byte limit; not read/);
      expect(text('link.yaml')).toMatch(/symbolic link/);
      expect(read?.has('missing.yaml')).toBe(false);
      // Relative to the folder git runs in, as the touched files are.
      const inside = await filesAtCommit(path.join(work, 'a'), commitId, ['flink-conf.yaml']);
      expect(inside?.get('flink-conf.yaml')?.ok).toBe(true);
      expect(await filesAtCommit(work, 'no-such-commit', ['a/flink-conf.yaml'])).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('insidePaths', () => {
  it('keeps the files under the linted paths', () => {
    const inside = insidePaths(['conf/', 'deploy/job.yaml', './k8s']);
    expect(['conf/flink-conf.yaml', 'deploy/job.yaml', 'k8s/a/b.yaml'].every(inside)).toBe(true);
    expect(['confx/flink-conf.yaml', 'deploy/job.yaml.bak', 'other.yaml'].some(inside)).toBe(false);
    expect(insidePaths(['.'])('any/where.yaml')).toBe(true);
  });
});
