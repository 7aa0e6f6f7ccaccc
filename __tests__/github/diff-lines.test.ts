import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changedLines, parsePatch } from '../../src/github/diff-lines.js';
import { commit, git } from '../helpers/action-run.js';
import { FakeGitHub } from '../helpers/fake-github.js';

describe('parsePatch', () => {
  it('gives the added head lines and the hunks with their context', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' a: 1',
      '-b: 2',
      '+b: 3',
      '+c: 4',
      ' d: 5',
      ' e: 6',
      '@@ -20,2 +21,0 @@',
      '-x: 1',
      '-y: 2',
      '@@ -30 +30 @@',
      '-z: 1',
      '+z: 2',
      '\\ No newline at end of file',
    ].join('\n');
    const changes = parsePatch(patch);
    expect([...changes.added]).toEqual([2, 3, 30]);
    expect(changes.hunks).toEqual([
      { start: 1, end: 5 },
      { start: 30, end: 30 },
    ]);
  });
});

describe('changedLines', () => {
  let root: string;
  let base: string;
  const fake = new FakeGitHub();

  beforeAll(async () => {
    await fake.start();
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-diff-lines-'));
    git(root, 'init', '-q', '-b', 'main');
    base = commit(
      root,
      { 'conf/flink-conf.yaml': 'a: 1\nb: 2\n', 'old name.yaml': 'x: 1\n', 'gone.yaml': 'y: 1\n' },
      'base',
    );
    git(root, 'mv', 'old name.yaml', 'new näme.yaml');
    git(root, 'rm', '-q', 'gone.yaml');
    commit(root, { 'conf/flink-conf.yaml': 'a: 1\nb: 3\nc: 4\n', 'new näme.yaml': 'x: 1\nz: 2\n' }, 'head');
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads the changed lines from git, renamed and unusual paths included', async () => {
    const changed = await changedLines({ cwd: root, baseRef: base, log: () => {} });
    expect(changed && Object.fromEntries([...changed].map(([file, c]) => [file, [...c.added]]))).toEqual({
      'conf/flink-conf.yaml': [2, 3],
      'new näme.yaml': [2],
    });
  });

  it('falls back to the pull request files API when the base commit is out of reach', async () => {
    process.env.GITHUB_API_URL = fake.url;
    const { createClient } = await import('../../src/github/octokit.js');
    fake.pullFiles.set(3, [
      {
        filename: 'conf/flink-conf.yaml',
        status: 'modified',
        patch: '@@ -1,2 +1,3 @@\n a: 1\n-b: 2\n+b: 3\n+c: 4',
      },
      // GitHub leaves the patch out for large files.
      { filename: 'big.yaml', status: 'modified' },
    ]);
    const log: string[] = [];
    const changed = await changedLines({
      cwd: root,
      baseRef: '0123456789abcdef0123456789abcdef01234567',
      api: { client: createClient('token', () => {}), repo: { owner: 'acme', repo: 'jobs' }, pullNumber: 3 },
      log: (m) => log.push(m),
    });
    expect(changed && [...changed.keys()]).toEqual(['conf/flink-conf.yaml']);
    expect([...(changed?.get('conf/flink-conf.yaml')?.added ?? [])]).toEqual([2, 3]);
  });

  it('says when neither git nor the API can tell', async () => {
    expect(await changedLines({ cwd: root, baseRef: 'no-such-ref', log: () => {} })).toBeUndefined();
  });
});
