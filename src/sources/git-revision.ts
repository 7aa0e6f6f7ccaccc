import { createHash } from 'node:crypto';
import { lstatSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfined, realRoot } from './confined-file.js';
import { isCandidateName, MAX_FILE_BYTES } from './discover.js';
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
  if (head === 'work-tree') return workTreeChanges(cwd, commit);
  // Two commits: git reads only blobs, never the work tree, so no filter driver can run.
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
      'HEAD',
      '--',
    ],
    cwd,
  );
  return diff.ok ? parseNameStatus(diff.stdout.toString('utf8')) : undefined;
}

/**
 * The files whose work-tree content differs from `commit`, compared here and not by git: git
 * reads work-tree files through the filter drivers `.gitattributes` names (`filter=lfs` runs
 * git-lfs, and any `filter.NAME.clean` in a git config runs), and the attributes are the
 * repository's. Only files discovery would read are compared; renames are not followed.
 */
async function workTreeChanges(cwd: string, commit: string): Promise<TouchedFile[] | undefined> {
  const [format, tree, listed] = await Promise.all([
    git(['rev-parse', '--show-object-format'], cwd),
    git(['ls-tree', '-r', '-z', commit], cwd),
    git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd),
  ]);
  if (!tree.ok || !listed.ok) return undefined;
  const algorithm = format.ok && format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
  const base = new Map<string, string>();
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    // `<mode> <type> <object>\t<path>`; submodules (commits) are not files.
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match && isCandidateName(match[2])) base.set(match[2], match[1]);
  }
  const root = realRoot(cwd) ?? cwd;
  const touched: TouchedFile[] = [];
  const present = new Set<string>();
  for (const file of new Set(listed.stdout.toString('utf8').split('\0'))) {
    if (file === '' || !isCandidateName(file)) continue;
    present.add(file);
    const object = base.get(file);
    if (object === undefined) touched.push({ path: file });
    else if (blobId(path.join(cwd, file), root, algorithm) !== object)
      touched.push({ path: file, basePath: file });
  }
  for (const file of base.keys()) if (!present.has(file)) touched.push({ path: file, basePath: file });
  return touched;
}

/** The object id git gives a work-tree file's content as it is (a symbolic link: its target). */
function blobId(file: string, root: string, algorithm: 'sha1' | 'sha256'): string | undefined {
  let content: Buffer;
  try {
    if (lstatSync(file).isSymbolicLink()) content = Buffer.from(readlinkSync(file));
    else {
      const read = readConfined(file, [root]);
      if (!read.ok) return undefined;
      content = read.bytes;
    }
  } catch {
    return undefined;
  }
  return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
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
