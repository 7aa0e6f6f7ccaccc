import { gitBase, lintBase, type BaseRevision } from '../engine/index.js';
import type { LintOptions } from '../model/index.js';
import { insideWorkTree, resolveCommit } from '../sources/index.js';
import { CliError } from './exit.js';

/**
 * The commit `lint --base REF` compares with. A ref git cannot resolve, or a folder outside a git
 * work tree, is a usage error, said before anything is linted.
 */
export async function baseCommit(ref: string, cwd: string): Promise<string> {
  if (!(await insideWorkTree(cwd))) throw new CliError(`--base needs a git work tree: ${cwd} is not in one`);
  const commit = await resolveCommit(cwd, ref);
  if (!commit) throw new CliError(`--base ${ref}: git cannot resolve it to a commit in this repository`);
  return commit;
}

/** `lint --base REF`: the linted paths that differ between its commit and the work tree, as they are there. */
export async function lintAtCommit(ref: string, commit: string, options: LintOptions): Promise<BaseRevision> {
  const base = await gitBase(options.cwd, commit, 'work-tree');
  if (!base) throw new CliError(`--base ${ref}: git cannot resolve it to a commit in this repository`);
  return lintBase(options, { ...base, ref });
}
