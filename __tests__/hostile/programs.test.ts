import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baseCommit, lintAtCommit } from '../../src/cli/compare.js';
import { lintBase } from '../../src/engine/index.js';
import { changedLines } from '../../src/github/diff-lines.js';
import { loadBaseSide } from '../../src/github/base-side.js';
import { commit, git, makePullRequestRepo } from '../helpers/action-run.js';
import { armMechanism, PROGRAM_MECHANISMS } from './programs.js';

const CONFIG = (size: string) =>
  `taskmanager.memory.process.size: ${size}\njobmanager.memory.process.size: 1600m\n`;

describe('no program runs: git asked without filters, textconv, external diff, hooks, fsmonitor or pager', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-programs-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(PROGRAM_MECHANISMS.map((m) => [m.what, m] as const))('%s', async (name, mechanism) => {
    const marker = path.join(root, `${name.replace(/\W+/g, '-')}.marker`);
    const repo = makePullRequestRepo(
      {
        'conf/flink-conf.yaml': CONFIG('1728m'),
        ...(mechanism.attributes ? { '.gitattributes': `${mechanism.attributes}\n` } : {}),
      },
      'fml-programs-repo-',
    );
    const head = commit(repo.author, { 'conf/flink-conf.yaml': CONFIG('2048m') }, 'head');
    armMechanism(repo.author, mechanism, marker);
    // A work tree that differs from HEAD: stat-dirty, and one file untracked.
    writeFileSync(path.join(repo.author, 'conf/flink-conf.yaml'), CONFIG('4096m'));
    writeFileSync(path.join(repo.author, 'conf/config.yaml'), CONFIG('1g'));

    // `lint --base`: the base against the work tree.
    const base = await lintAtCommit(repo.base, await baseCommit(repo.base, repo.author), {
      cwd: repo.author,
      paths: ['.'],
    });
    // The action: the base side from git, read and linted, and the changed lines of the pull request.
    const side = await loadBaseSide({ cwd: repo.author, baseRef: repo.base });
    if (side) await lintBase({ cwd: repo.author, paths: ['.'] }, side);
    const lines = await changedLines({ cwd: repo.author, baseRef: repo.base, log: () => undefined });

    expect({
      marker: existsSync(marker),
      base: base.touched.map((f) => f.path).sort(),
      side: side?.touched.map((f) => f.path),
      lines: [...(lines?.keys() ?? [])],
      head: git(repo.author, 'rev-parse', 'HEAD'),
    }).toEqual({
      marker: false,
      base: ['conf/config.yaml', 'conf/flink-conf.yaml'],
      side: ['conf/flink-conf.yaml'],
      lines: ['conf/flink-conf.yaml'],
      head,
    });
  });
});
