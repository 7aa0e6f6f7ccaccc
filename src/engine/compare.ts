import path from 'node:path';
import type { LintOptions, Report } from '../model/index.js';
import { settingsFile } from '../policy/index.js';
import { diffConfigs, type Comparison } from '../report/index.js';
import {
  changedFiles,
  filesAtCommit,
  insidePaths,
  resolveCommit,
  safeRelative,
  type CommitFile,
  type TouchedFile,
} from '../sources/index.js';
import { lintGiven, prepare, type GivenFile } from './lint.js';

/**
 * The base side of a comparison: the files that differ from the head and a way to read them as
 * they are at the base. The command line and the action each say where it comes from (git, or
 * GitHub's API when the clone lacks the base commit); linting and pairing it is the same for both.
 */
export interface BaseSource {
  /** The ref as given. */
  ref: string;
  /** The commit it names (or the ref itself, where an API was asked for it). */
  commit: string;
  touched: TouchedFile[];
  /** A base file's content; undefined where there is none or it cannot be read (never throws). */
  read: (basePath: string) => Promise<Buffer | undefined>;
  /**
   * Many base files at once (git: one batch, whatever their number); a path the base lacks is
   * absent. Undefined where they cannot be read at all (never throws).
   */
  readMany: (basePaths: readonly string[]) => Promise<Map<string, CommitFile> | undefined>;
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
 * Lints the base versions of the touched files under `options.paths`, read in one batch and
 * loaded, linked and derived from memory, at their base paths, as the head is (same threads,
 * prefilter and settings); no policy judges them, as only their breakdowns are compared. Nothing
 * is written to disk.
 */
export async function lintBase(options: LintOptions, base: BaseSource): Promise<BaseRevision> {
  const problems: string[] = [];
  const wanted = insidePaths(options.paths.map((p) => repositoryPath(options.cwd, p)));
  const basePaths: string[] = [];
  for (const file of base.touched) {
    if (!file.basePath || !wanted(file.path)) continue;
    if (!safeRelative(file.basePath)) {
      problems.push(`skipped base file with an unsafe path: ${JSON.stringify(file.basePath)}`);
      continue;
    }
    basePaths.push(file.basePath);
  }
  const read = basePaths.length > 0 ? await base.readMany(basePaths) : new Map<string, CommitFile>();
  if (!read) problems.push(`could not read the base files at ${base.ref}`);
  const given: GivenFile[] = [];
  for (const [file, content] of read ?? []) {
    if (content.ok)
      given.push({ path: file, bytes: content.bytes, ...(content.id ? { id: content.id } : {}) });
    else problems.push(`skipped base file ${file}: ${content.message}`);
  }
  const baseOptions: LintOptions = {
    ...options,
    // Settings, policies and the baseline are read from the head's workspace, confined to it.
    workspace: options.workspace ?? options.cwd,
    configFile: settingsFile(options.cwd, options.configFile),
    policyDirs: options.policyDirs?.map((d) => path.resolve(options.cwd, d)),
    onlyFiles: undefined,
  };
  // Only the breakdowns are compared: the base side is derived, never judged.
  const report = await lintGiven(baseOptions, given, await prepare(baseOptions), false);
  return { ref: base.ref, commit: base.commit, touched: base.touched, report, problems };
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
  const readMany = (files: readonly string[]) => filesAtCommit(cwd, commit, files).catch(() => undefined);
  const read = async (file: string) => {
    const one = (await readMany([file]))?.get(file);
    return one?.ok ? one.bytes : undefined;
  };
  return { ref, commit, touched, read, readMany };
}

/** A path given relative to `cwd`, as a repository path (`/` separators). */
function repositoryPath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || '.';
}
