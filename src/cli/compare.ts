import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../engine/index.js';
import type { LintOptions, Report } from '../model/index.js';
import { SETTINGS_FILE } from '../policy/index.js';
import { diffConfigs, type Comparison } from '../report/index.js';
import type { TouchedFile } from '../sources/index.js';
import {
  changedFiles,
  fileAtCommit,
  insidePaths,
  insideWorkTree,
  resolveCommit,
  writeBaseFiles,
} from '../sources/index.js';
import { CliError, EXIT } from './exit.js';

/** The linted paths at a git revision: only the files that differ from the work tree. */
export interface BaseRevision {
  ref: string;
  commit: string;
  touched: TouchedFile[];
  report: Report;
  /** Files left out, for a warning. */
  problems: string[];
}

/** A path given on the command line as a repository path relative to `cwd`. */
function relativePath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || '.';
}

/**
 * Lints the files under `options.paths` that differ between `ref` and the work tree, as they are at
 * `ref`. A ref git cannot resolve, or a folder outside a git work tree, is a usage error.
 */
export async function lintBase(ref: string, options: LintOptions): Promise<BaseRevision> {
  const { cwd } = options;
  if (!(await insideWorkTree(cwd))) throw new CliError(`--base needs a git work tree: ${cwd} is not in one`);
  const commit = await resolveCommit(cwd, ref);
  if (!commit) throw new CliError(`--base ${ref}: git cannot resolve it to a commit in this repository`);
  const touched = await changedFiles(cwd, commit, 'work-tree');
  if (!touched) throw new CliError(`--base ${ref}: git could not list the files that differ`, EXIT.internal);
  const problems: string[] = [];
  const dir = await writeBaseFiles({
    tempRoot: os.tmpdir(),
    touched,
    wanted: insidePaths(options.paths.map((p) => relativePath(cwd, p))),
    read: (file) => fileAtCommit(cwd, commit, file),
    problems,
  });
  const settings = path.resolve(cwd, options.configFile ?? SETTINGS_FILE);
  try {
    const report = await lint({
      ...options,
      cwd: dir,
      paths: ['.'],
      // The head's settings and policies judge both sides; the base folder holds only configs.
      configFile: options.configFile !== undefined || existsSync(settings) ? settings : undefined,
      policyDirs: options.policyDirs?.map((dir) => path.resolve(cwd, dir)),
    });
    return { ref, commit, touched, report, problems };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Pairs the base revision's configs with the head's in the files that differ. */
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
