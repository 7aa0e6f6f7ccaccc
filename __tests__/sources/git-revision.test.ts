import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  changedFiles,
  fileAtCommit,
  insidePaths,
  insideWorkTree,
  resolveCommit,
  writeBaseFiles,
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
      const head = await changedFiles(work, (await resolveCommit(work, 'HEAD'))!, 'work-tree');
      expect(head).toEqual(
        expect.arrayContaining([
          { path: 'new/config.yaml', basePath: 'new/config.yaml' },
          { path: 'scratch/flink-conf.yaml' },
          { path: '.gitignore' },
        ]),
      );
      expect(head).toHaveLength(3);
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

describe('writeBaseFiles', () => {
  it('writes the wanted base files at their base paths, never outside the folder', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fml-base-files-'));
    try {
      const problems: string[] = [];
      const contents: Record<string, Buffer> = {
        'old/a.yaml': Buffer.from('a: 1\n'),
        'big.yaml': Buffer.alloc(1024 * 1024 + 1, 'x'),
        '../escape.yaml': Buffer.from('x: 1\n'),
      };
      const dir = await writeBaseFiles({
        tempRoot: root,
        touched: [
          { path: 'new/a.yaml', basePath: 'old/a.yaml' },
          { path: 'added.yaml' },
          { path: 'big.yaml', basePath: 'big.yaml' },
          { path: 'escape.yaml', basePath: '../escape.yaml' },
          { path: 'elsewhere/b.yaml', basePath: 'elsewhere/b.yaml' },
        ],
        wanted: (file) => !file.startsWith('elsewhere/'),
        read: (file) => Promise.resolve(contents[file]),
        problems,
      });
      expect(path.dirname(dir)).toBe(root);
      expect(readFileSync(path.join(dir, 'old/a.yaml'), 'utf8')).toBe('a: 1\n');
      expect(existsSync(path.join(dir, 'big.yaml'))).toBe(false);
      expect(existsSync(path.join(root, 'escape.yaml'))).toBe(false);
      expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
      expect(problems).toEqual(['skipped base file with an unsafe path: "../escape.yaml"']);
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
