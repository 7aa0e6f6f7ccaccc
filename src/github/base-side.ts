import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient, RepoRef } from './octokit.js';
import { describeError } from './api-errors.js';
import type { TouchedFile } from '../sources/index.js';
import { changedFiles, fileAtCommit, resolveCommit, writeBaseFiles } from '../sources/index.js';

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
  /** For the REST API when git cannot help. */
  api?: {
    client: GitHubClient;
    repo: RepoRef;
    pullNumber: number;
    /** The head's config files, compared one by one when the pull request's file list is out of reach. */
    headFiles: () => Promise<string[]>;
  };
  /** Files worth reading on the base side (inside the linted paths). */
  wanted: (file: string) => boolean;
}

/** The base commit in the local clone, fetched shallowly when the checkout lacks it. */
export function resolveBaseCommit(cwd: string, ref: string): Promise<string | undefined> {
  return resolveCommit(cwd, ref, { fetch: true });
}

async function fromGit(
  request: BaseSideRequest,
): Promise<{ commit: string; touched: TouchedFile[] } | undefined> {
  const commit = await resolveBaseCommit(request.cwd, request.baseRef);
  if (!commit) return undefined;
  const touched = await changedFiles(request.cwd, commit, 'HEAD');
  return touched && { commit, touched };
}

type Api = NonNullable<BaseSideRequest['api']>;

/** A file at a ref through the contents API; undefined where the ref has no such file. */
async function apiFile(api: Api, ref: string, file: string): Promise<Buffer | undefined> {
  try {
    const response = await api.client.rest.repos.getContent({
      ...api.repo,
      path: file,
      ref,
      mediaType: { format: 'raw' },
    });
    const data: unknown = response.data;
    if (typeof data === 'string') return Buffer.from(data, 'utf8');
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    // A server that ignores the raw media type answers with the file's JSON description.
    const described = data as { content?: string; encoding?: string };
    if (typeof described?.content === 'string' && described.encoding === 'base64') {
      return Buffer.from(described.content, 'base64');
    }
    return undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/**
 * The files the pull request touches, from the pull request's file list; where that cannot be
 * had, the head's config files whose base version differs.
 */
async function apiTouched(
  api: Api,
  request: BaseSideRequest,
  read: (file: string) => Promise<Buffer | undefined>,
  problems: string[],
): Promise<TouchedFile[]> {
  try {
    const files = await api.client.paginate(api.client.rest.pulls.listFiles, {
      ...api.repo,
      pull_number: api.pullNumber,
      per_page: 100,
    });
    return files.map((f) => ({
      path: f.filename,
      basePath: f.status === 'added' ? undefined : (f.previous_filename ?? f.filename),
    }));
  } catch (error) {
    problems.push(
      `could not list the pull request's files (${describeError(error)}): comparing its config files`,
    );
  }
  const touched: TouchedFile[] = [];
  for (const file of await api.headFiles()) {
    const base = await read(file);
    const head = await readFile(path.join(request.cwd, file)).catch(() => undefined);
    if (!base) touched.push({ path: file });
    else if (!head || !base.equals(head)) touched.push({ path: file, basePath: file });
  }
  return touched;
}

/**
 * Finds the files a pull request touches and writes their base versions into a fresh folder:
 * from git when the base commit is (or can be fetched) in the clone, else from the REST API.
 */
export async function loadBaseSide(request: BaseSideRequest): Promise<BaseSide | undefined> {
  const problems: string[] = [];
  const local = await fromGit(request);
  if (!local && !request.api) return undefined;
  const api = request.api;
  const ref = local?.commit ?? request.baseRef;
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const read = (file: string): Promise<Buffer | undefined> => {
    if (!cache.has(file))
      cache.set(file, local ? fileAtCommit(request.cwd, ref, file) : apiFile(api as Api, ref, file));
    return cache.get(file) as Promise<Buffer | undefined>;
  };
  let touched = local?.touched;
  if (!touched) {
    problems.push(
      `base commit ${request.baseRef} is not in the clone and could not be fetched: using the API`,
    );
    touched = await apiTouched(api as Api, request, read, problems);
  }
  const dir = await writeBaseFiles({
    tempRoot: request.tempRoot,
    touched,
    wanted: request.wanted,
    read: (file) =>
      read(file).catch((error: unknown) => {
        problems.push(`could not read ${file} at ${ref}: ${describeError(error)}`);
        return undefined;
      }),
    problems,
  });
  return { ref, touched, dir, source: local ? 'git' : 'api', problems };
}
