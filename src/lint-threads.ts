import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Candidate } from './sources/discover.js';
import type { PolicyPack } from './policy/load-policies.js';
import { lintFiles, type FilesContext, type LintedFiles } from './lint-files.js';

/** What a worker thread starts with: the run's context, all plain data. Its files come later. */
export interface WorkerSetup {
  context: FilesContext;
  policyDirs: string[];
}

/** A worker's files (`null`: the run needs no share from it). */
export type WorkerShare = Candidate[] | null;

/**
 * Fewer files than this a thread (counting what discovery lists, before reading) and `auto` keeps
 * to one: a worker costs about as much to start, compile the policies and hand back its share as
 * linting this many files takes.
 */
export const MIN_FILES_PER_THREAD = 1000;

/** The bundled worker entry beside this module; absent when running from the TypeScript sources. */
function workerEntry(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(file) ? file : undefined;
}

/** How many threads share a tree of `files` files: as asked, or for `auto` by its size and the cores. */
export function threadCount(files: number, concurrency: number | 'auto'): number {
  const wanted = concurrency === 'auto' ? Math.floor(files / MIN_FILES_PER_THREAD) : concurrency;
  const cap = concurrency === 'auto' ? availableParallelism() : files;
  return Math.max(1, Math.min(wanted, cap));
}

interface Started {
  worker: Worker;
  /** Settles when the worker fails or ends (after its answer, that changes nothing). */
  ended: Promise<{ ended: unknown }>;
}

/**
 * This thread and the workers that share a run's files. Workers start as soon as the size of the
 * tree is known (`start`, while discovery still reads the files), so that their start-up and
 * policy compilation overlap discovery; `run` then splits the files into contiguous shares of
 * about equal size (the report keeps the order of the files). A worker that fails to start or dies
 * leaves its share to this thread: the result is the same, only slower.
 */
export class LintThreads {
  private readonly workers: Started[] = [];

  constructor(
    private readonly setup: WorkerSetup,
    private readonly entry = workerEntry(),
  ) {}

  /** Starts workers so that `threads` threads, this one included, can share the files. */
  start(threads: number): void {
    if (!this.entry) return;
    while (this.workers.length < threads - 1) {
      const worker = new Worker(this.entry, { workerData: this.setup });
      // Kept alive only while its share is awaited: a run that ends early never waits for it.
      worker.unref();
      const ended = new Promise<{ ended: unknown }>((resolve) => {
        worker.once('error', (error) => resolve({ ended: error }));
        worker.once('exit', (code) => resolve({ ended: code }));
      });
      this.workers.push({ worker, ended });
    }
  }

  async run(candidates: readonly Candidate[], pack: () => PolicyPack): Promise<LintedFiles[]> {
    const { context } = this.setup;
    const shares = split(candidates, this.workers.length + 1);
    const [own, ...theirs] = shares;
    const done = this.workers.map(({ worker, ended }, i) => {
      const share = theirs[i];
      worker.postMessage((share ?? null) satisfies WorkerShare);
      if (!share) return undefined;
      worker.ref();
      const answer = new Promise<{ result: LintedFiles }>((resolve) =>
        worker.once('message', (result: LintedFiles) => resolve({ result })),
      );
      return Promise.race([answer, ended]).then((settled) => {
        worker.unref();
        return 'result' in settled ? settled.result : lintFiles(share, context, pack);
      });
    });
    const mine = lintFiles(own ?? [], context, pack);
    return [mine, ...(await Promise.all(done.filter((d) => d !== undefined)))];
  }
}

/** At most `threads` contiguous shares with about the same number of bytes each, none empty. */
export function split<T extends Candidate>(candidates: readonly T[], threads: number): T[][] {
  const total = candidates.reduce((sum, c) => sum + c.text.length, 0);
  const shares: T[][] = [[]];
  let bytes = 0;
  for (const candidate of candidates) {
    const share = shares[shares.length - 1];
    if (share.length > 0 && shares.length < threads && bytes >= (total * shares.length) / threads)
      shares.push([candidate]);
    else share.push(candidate);
    bytes += candidate.text.length;
  }
  return shares;
}
