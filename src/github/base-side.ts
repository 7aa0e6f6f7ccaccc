import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gitBase, type BaseSource } from '../engine/index.js';
import { MAX_FILE_BYTES, type CommitFile, type TouchedFile } from '../sources/index.js';
import { describeError } from './api-errors.js';
import type { GitHubClient, RepoRef } from './octokit.js';

/** The base side of a pull request: from git where the clone has (or can fetch) the base commit, else from the API. */
export interface BaseSide extends BaseSource {
  source: 'git' | 'api';
  /** Why something could not be read, for the log. */
  problems: string[];
}

export interface BaseSideRequest {
  /** The checked-out work tree (the head side). */
  cwd: string;
  /** The base commit or ref (`pull_request.base.sha`, or the `base-ref` input). */
  baseRef: string;
  /** For the REST API when git cannot help. */
  api?: {
    client: GitHubClient;
    repo: RepoRef;
    pullNumber: number;
    /** The head's config files, compared one by one when the pull request's file list is out of reach. */
    headFiles: () => Promise<string[]>;
  };
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

/** Contents requests in flight at once: reads are not throttled as writes are, but stay polite. */
const API_READS = 8;

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Finds the files a pull request touches and how to read their base versions: from git when the
 * base commit is (or can be fetched) in the clone, else from the REST API.
 */
export async function loadBaseSide(request: BaseSideRequest): Promise<BaseSide | undefined> {
  const local = await gitBase(request.cwd, request.baseRef, 'HEAD', true).catch(() => undefined);
  if (local) return { ...local, source: 'git', problems: [] };
  const api = request.api;
  if (!api) return undefined;
  const problems = [
    `base commit ${request.baseRef} is not in the clone and could not be fetched: using the API`,
  ];
  const ref = request.baseRef;
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const fetched = (file: string): Promise<Buffer | undefined> => {
    if (!cache.has(file)) cache.set(file, apiFile(api, ref, file));
    return cache.get(file) as Promise<Buffer | undefined>;
  };
  const touched = await apiTouched(api, request, fetched, problems);
  const read = (file: string) =>
    fetched(file).catch((error: unknown) => {
      problems.push(`could not read ${file} at ${ref}: ${describeError(error)}`);
      return undefined;
    });
  const readMany = async (files: readonly string[]) => {
    const result = new Map<string, CommitFile>();
    await inParallel(files, API_READS, async (file) => {
      const bytes = await read(file);
      if (!bytes) return;
      // As git refuses them (filesAtCommit): the contents API gives no mode, so only the size.
      result.set(
        file,
        bytes.length > MAX_FILE_BYTES
          ? { ok: false, message: `${bytes.length} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read` }
          : { ok: true, bytes },
      );
    });
    return result;
  };
  return { ref, commit: ref, touched, read, readMany, source: 'api', problems };
}
