import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  discover,
  listCandidates,
  MAX_FILE_BYTES,
  type ListedFile,
} from '../../src/sources/discover/discover.js';
import { git, writeFiles } from '../helpers/action-run.js';

const FILES = {
  '.gitignore': 'ignored/\n*.local.yaml\n',
  'conf/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\n',
  'conf/config.yaml': 'taskmanager:\n  memory:\n    process:\n      size: 2g\n',
  'k8s/job.yml': 'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\n',
  'compose.yaml': 'services:\n  tm:\n    environment:\n      FLINK_PROPERTIES: "a: b"\n',
  'other/app.yaml': 'server:\n  port: 8080\n',
  'ignored/flink-conf.yaml': 'taskmanager.memory.process.size: 1g\n',
  'dev.local.yaml': 'taskmanager.memory.process.size: 1g\n',
  'README.md': 'taskmanager.memory.process.size: 1g\n',
  'node_modules/pkg/flink-conf.yaml': 'taskmanager.memory.process.size: 1g\n',
};

const FOUND = ['compose.yaml', 'conf/config.yaml', 'conf/flink-conf.yaml', 'k8s/job.yml'];

describe('discover', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fml-discover-'));
    writeFiles(dir, FILES);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const paths = async (options: Partial<Parameters<typeof discover>[0]> = {}) =>
    (await discover({ cwd: dir, paths: ['.'], ...options })).candidates.map((c) => c.path);

  test('outside git: .gitignore rules are honoured and files are picked by content', async () => {
    expect(await paths()).toEqual(FOUND);
  });

  test('outside git: git is not even started; with a `.git` above, it is', async () => {
    // A `git` of the test's own first on PATH: it leaves a mark and fails, as outside a work tree.
    const bin = mkdtempSync(path.join(tmpdir(), 'fml-fake-git-'));
    const mark = path.join(bin, 'started');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\ntouch '${mark}'\nexit 128\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const { PATH } = process.env;
    process.env.PATH = `${bin}${path.delimiter}${PATH}`;
    try {
      expect(await paths()).toEqual(FOUND);
      expect(existsSync(mark)).toBe(false);
      mkdirSync(path.join(dir, '.git'));
      expect(await paths()).toEqual(FOUND);
      expect(existsSync(mark)).toBe(true);
    } finally {
      process.env.PATH = PATH;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  test('in a git work tree: tracked and untracked files git does not ignore', async () => {
    git(dir, 'init', '-q');
    git(dir, 'add', 'conf', 'compose.yaml');
    git(dir, 'commit', '-q', '-m', 'init');
    expect(await paths()).toEqual(FOUND);
  });

  test('in a git work tree: the tracked files at once, the untracked ones later, the ignored never', async () => {
    git(dir, 'init', '-q');
    git(dir, 'add', 'conf');
    git(dir, 'commit', '-q', '-m', 'init');
    const listing = listCandidates({ cwd: dir, paths: ['.'] });
    const relative = (files: readonly ListedFile[]) => files.map((f) => f.relative);
    expect(relative(listing.listed)).toEqual(['conf/config.yaml', 'conf/flink-conf.yaml']);
    expect(relative((await listing.later) ?? [])).toEqual(['compose.yaml', 'k8s/job.yml', 'other/app.yaml']);
  });

  test('in a git work tree where git cannot list the untracked files, a walk does', async () => {
    git(dir, 'init', '-q');
    git(dir, 'add', 'conf');
    git(dir, 'commit', '-q', '-m', 'init');
    // A `git` that fails for the untracked listing only, and otherwise is git.
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = mkdtempSync(path.join(tmpdir(), 'fml-half-git-'));
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\ncase "$*" in *--others*) exit 128;; esac\nexec '${real}' "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const { PATH } = process.env;
    process.env.PATH = `${bin}${path.delimiter}${PATH}`;
    try {
      const listing = listCandidates({ cwd: dir, paths: ['.'] });
      expect(listing.listed.map((f) => f.relative)).toEqual(['conf/config.yaml', 'conf/flink-conf.yaml']);
      expect(((await listing.later) ?? []).map((f) => f.relative)).toEqual([
        'compose.yaml',
        'k8s/job.yml',
        'other/app.yaml',
      ]);
    } finally {
      process.env.PATH = PATH;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  test("in a git work tree: the repository's own fsmonitor program and hooks never run", async () => {
    const marker = path.join(dir, 'ran');
    writeFiles(dir, { 'script.sh': `#!/bin/sh\ntouch '${marker}'\necho '{}'\n` });
    chmodSync(path.join(dir, 'script.sh'), 0o755);
    git(dir, 'init', '-q');
    git(dir, 'add', 'conf');
    git(dir, 'commit', '-q', '-m', 'init');
    git(dir, 'config', 'core.fsmonitor', path.join(dir, 'script.sh'));
    git(dir, 'config', 'core.hooksPath', dir);
    expect(await paths()).toEqual(FOUND);
    expect(existsSync(marker)).toBe(false);
  });

  test('--include and --exclude globs, paths relative to the working directory', async () => {
    expect(await paths({ include: ['conf/**'] })).toEqual(['conf/config.yaml', 'conf/flink-conf.yaml']);
    expect(await paths({ exclude: ['**/*.yml', 'compose.yaml'] })).toEqual([
      'conf/config.yaml',
      'conf/flink-conf.yaml',
    ]);
    expect(
      (await discover({ cwd: path.join(dir, 'k8s'), paths: ['..'] })).candidates.map((c) => c.path),
    ).toContain('../conf/flink-conf.yaml');
  });

  test('a symbolic link out of the root is not followed; one inside is', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'fml-outside-'));
    writeFileSync(path.join(outside, 'flink-conf.yaml'), 'taskmanager.memory.process.size: 1g\n');
    symlinkSync(path.join(outside, 'flink-conf.yaml'), path.join(dir, 'linked-flink-conf.yaml'));
    symlinkSync(path.join(dir, 'conf/flink-conf.yaml'), path.join(dir, 'inside-flink-conf.yaml'));
    const result = await discover({ cwd: dir, paths: ['.'] });
    rmSync(outside, { recursive: true, force: true });
    expect(result.candidates.map((c) => c.path)).toContain('inside-flink-conf.yaml');
    expect(result.candidates.map((c) => c.path)).not.toContain('linked-flink-conf.yaml');
    expect(result.notices.map((n) => n.code)).toEqual(['symlink-outside-root']);
  });

  test('files over the size cap and binary files are reported, not read', async () => {
    writeFileSync(
      path.join(dir, 'big-flink-conf.yaml'),
      `taskmanager.memory.process.size: 1g\n${'#'.repeat(MAX_FILE_BYTES)}`,
    );
    writeFileSync(
      path.join(dir, 'bin.yaml'),
      Buffer.from([0x74, 0x61, 0x73, 0x6b, 0x6d, 0x61, 0x6e, 0x61, 0x67, 0x65, 0x72, 0x2e, 0, 1]),
    );
    const result = await discover({ cwd: dir, paths: ['.'] });
    expect(result.candidates.map((c) => c.path)).toEqual(FOUND);
    expect(result.notices).toEqual([
      expect.objectContaining({
        code: 'file-too-large',
        location: { file: 'big-flink-conf.yaml', line: 1, column: 1 },
      }),
      expect.objectContaining({ code: 'binary-file', location: { file: 'bin.yaml', line: 1, column: 1 } }),
    ]);
  });

  test('a missing path is a notice, a file path is read as given', async () => {
    const result = await discover({ cwd: dir, paths: ['nope', 'conf/flink-conf.yaml'] });
    expect(result.candidates.map((c) => c.path)).toEqual(['conf/flink-conf.yaml']);
    expect(result.notices.map((n) => n.code)).toEqual(['path-not-found']);
  });
});
