import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { LintOptions, Report } from '../model/index.js';
import { settingsFile } from '../policy/index.js';
import { diffConfigs, type Comparison } from '../report/index.js';
import {
  changedFiles,
  fileAtCommit,
  insidePaths,
  resolveCommit,
  writeBaseFiles,
  type TouchedFile,
} from '../sources/index.js';
import { lint } from './lint.js';

/**
 * The base side of a comparison: the files that differ from the head and a way to read each as it
 * is at the base. The command line and the action each say where it comes from (git, or GitHub's
 * API when the clone lacks the base commit); linting and pairing it is the same for both.
 */
export interface BaseSource {
  /** The ref as given. */
  ref: string;
  /** The commit it names (or the ref itself, where an API was asked for it). */
  commit: string;
  touched: TouchedFile[];
  /** A base file's content; undefined where there is none or it cannot be read (never throws). */
  read: (basePath: string) => Promise<Buffer | undefined>;
}

/** The linted paths as they are at the base: only the files that differ from the head. */
export interface BaseRevision {
  ref: string;
  commit: string;
  touched: TouchedFile[];
  report: Report;
  /** Files left out, and why, for a warning. */
  problems: string[];
}

/**
 * Lints the base versions of the touched files under `options.paths`, laid out in a folder of
 * their own; the head's settings and policies judge both sides.
 */
export async function lintBase(
  options: LintOptions,
  base: BaseSource,
  tempRoot: string,
): Promise<BaseRevision> {
  const problems: string[] = [];
  const dir = await writeBaseFiles({
    tempRoot,
    touched: base.touched,
    wanted: insidePaths(options.paths.map((p) => repositoryPath(options.cwd, p))),
    read: base.read,
    problems,
  });
  try {
    const report = await lint({
      ...options,
      cwd: dir,
      // Settings, policies and the baseline are read from the head's workspace, confined to it.
      workspace: options.workspace ?? options.cwd,
      paths: ['.'],
      configFile: settingsFile(options.cwd, options.configFile),
      policyDirs: options.policyDirs?.map((d) => absolute(options.cwd, d)),
      onlyFiles: undefined,
    });
    return { ref: base.ref, commit: base.commit, touched: base.touched, report, problems };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Pairs the base revision's configs with the head's in the files that differ (renames followed). */
export function compareWithBase(base: BaseRevision, head: Report): Comparison {
  const touched = new Set(base.touched.map((f) => f.path));
  const renamed = new Map(
    base.touched.flatMap((f) => (f.basePath && f.basePath !== f.path ? [[f.path, f.basePath] as const] : [])),
  );
  return {
    ref: base.ref,
    commit: base.commit,
    diffs: diffConfigs(
      base.report.configs,
      head.configs.filter((r) => touched.has(r.config.file)),
      renamed,
    ),
  };
}

/**
 * The base side from git: `ref` resolved in the clone (fetched shallowly when `fetch` says so),
 * and the files that differ between it and the work tree or `HEAD`. Undefined where git cannot
 * resolve the ref; an error where it resolves but git cannot list the changes.
 */
export async function gitBase(
  cwd: string,
  ref: string,
  against: 'work-tree' | 'HEAD',
  fetch = false,
): Promise<BaseSource | undefined> {
  const commit = await resolveCommit(cwd, ref, { fetch });
  if (!commit) return undefined;
  const touched = await changedFiles(cwd, commit, against);
  if (!touched) throw new Error(`git could not list the files that differ from ${ref}`);
  return { ref, commit, touched, read: (file) => fileAtCommit(cwd, commit, file) };
}

/** A path given relative to `cwd`, as a repository path (`/` separators). */
function repositoryPath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || '.';
}

function absolute(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}
