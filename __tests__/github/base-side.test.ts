import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareWithBase, lint, lintBase } from '../../src/engine/index.js';
import { loadBaseSide } from '../../src/github/base-side.js';
import { resolveCommit } from '../../src/sources/index.js';
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

  it('lists the touched files, following renames, and reads each as it is at the base', async () => {
    const side = await loadBaseSide({ cwd: work, baseRef: base });
    expect(side).toBeDefined();
    expect(side!.source).toBe('git');
    expect(side!.commit).toBe(base);
    expect(side!.touched).toEqual(
      expect.arrayContaining([
        { path: 'conf/flink-conf.yaml', basePath: 'conf/flink-conf.yaml' },
        { path: 'new/config.yaml', basePath: 'old/config.yaml' },
        { path: 'gone/flink-conf.yaml', basePath: 'gone/flink-conf.yaml' },
        { path: 'added/flink-conf.yaml', basePath: undefined },
      ]),
    );
    expect(side!.touched).toHaveLength(4);
    expect((await side!.read('conf/flink-conf.yaml'))?.toString()).toContain('1728m');
    expect((await side!.read('old/config.yaml'))?.toString()).toContain('size: 2g');
    expect(await side!.read('added/flink-conf.yaml')).toBeUndefined();
  });

  it('lints the base side of the linted paths only, and pairs it with the head', async () => {
    const side = await loadBaseSide({ cwd: work, baseRef: base });
    const options = { cwd: work, paths: ['conf', 'new'] };
    const revision = await lintBase(options, side!);
    expect(revision.report.configs.map((r) => r.config.file).sort()).toEqual([
      'conf/flink-conf.yaml',
      'old/config.yaml',
    ]);
    // Derived for the comparison, never judged: no policy compiled, no finding.
    expect(revision.report.configs.every((r) => r.breakdown.taskmanager.ok)).toBe(true);
    expect(revision.report.policies).toEqual([]);
    expect(revision.report.findings).toEqual([]);
    const comparison = compareWithBase(revision, await lint(options));
    expect(comparison.diffs.map((d) => [d.base?.config.file, d.head?.config.file]).sort()).toEqual([
      ['conf/flink-conf.yaml', 'conf/flink-conf.yaml'],
      ['old/config.yaml', 'new/config.yaml'],
    ]);
  });

  it('gives up without git or API when the base cannot be found', async () => {
    expect(await resolveCommit(work, 'no-such-branch', { fetch: true })).toBeUndefined();
    expect(await resolveCommit(work, '--upload-pack=touch /tmp/x', { fetch: true })).toBeUndefined();
    expect(await loadBaseSide({ cwd: work, baseRef: 'no-such-branch' })).toBeUndefined();
  });
});
