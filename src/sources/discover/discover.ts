import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Notice } from '../../model/index.js';
import { isDockerfileName } from '../formats/dockerfile-name.js';
import { isFlinkConfName } from '../formats/whole-file.js';
import { isHelmHelpersName } from '../formats/helm-template.js';
import { prefilter, type Verdict } from '../prefilter.js';
import { dotGitOf, git, GIT_ENV, SAFE_GIT } from './git.js';
import { confinedPath, lexicallyInside, readConfined, realRoot, type RealFolders } from './confined-file.js';

export { MAX_FILE_BYTES, unreadableReason } from './confined-file.js';

export interface DiscoverOptions {
  cwd: string;
  /** Files or folders, relative to `cwd`; default `.`. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface Candidate {
  /** Relative to `cwd`, `/` separators: the path reports show. */
  path: string;
  text: string;
  /** Why the prefilter kept it: its text, or its name alone. */
  keptBy: Verdict;
}

/** What reading the listed files counted. */
export interface ReadStats {
  /** Files read and ruled out by the prefilter, never parsed. */
  ruledOut: number;
}

export interface DiscoverResult {
  candidates: Candidate[];
  notices: Notice[];
  /** Files looked at (after ignore rules and globs). */
  files: number;
  /** Files read and ruled out by the prefilter. */
  ruledOut: number;
}

/** YAML files, also as templates (`.yaml.template`, `.yml.tpl`, `.yaml.j2`). */
const YAML_NAME = /\.ya?ml(?:\.(?:template|tmpl|tpl|j2|jinja2?|in|example|sample|dist))?$/i;

/** Whether discovery would look at a file of this name (a YAML file, a `flink-conf.yaml` template, a Dockerfile, a Helm chart's `_helpers.tpl`). */
export function isCandidateName(name: string): boolean {
  return YAML_NAME.test(name) || isFlinkConfName(name) || isDockerfileName(name) || isHelmHelpersName(name);
}

/** Never a user's config: git's own files and installed packages, even where git does not ignore them. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** A file discovery will read: found by its name, not yet read. */
export interface ListedFile {
  /** Absolute. */
  file: string;
  /** Relative to `cwd`, `/` separators. */
  relative: string;
  /** The real path of the folder it was listed under: no symbolic link leads out of it. */
  root: string;
  /**
   * Its content where it is not read from the disk (a base revision's file, read from git in one
   * batch): then `file` and `root` are unused.
   */
  bytes?: Uint8Array;
  /** Its git object id, where it was read from git: the cache keeps it by that. */
  id?: string;
}

export interface Listing {
  /** In the order reports use (by relative path). */
  listed: ListedFile[];
  notices: Notice[];
  /**
   * Files of a git work tree that git has not named yet: those it does not track (and does not
   * ignore) take a walk of the whole work tree, which runs while the tracked ones are read. By
   * relative path, none of them in `listed`.
   */
  later?: Promise<ListedFile[]>;
}

/** Finds the files that may hold Flink configurations under the given paths. */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const listing = listCandidates(options);
  const listed = listing.later
    ? inPathOrder([...listing.listed, ...(await listing.later)], relativePath)
    : listing.listed;
  const stats: ReadStats = { ruledOut: 0 };
  const candidates = readCandidates(listed, listing.notices, stats);
  return { candidates, notices: listing.notices, files: listed.length, ruledOut: stats.ruledOut };
}

/** The order reports use: by path (each item's, from `path`), stably, in place. */
export function inPathOrder<T>(items: T[], path: (item: T) => string): T[] {
  return items.sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

const relativePath = (file: ListedFile) => file.relative;

/**
 * The files under the given paths that may hold Flink configurations, by name; none read. In a git
 * work tree the files git tracks come at once and the others `later`.
 */
export function listCandidates(options: DiscoverOptions): Listing {
  const cwd = path.resolve(options.cwd);
  const notices: Notice[] = [];
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  const seen = new Set<string>();
  const listed: ListedFile[] = [];
  const later: Promise<ListedFile[]>[] = [];
  // Names relative to `base` (`/` between folders, no `..`), kept where discovery looks at them;
  // each file once over all paths.
  const select = (names: readonly string[], base: string, root: string, into: ListedFile[]): ListedFile[] => {
    // A name's path from `cwd` is the base's and the name's: worked out once, not a name at a time.
    const from = toPosix(path.relative(cwd, base));
    // Git's names and the walk's are normalised, `/` between folders: on POSIX the base and the
    // name joined as they are is what path.join gives, at a fraction of its cost over a large tree.
    const prefix = base.endsWith(path.sep) ? base : base + path.sep;
    const join = path.sep === '/' ? (name: string) => prefix + name : (name: string) => path.join(base, name);
    for (const name of names) {
      // The name decides first: most files of a large tree are not YAML, and paths cost.
      if (!isCandidateName(name)) continue;
      if (name.split('/').some((part) => ALWAYS_SKIPPED.has(part))) continue;
      const file = join(name);
      const relative = from === '' ? name : `${from}/${name}`;
      if (seen.has(relative)) continue;
      seen.add(relative);
      if (include && !include(relative)) continue;
      if (exclude?.(relative)) continue;
      into.push({ file, relative, root });
    }
    return into;
  };

  for (const given of options.paths.length > 0 ? options.paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      notices.push({ code: 'path-not-found', message: `${given}: no such file or folder` });
      continue;
    }
    const base = stat.isDirectory() ? absolute : path.dirname(absolute);
    // A path in the workspace reads only the workspace, even through a committed symbolic link;
    // one the caller names outside it is read where it is.
    const root = (lexicallyInside(cwd, given) ? realRoot(cwd) : realRoot(base)) ?? base;
    const where = confinedPath(absolute, [root]);
    if (!where.ok) {
      notices.push({ code: where.code, message: `${toPosix(given)}: ${where.message}` });
      continue;
    }
    if (!stat.isDirectory()) {
      select([path.basename(absolute)], base, root, listed);
      continue;
    }
    const git = gitFiles(absolute);
    if (!git) {
      select(walk(absolute), base, root, listed);
      continue;
    }
    select(git.tracked, base, root, listed);
    later.push(git.untracked.then((names) => select(names, base, root, [])));
  }
  return {
    listed: inPathOrder(listed, relativePath),
    notices,
    ...(later.length > 0 && {
      later: Promise.all(later).then((lists) => inPathOrder(lists.flat(), relativePath)),
    }),
  };
}

/** Reads the listed files, in order, keeping those that may hold a Flink configuration. */
export function readCandidates(
  listed: readonly ListedFile[],
  notices: Notice[],
  stats: ReadStats = { ruledOut: 0 },
): Candidate[] {
  const candidates: Candidate[] = [];
  const folders: RealFolders = new Map();
  for (const listedFile of listed) {
    const candidate = readCandidate(listedFile, notices, stats, folders);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * Of files given by path (a base revision's), those discovery would list under the same options:
 * by name, never under `.git` or `node_modules`, inside the include and outside the exclude globs.
 */
export function selectListed<T extends { path: string }>(
  files: readonly T[],
  options: Pick<DiscoverOptions, 'include' | 'exclude'>,
): T[] {
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  return files.filter(
    ({ path: file }) =>
      isCandidateName(path.posix.basename(file)) &&
      !file.split('/').some((part) => ALWAYS_SKIPPED.has(part)) &&
      (!include || include(file)) &&
      !exclude?.(file),
  );
}

/**
 * Reads one file, synchronously: for the many small files of a repository, a blocking read is
 * several times faster than a round trip through libuv's thread pool per call.
 */
function readCandidate(
  listed: ListedFile,
  notices: Notice[],
  stats: ReadStats,
  folders: RealFolders,
): Candidate | undefined {
  const read = readListed(listed, notices, folders);
  return read && candidateOf(listed.relative, read.bytes, notices, stats);
}

/** A listed file's bytes, and its status where it was read from the disk; undefined (noticed) if not read. */
export function readListed(
  listed: ListedFile,
  notices: Notice[],
  folders: RealFolders,
): { bytes: Buffer; stat?: Stats } | undefined {
  if (listed.bytes)
    // Given, and passed to a worker thread as a plain Uint8Array: a view, not a copy.
    return { bytes: Buffer.from(listed.bytes.buffer, listed.bytes.byteOffset, listed.bytes.byteLength) };
  const read = readConfined(listed.file, [listed.root], undefined, folders);
  if (read.ok) return read;
  notices.push({
    code: read.code,
    message: read.message,
    location: { file: listed.relative, line: 1, column: 1 },
  });
  return undefined;
}

/** The file as a candidate, where it is text the prefilter keeps; else undefined (noticed, or counted). */
export function candidateOf(
  relative: string,
  bytes: Buffer,
  notices: Notice[],
  stats: ReadStats,
): Candidate | undefined {
  const utf16 = UTF16_BOMS.find(([bom]) => bytes.subarray(0, 2).equals(bom));
  if (utf16) {
    notices.push({
      code: 'unsupported-encoding',
      message: `Encoded as UTF-16 ${utf16[1]} (it starts with its byte-order mark); Flink and this tool read UTF-8; not read`,
      location: { file: relative, line: 1, column: 1 },
    });
    return undefined;
  }
  // A NUL byte in the first 8 KB: a binary file, named like YAML but not one.
  if (bytes.subarray(0, 8000).includes(0)) {
    notices.push({
      code: 'binary-file',
      message: 'A binary file (it holds NUL bytes); not read',
      location: { file: relative, line: 1, column: 1 },
    });
    return undefined;
  }
  // Ruled out on the raw bytes: most YAML of a repository is never decoded, let alone parsed.
  const keptBy = prefilter(relative, bytes);
  if (!keptBy) {
    stats.ruledOut++;
    return undefined;
  }
  return { path: relative, text: bytes.toString('utf8'), keptBy };
}

const UTF16_BOMS: [Buffer, string][] = [
  [Buffer.from([0xff, 0xfe]), 'LE'],
  [Buffer.from([0xfe, 0xff]), 'BE'],
];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Git's view of the files under `dir` (relative to it, `/` separators): those it tracks at once,
 * from its index; those it neither tracks nor ignores when its walk of the folder ends. Undefined
 * outside a work tree.
 */
function gitFiles(dir: string): { tracked: string[]; untracked: Promise<string[]> } | undefined {
  // Outside any work tree git would only fail: a start of git saved, a tenth of a small run.
  if (!dotGitOf(dir) && !process.env.GIT_DIR && !process.env.GIT_WORK_TREE) return undefined;
  // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
  const tracked = process
    .getBuiltinModule('node:child_process')
    .spawnSync('git', [...SAFE_GIT, 'ls-files', '-z', '--cached', '--', '.'], {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  if (tracked.error || tracked.status !== 0) return undefined;
  // Started after the index is read, not beside it: this walk reads every folder of the work tree,
  // and the threads start on the tracked files while it runs. No time limit, as for the tracked
  // files: a walk of a large tree takes what it takes.
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard', '--', '.'], dir, 0, 256 << 20);
  const names = tracked.stdout.split('\0').filter((f) => f !== '');
  return {
    tracked: names,
    // Where git cannot say, a walk does, less what git tracks.
    untracked: untracked.then((result) => {
      if (result.ok)
        return result.stdout
          .toString('utf8')
          .split('\0')
          .filter((f) => f !== '');
      const known = new Set(names);
      return walk(dir).filter((f) => !known.has(f));
    }),
  };
}

/** A walk honouring the `.gitignore` files it meets (outside a git work tree). */
function walk(root: string): string[] {
  const files: string[] = [];
  const real = realRoot(root) ?? root;
  const visit = (dir: string, rules: { base: string; ig: Ignore }[]): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    const own = names.includes('.gitignore') ? readIgnore(path.join(dir, '.gitignore'), real) : undefined;
    const active = own ? [...rules, { base: dir, ig: own }] : rules;
    for (const name of names) {
      if (ALWAYS_SKIPPED.has(name)) continue;
      const full = path.join(dir, name);
      let isDir = false;
      try {
        const stat = lstatSync(full);
        // Symbolic links to folders are not walked: they could lead out of the root or loop.
        isDir = stat.isDirectory();
      } catch {
        continue;
      }
      const ignored = active.some(({ base, ig }) => {
        const rel = toPosix(path.relative(base, full));
        return ig.ignores(isDir ? `${rel}/` : rel);
      });
      if (ignored) continue;
      if (isDir) visit(full, active);
      else files.push(toPosix(path.relative(root, full)));
    }
  };
  visit(root, []);
  return files;
}

function readIgnore(file: string, root: string): Ignore | undefined {
  const read = readConfined(file, [root]);
  return read.ok ? ignore().add(read.bytes.toString('utf8')) : undefined;
}
