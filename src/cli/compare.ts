import { gitBase, lintBase, type BaseRevision } from '../engine/index.js';
import type { LintOptions } from '../model/index.js';
import { insideWorkTree } from '../sources/index.js';
import { CliError } from './exit.js';

/**
 * `lint --base REF`: the linted paths that differ between REF and the work tree, as they are at
 * REF. A ref git cannot resolve, or a folder outside a git work tree, is a usage error.
 */
export async function lintAtRef(ref: string, options: LintOptions): Promise<BaseRevision> {
  const { cwd } = options;
  if (!(await insideWorkTree(cwd))) throw new CliError(`--base needs a git work tree: ${cwd} is not in one`);
  const base = await gitBase(cwd, ref, 'work-tree');
  if (!base) throw new CliError(`--base ${ref}: git cannot resolve it to a commit in this repository`);
  return lintBase(options, base);
}
