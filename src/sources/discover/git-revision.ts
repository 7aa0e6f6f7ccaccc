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
 * repository's. Only files discovery would read are compared; renames are followed as git's
 * rename detection would (`pairRenames`).
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
  const removed = [...base.keys()].filter((file) => !present.has(file));
  for (const file of removed) touched.push({ path: file, basePath: file });
  return pairRenames(cwd, commit, root, touched, new Set(removed));
}

/** Git's rename threshold: half of the larger file's content is found in the other (`-M50%`). */
const RENAME_SIMILARITY = 0.5;

/**
 * Pairs each removed file with the added file most like it, where at least half of the larger
 * one's bytes are lines the other has too (git's default rename detection, measured by lines);
 * the pair becomes one touched file renamed from the removed path.
 */
async function pairRenames(
  cwd: string,
  commit: string,
  root: string,
  touched: TouchedFile[],
  removedPaths: ReadonlySet<string>,
): Promise<TouchedFile[]> {
  const removed = touched.filter((f) => removedPaths.has(f.path));
  const added = touched.filter((f) => f.basePath === undefined);
  if (removed.length === 0 || added.length === 0) return touched;
  const before = await Promise.all(removed.map((f) => fileAtCommit(cwd, commit, f.path)));
  const after = added.map((f) => {
    const read = readConfined(path.join(cwd, f.path), [root]);
    return read.ok ? read.bytes : undefined;
  });
  const candidates: Array<{ score: number; from: number; to: number }> = [];
  for (const [from, a] of before.entries())
    for (const [to, b] of after.entries()) {
      const score = a && b ? similarity(a, b) : 0;
      if (score >= RENAME_SIMILARITY) candidates.push({ score, from, to });
    }
  candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
  const renamedFrom = new Map<TouchedFile, string>();
  const gone = new Set<TouchedFile>();
  for (const { from, to } of candidates) {
    if (gone.has(removed[from]) || renamedFrom.has(added[to])) continue;
    gone.add(removed[from]);
    renamedFrom.set(added[to], removed[from].path);
  }
  return touched
    .filter((f) => !gone.has(f))
    .map((f) => (renamedFrom.has(f) ? { path: f.path, basePath: renamedFrom.get(f) } : f));
}

/** The share of the larger content, in bytes, made of lines the other content has too. */
function similarity(a: Buffer, b: Buffer): number {
  const count = new Map<string, number>();
  for (const line of a.toString('utf8').split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b.toString('utf8').split('\n')) {
    const left = count.get(line) ?? 0;
    if (left === 0) continue;
    count.set(line, left - 1);
    common += Buffer.byteLength(line) + 1;
  }
  return common / Math.max(a.length, b.length, 1);
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
