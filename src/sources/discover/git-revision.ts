import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from './discover.js';
import { git, parseNameStatus, type TouchedFile } from './git.js';

/** A repository path that stays inside the folder it is written to. */
function safeRelative(file: string): boolean {
  return (
    file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === '')
  );
}

/** Whether `cwd` lies inside a git work tree. */
export async function insideWorkTree(cwd: string): Promise<boolean> {
  const result = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  return result.ok && result.stdout.toString('utf8').trim() === 'true';
}

async function haveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/**
 * The commit a ref names in the local clone (or `origin/REF`); with `fetch`, fetched shallowly
 * from origin when the clone lacks it.
 */
export async function resolveCommit(
  cwd: string,
  ref: string,
  options: { fetch?: boolean } = {},
): Promise<string | undefined> {
  // A ref is never an option to git.
  if (ref.startsWith('-')) return undefined;
  const local = (await haveCommit(cwd, ref)) ?? (await haveCommit(cwd, `origin/${ref}`));
  if (local || !options.fetch) return local;
  const fetched = await git(
    ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref],
    cwd,
  );
  return fetched.ok ? haveCommit(cwd, 'FETCH_HEAD') : undefined;
}

/**
 * The files that differ between `commit` and the head side, renames followed, with paths
 * relative to `cwd` (as `lint()` reports them). The head side is the `HEAD` commit, or the work
 * tree: then untracked files that git does not ignore count as added.
 */
export async function changedFiles(
  cwd: string,
  commit: string,
  head: 'HEAD' | 'work-tree',
): Promise<TouchedFile[] | undefined> {
  const diff = await git(
    [
      'diff',
      '--name-status',
      '-z',
      '-M',
      '--relative',
      '--no-ext-diff',
      '--no-textconv',
      commit,
      ...(head === 'HEAD' ? ['HEAD'] : []),
      '--',
    ],
    cwd,
  );
  if (!diff.ok) return undefined;
  const touched = parseNameStatus(diff.stdout.toString('utf8'));
  if (head === 'HEAD') return touched;
  const untracked = await git(['ls-files', '-z', '--others', '--exclude-standard'], cwd);
  if (!untracked.ok) return undefined;
  const added = untracked.stdout
    .toString('utf8')
    .split('\0')
    .filter((file) => file !== '');
  return [...touched, ...added.map((file) => ({ path: file }))];
}

/** A file's content at a commit, or undefined where the commit has no such file. */
export async function fileAtCommit(cwd: string, commit: string, file: string): Promise<Buffer | undefined> {
  const result = await git(['cat-file', 'blob', `${commit}:./${file}`], cwd);
  return result.ok ? result.stdout : undefined;
}

export interface BaseFilesRequest {
  /** Where to make the folder. */
  tempRoot: string;
  touched: readonly TouchedFile[];
  /** Files worth reading (inside the linted paths), by head path. */
  wanted: (file: string) => boolean;
  /** A base file's content; undefined where there is none or it cannot be read (never throws). */
  read: (basePath: string) => Promise<Buffer | undefined>;
  /** Why a file was left out, for the log. */
  problems: string[];
}

/** Writes the base versions of the touched files into a fresh folder, at their base paths. */
export async function writeBaseFiles(request: BaseFilesRequest): Promise<string> {
  const dir = await mkdtemp(path.join(request.tempRoot, 'flink-memory-lint-base-'));
  for (const file of request.touched) {
    if (!file.basePath || !request.wanted(file.path)) continue;
    if (!safeRelative(file.basePath)) {
      request.problems.push(`skipped base file with an unsafe path: ${JSON.stringify(file.basePath)}`);
      continue;
    }
    const content = await request.read(file.basePath);
    // Discovery would not read a larger file either.
    if (!content || content.length > MAX_FILE_BYTES) continue;
    const target = path.join(dir, file.basePath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return dir;
}

/** Whether a repository path lies inside one of the linted paths (relative to the same folder). */
export function insidePaths(paths: readonly string[]): (file: string) => boolean {
  const roots = paths.map((p) => path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, ''));
  return (file) => roots.some((root) => root === '.' || file === root || file.startsWith(`${root}/`));
}
