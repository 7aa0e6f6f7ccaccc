import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { readConfined, realRoot, type RealFolders } from './confined-file.js';
import { isCandidateName, MAX_FILE_BYTES } from './discover.js';
import { git, GIT_ENV, parseNameStatus, SAFE_GIT, type TouchedFile } from './git.js';

/** A repository path that stays inside the folder it is relative to. */
export function safeRelative(file: string): boolean {
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
    treeEntries(cwd, commit),
    git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd),
  ]);
  if (!tree || !listed.ok) return undefined;
  const algorithm = format.ok && format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
  const base = new Map<string, TreeEntry>();
  // Submodules (commits) are not files.
  for (const [file, entry] of tree) if (entry.type === 'blob' && isCandidateName(file)) base.set(file, entry);
  const root = realRoot(cwd) ?? cwd;
  const folders: RealFolders = new Map();
  const touched: TouchedFile[] = [];
  const present = new Set<string>();
  for (const file of new Set(listed.stdout.toString('utf8').split('\0'))) {
    if (file === '' || !isCandidateName(file)) continue;
    present.add(file);
    const object = base.get(file);
    if (object === undefined) touched.push({ path: file });
    else if (blobId(path.join(cwd, file), root, algorithm, object.size, folders) !== object.id)
      touched.push({ path: file, basePath: file });
  }
  const removed = [...base.keys()].filter((file) => !present.has(file));
  for (const file of removed) touched.push({ path: file, basePath: file });
  return pairRenames(cwd, tree, root, touched, new Set(removed));
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
  tree: ReadonlyMap<string, TreeEntry>,
  root: string,
  touched: TouchedFile[],
  removedPaths: ReadonlySet<string>,
): Promise<TouchedFile[]> {
  const removed = touched.filter((f) => removedPaths.has(f.path));
  const added = touched.filter((f) => f.basePath === undefined);
  if (removed.length === 0 || added.length === 0) return touched;
  const read = await readEntries(
    cwd,
    tree,
    removed.map((f) => f.path),
  );
  const before = removed.map((f) => {
    const file = read?.get(f.path);
    return file?.ok ? file.bytes : undefined;
  });
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

/**
 * The object id git gives a work-tree file's content as it is (a symbolic link: its target);
 * undefined where it cannot be the base's, a file of another size than `baseSize` among them.
 */
function blobId(
  file: string,
  root: string,
  algorithm: 'sha1' | 'sha256',
  baseSize: number | undefined,
  folders: RealFolders,
): string | undefined {
  let content: Buffer;
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) content = Buffer.from(readlinkSync(file));
    else if (baseSize !== undefined && stat.size !== baseSize) return undefined;
    else {
      const read = readConfined(file, [root], undefined, folders);
      if (!read.ok) return undefined;
      content = read.bytes;
    }
  } catch {
    return undefined;
  }
  // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
  return process
    .getBuiltinModule('node:crypto')
    .createHash(algorithm)
    .update(`blob ${content.length}\0`)
    .update(content)
    .digest('hex');
}

/** A file's content at a commit, or undefined where the commit has no such file. */
export async function fileAtCommit(cwd: string, commit: string, file: string): Promise<Buffer | undefined> {
  const result = await git(['cat-file', 'blob', `${commit}:./${file}`], cwd);
  return result.ok ? result.stdout : undefined;
}

/** One entry of a commit's tree (`git ls-tree -r -l`). */
interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  /** Bytes of a blob; undefined for anything else. */
  size?: number;
}

/**
 * The last commit's tree listed: a commit's tree never changes, and a comparison lists the same one
 * for its changed files and again for every read of the base side (`filesAtCommit`).
 */
let lastTree: { key: string; entries: Promise<ReadonlyMap<string, TreeEntry> | undefined> } | undefined;

function treeEntries(cwd: string, commit: string): Promise<ReadonlyMap<string, TreeEntry> | undefined> {
  const key = `${cwd}\0${commit}`;
  if (lastTree?.key !== key) lastTree = { key, entries: listTree(cwd, commit) };
  return lastTree.entries;
}

/** The whole tree of a commit under `cwd`, paths relative to it: one `git ls-tree`. */
async function listTree(cwd: string, commit: string): Promise<Map<string, TreeEntry> | undefined> {
  const tree = await git(['ls-tree', '-r', '-z', '-l', commit], cwd);
  if (!tree.ok) return undefined;
  const entries = new Map<string, TreeEntry>();
  for (const line of tree.stdout.toString('utf8').split('\0')) {
    // `<mode> <type> <object> <size, padded; - for a commit>\t<path>`.
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(line);
    if (!match) continue;
    const [, mode, type, id, size, file] = match;
    entries.set(file, { mode, type, id, size: size === '-' ? undefined : Number(size) });
  }
  return entries;
}

/** A file as it is at a commit: its bytes, or why it is not read (as the head side says it). */
/** A file at a commit: its bytes (and object id, where git gave them), or why it is not read. */
export type CommitFile = { ok: true; bytes: Buffer; id?: string } | { ok: false; message: string };

/**
 * Files as they are at a commit, paths relative to `cwd`, read in one batch: one `git ls-tree` and
 * one `git cat-file --batch`, however many files. Git reads only blobs (no work tree, no filter or
 * textconv driver); symbolic links, submodules and files over the size limit are refused as the
 * head side refuses them, without reading them. A path the commit lacks is absent from the map;
 * undefined where git cannot list the commit.
 */
export async function filesAtCommit(
  cwd: string,
  commit: string,
  files: readonly string[],
): Promise<Map<string, CommitFile> | undefined> {
  const tree = await treeEntries(cwd, commit);
  return tree && readEntries(cwd, tree, files);
}

async function readEntries(
  cwd: string,
  tree: ReadonlyMap<string, TreeEntry>,
  files: readonly string[],
): Promise<Map<string, CommitFile> | undefined> {
  const result = new Map<string, CommitFile>();
  const blobs: { file: string; id: string }[] = [];
  for (const file of new Set(files)) {
    const entry = tree.get(file);
    if (!entry) continue;
    const refusal =
      entry.type !== 'blob'
        ? 'A submodule, not a regular file; not read'
        : entry.mode === '120000'
          ? 'A symbolic link; not followed at the base revision'
          : entry.size !== undefined && entry.size > MAX_FILE_BYTES
            ? `${entry.size} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`
            : undefined;
    if (refusal) result.set(file, { ok: false, message: refusal });
    else blobs.push({ file, id: entry.id });
  }
  if (blobs.length === 0) return result;
  const contents = await catFileBatch(
    cwd,
    blobs.map((b) => b.id),
  );
  if (!contents) return undefined;
  blobs.forEach(({ file, id }, i) => {
    const bytes = contents[i];
    result.set(
      file,
      bytes ? { ok: true, bytes, id } : { ok: false, message: 'Missing from the repository; not read' },
    );
  });
  return result;
}

/**
 * The contents of blobs by object id, through one `git cat-file --batch` process: ids in on its
 * standard input, `<id> blob <size>\n<bytes>\n` out (`<id> missing` for an unknown one).
 */
function catFileBatch(cwd: string, ids: readonly string[]): Promise<(Buffer | undefined)[] | undefined> {
  return new Promise((resolve) => {
    // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
    const child = process
      .getBuiltinModule('node:child_process')
      .spawn('git', [...SAFE_GIT, 'cat-file', '--batch'], {
        cwd,
        env: { ...process.env, ...GIT_ENV },
        stdio: ['pipe', 'pipe', 'ignore'],
        timeout: 120_000,
      });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      if (code !== 0) return resolve(undefined);
      resolve(parseBatch(Buffer.concat(chunks), ids.length));
    });
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}

function parseBatch(out: Buffer, count: number): (Buffer | undefined)[] | undefined {
  const contents: (Buffer | undefined)[] = [];
  let at = 0;
  while (contents.length < count) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) return undefined;
    const header = out.toString('latin1', at, eol).split(' ');
    at = eol + 1;
    if (header.length !== 3) {
      contents.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isSafeInteger(size) || at + size > out.length) return undefined;
    contents.push(header[1] === 'blob' ? out.subarray(at, at + size) : undefined);
    // The content, then a newline.
    at += size + 1;
  }
  return contents;
}

/** Whether a repository path lies inside one of the linted paths (relative to the same folder). */
export function insidePaths(paths: readonly string[]): (file: string) => boolean {
  const roots = paths.map((p) => path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, ''));
  return (file) => roots.some((root) => root === '.' || file === root || file.startsWith(`${root}/`));
}
