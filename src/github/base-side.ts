import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient, RepoRef } from './octokit.js';
import { git, parseNameStatus, type TouchedFile } from './git.js';

/** The base side of a pull request, laid out in a folder of its own for `lint()`. */
export interface BaseSide {
  /** Base commit (or the ref the API was asked for). */
  ref: string;
  touched: TouchedFile[];
  /** Folder holding the base versions of the touched files, at their base paths. */
  dir: string;
  source: 'git' | 'api';
  /** Why something could not be read, for the log. */
  problems: string[];
}

export interface BaseSideRequest {
  /** The checked-out work tree (the head side). */
  cwd: string;
  /** The base commit or ref (`pull_request.base.sha`, or the `base-ref` input). */
  baseRef: string;
  /** Where to make the base folder (`RUNNER_TEMP`). */
  tempRoot: string;
  /** For the contents API when git cannot help. */
  api?: { client: GitHubClient; repo: RepoRef; pullNumber: number };
  /** Files worth reading on the base side (inside the linted paths). */
  wanted: (file: string) => boolean;
}

/** Base files larger than this are not configs anyone lints (discovery skips them too). */
const MAX_FILE_BYTES = 1024 * 1024;

/** A repository path that stays inside the folder it is written to. */
function safeRelative(file: string): boolean {
  return (
    file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === '')
  );
}

async function haveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/** The base commit in the local clone, fetched shallowly when the checkout lacks it. */
export async function resolveBaseCommit(cwd: string, ref: string): Promise<string | undefined> {
  // A ref is never an option to git.
  if (ref.startsWith('-')) return undefined;
  const local = (await haveCommit(cwd, ref)) ?? (await haveCommit(cwd, `origin/${ref}`));
  if (local) return local;
  const fetched = await git(
    ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref],
    cwd,
  );
  return fetched.ok ? haveCommit(cwd, 'FETCH_HEAD') : undefined;
}

async function fromGit(
  request: BaseSideRequest,
): Promise<{ commit: string; touched: TouchedFile[] } | undefined> {
  const commit = await resolveBaseCommit(request.cwd, request.baseRef);
  if (!commit) return undefined;
  // Paths relative to the work tree folder, so they match what lint() reports.
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
    request.cwd,
  );
  if (!diff.ok) return undefined;
  return { commit, touched: parseNameStatus(diff.stdout.toString('utf8')) };
}

async function gitFile(cwd: string, commit: string, file: string): Promise<Buffer | undefined> {
  const result = await git(['cat-file', 'blob', `${commit}:./${file}`], cwd);
  return result.ok ? result.stdout : undefined;
}

async function apiTouched(api: NonNullable<BaseSideRequest['api']>): Promise<TouchedFile[]> {
  const files = await api.client.paginate(api.client.rest.pulls.listFiles, {
    ...api.repo,
    pull_number: api.pullNumber,
    per_page: 100,
  });
  return files.map((f) => ({
    path: f.filename,
    basePath: f.status === 'added' ? undefined : (f.previous_filename ?? f.filename),
  }));
}

async function apiFile(
  api: NonNullable<BaseSideRequest['api']>,
  ref: string,
  file: string,
): Promise<Buffer | undefined> {
  const response = await api.client.rest.repos.getContent({
    ...api.repo,
    path: file,
    ref,
    mediaType: { format: 'raw' },
  });
  const data: unknown = response.data;
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return undefined;
}

/**
 * Finds the files a pull request touches and writes their base versions into a fresh folder:
 * from git when the base commit is (or can be fetched) in the clone, else from the REST API.
 */
export async function loadBaseSide(request: BaseSideRequest): Promise<BaseSide | undefined> {
  const problems: string[] = [];
  const local = await fromGit(request);
  let source: BaseSide['source'] = 'git';
  let ref = local?.commit ?? request.baseRef;
  let touched = local?.touched;
  if (!touched) {
    if (!request.api) return undefined;
    problems.push(
      `base commit ${request.baseRef} is not in the clone and could not be fetched: using the API`,
    );
    source = 'api';
    ref = request.baseRef;
    touched = await apiTouched(request.api);
  }
  const dir = await mkdtemp(path.join(request.tempRoot, 'flink-memory-lint-base-'));
  for (const file of touched) {
    if (!file.basePath || !request.wanted(file.path)) continue;
    if (!safeRelative(file.basePath)) {
      problems.push(`skipped base file with an unsafe path: ${JSON.stringify(file.basePath)}`);
      continue;
    }
    let content: Buffer | undefined;
    try {
      content =
        source === 'git'
          ? await gitFile(request.cwd, ref, file.basePath)
          : await apiFile(request.api as NonNullable<BaseSideRequest['api']>, ref, file.basePath);
    } catch (error) {
      problems.push(`could not read ${file.basePath} at ${ref}: ${(error as Error).message}`);
    }
    if (!content || content.length > MAX_FILE_BYTES) continue;
    const target = path.join(dir, file.basePath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return { ref, touched, dir, source, problems };
}
