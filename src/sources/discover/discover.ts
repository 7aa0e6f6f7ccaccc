import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Notice } from '../../model/index.js';
import { isDockerfileName } from '../formats/dockerfile-name.js';
import { isFlinkConfName } from '../formats/whole-file.js';
import { GIT_ENV, SAFE_GIT } from './git.js';
import { confinedPath, lexicallyInside, readConfined, realRoot } from './confined-file.js';

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
  /**
   * Read only for what it tells about configs elsewhere (a workload mounting a ConfigMap): it shows
   * nothing of Flink itself, so a file that does not parse (a Helm template) is not reported.
   */
  linkOnly?: true;
}

export interface DiscoverResult {
  candidates: Candidate[];
  notices: Notice[];
  /** Files looked at (after ignore rules and globs). */
  files: number;
}

/** YAML files, also as templates (`.yaml.template`, `.yml.tpl`, `.yaml.j2`). */
const YAML_NAME = /\.ya?ml(?:\.(?:template|tmpl|tpl|j2|jinja2?|in|example|sample|dist))?$/i;

/** Text that shows a YAML file may hold a Flink configuration; the loaders decide. */
const FLINK_CONTENT =
  /flink\.apache\.org\/|flinkConfiguration|FLINK_PROPERTIES|flink-conf|(?:^|[\s"'{,])(?:taskmanager|jobmanager)[.:]|flinkoperator\.k8s\.io\/|kind:\s*["']?FlinkApplication|flinkVersion/m;

/** Text that shows a workload that may run a config written elsewhere: a ConfigMap it mounts or reads into its environment. */
const LINKED_CONTENT = /configMap(?:Ref|KeyRef)?["']?\s*:/;
const CHART_NAME = /(?:^|\/)(?:Chart\.ya?ml|kustomization\.ya?ml)$/;

/** Whether discovery would look at a file of this name (a YAML file, a `flink-conf.yaml` template, a Dockerfile). */
export function isCandidateName(name: string): boolean {
  return YAML_NAME.test(name) || isFlinkConfName(name) || isDockerfileName(name);
}

/**
 * Text that places a Flink config without holding one: a compose file or Dockerfile that names a
 * Flink image, mounts or copies a config, or builds one.
 */
const LINK_CONTENT = /flink/i;

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
}

export interface Listing {
  /** In the order reports use (by relative path). */
  listed: ListedFile[];
  notices: Notice[];
}

/** Finds the files that may hold Flink configurations under the given paths. */
export function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const { listed, notices } = listCandidates(options);
  return Promise.resolve({ candidates: readCandidates(listed, notices), notices, files: listed.length });
}

/** The files under the given paths that may hold Flink configurations, by name; none read. */
export function listCandidates(options: DiscoverOptions): Listing {
  const cwd = path.resolve(options.cwd);
  const notices: Notice[] = [];
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
  const seen = new Set<string>();
  const listed: ListedFile[] = [];

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
    const names = stat.isDirectory() ? listFiles(absolute) : [path.basename(absolute)];
    for (const name of names) {
      // The name decides first: most files of a large tree are not YAML, and paths cost.
      if (!isCandidateName(name)) continue;
      if (name.split('/').some((part) => ALWAYS_SKIPPED.has(part))) continue;
      const file = path.join(base, name);
      const relative = toPosix(path.relative(cwd, file));
      if (seen.has(relative)) continue;
      seen.add(relative);
      if (include && !include(relative)) continue;
      if (exclude?.(relative)) continue;
      listed.push({ file, relative, root });
    }
  }
  listed.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { listed, notices };
}

/** Reads the listed files, in order, keeping those that may hold a Flink configuration. */
export function readCandidates(listed: readonly ListedFile[], notices: Notice[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { file, relative, root } of listed) {
    const candidate = readCandidate(file, relative, root, notices);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * Reads one file, synchronously: for the many small files of a repository, a blocking read is
 * several times faster than a round trip through libuv's thread pool per call.
 */
function readCandidate(
  file: string,
  relative: string,
  root: string,
  notices: Notice[],
): Candidate | undefined {
  const read = readConfined(file, [root]);
  if (!read.ok) {
    notices.push({
      code: read.code,
      message: read.message,
      location: { file: relative, line: 1, column: 1 },
    });
    return undefined;
  }
  const bytes = read.bytes;
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
  const text = bytes.toString('utf8');
  if (isDockerfileName(relative)) return LINK_CONTENT.test(text) ? { path: relative, text } : undefined;
  if (isFlinkConfName(relative) || FLINK_CONTENT.test(text) || isLinkingYaml(relative, text))
    return { path: relative, text };
  // A Helm chart's Chart.yaml and a kustomization.yaml say what the files around them are.
  if (LINKED_CONTENT.test(text) || CHART_NAME.test(relative)) return { path: relative, text, linkOnly: true };
  return undefined;
}

/** A compose file that may mount, build or run Flink (its services are read by the link stage). */
function isLinkingYaml(relative: string, text: string): boolean {
  return /^services\s*:/m.test(text) && (LINK_CONTENT.test(text) || COMPOSE_OVERRIDE_NAME.test(relative));
}

/** The override file Compose reads beside the default file: it may only change limits. */
const COMPOSE_OVERRIDE_NAME = /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/i;

const UTF16_BOMS: [Buffer, string][] = [
  [Buffer.from([0xff, 0xfe]), 'LE'],
  [Buffer.from([0xfe, 0xff]), 'BE'],
];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Files under a folder: git's view (tracked and untracked, not ignored) in a work tree, else a walk. */
/** Files under `dir`, relative to it with `/` separators. */
function listFiles(dir: string): string[] {
  return gitFiles(dir) ?? walk(dir);
}

function gitFiles(dir: string): string[] | undefined {
  const git = spawnSync(
    'git',
    [...SAFE_GIT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'],
    {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  if (git.error || git.status !== 0) return undefined;
  return git.stdout.split('\0').filter((f) => f !== '');
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
