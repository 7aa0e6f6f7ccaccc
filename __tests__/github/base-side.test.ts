import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBaseSide, resolveBaseCommit } from '../../src/github/base-side.js';
import { commit, git } from '../helpers/action-run.js';

describe('loadBaseSide', () => {
  let root: string;
  let work: string;
  let base: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-base-'));
    work = path.join(root, 'work');
    git(root, 'init', '-q', '-b', 'main', work);
    base = commit(
      work,
      {
        'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 1728m\n',
        'old/config.yaml': 'taskmanager:\n  memory:\n    process:\n      size: 2g\n',
        'other/flink-conf.yaml': 'taskmanager.memory.process.size: 1g\n',
        'gone/flink-conf.yaml': 'taskmanager.memory.process.size: 3g\n',
      },
      'base',
    );
    mkdirSync(path.join(work, 'new'));
    git(work, 'mv', 'old/config.yaml', 'new/config.yaml');
    git(work, 'rm', '-q', 'gone/flink-conf.yaml');
    commit(
      work,
      {
        'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 4096m\n',
        'added/flink-conf.yaml': 'x: 1\n',
      },
      'head',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the base versions of the touched files at their base paths, following renames', async () => {
    const side = await loadBaseSide({ cwd: work, baseRef: base, tempRoot: root, wanted: () => true });
    expect(side).toBeDefined();
    expect(side!.source).toBe('git');
    expect(side!.ref).toBe(base);
    expect(side!.touched).toEqual(
      expect.arrayContaining([
        { path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' },
        { path: 'new/config.yaml', basePath: 'old/config.yaml' },
        { path: 'gone/flink-conf.yaml', basePath: 'gone/flink-conf.yaml' },
        { path: 'added/flink-conf.yaml', basePath: undefined },
      ]),
    );
    expect(side!.touched).toHaveLength(4);
    expect(readFileSync(path.join(side!.dir, 'conf/flink-conf.yaml'), 'utf8')).toContain('1728m');
    expect(readFileSync(path.join(side!.dir, 'old/config.yaml'), 'utf8')).toContain('size: 2g');
    expect(existsSync(path.join(side!.dir, 'gone/flink-conf.yaml'))).toBe(true);
    expect(existsSync(path.join(side!.dir, 'added/flink-conf.yaml'))).toBe(false);
    expect(existsSync(path.join(side!.dir, 'other/flink-conf.yaml'))).toBe(false);
  });

  it('reads only files inside the linted paths', async () => {
    const side = await loadBaseSide({
      cwd: work,
      baseRef: base,
      tempRoot: root,
      wanted: (file) => file.startsWith('conf/'),
    });
    expect(existsSync(path.join(side!.dir, 'conf/flink-conf.yaml'))).toBe(true);
    expect(existsSync(path.join(side!.dir, 'old/config.yaml'))).toBe(false);
  });

  it('gives up without git or API when the base cannot be found', async () => {
    expect(await resolveBaseCommit(work, 'no-such-branch')).toBeUndefined();
    expect(await resolveBaseCommit(work, '--upload-pack=touch /tmp/x')).toBeUndefined();
    expect(
      await loadBaseSide({ cwd: work, baseRef: 'no-such-branch', tempRoot: root, wanted: () => true }),
    ).toBeUndefined();
  });
});
