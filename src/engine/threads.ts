import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isLongRun } from './compiler-tier.js';
import type { ListedFile } from '../sources/discover/discover.js';
import type { PolicyPack } from '../policy/load-policies.js';
import { lintListed, type FilesContext, type LintedFiles } from './files.js';

/** What a worker thread starts with: the run's context, all plain data. Its files come later. */
export interface WorkerSetup {
  context: FilesContext;
  policyDirs: string[];
}

/**
 * The files of a run, cut into chunks that threads claim one at a time from a shared counter:
 * a thread that starts late or runs slow simply claims fewer, and none waits on another.
 */
export interface Chunks {
  listed: readonly ListedFile[];
  size: number;
  /** One 32-bit slot: the next chunk to claim. */
  next: SharedArrayBuffer;
}

/** Files a chunk: small enough that threads end close together, large enough to cost little. */
export const CHUNK_FILES = 64;

/**
 * Fewer listed files than this a thread and `auto` keeps to one: a worker costs about as much to
 * start, compile the policies and hand back its results as reading and linting this many takes.
 */
export const MIN_FILES_PER_THREAD = 1000;

/** The bundled worker entry beside this module; absent when running from the TypeScript sources. */
function workerEntry(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(file) ? file : undefined;
}

/**
 * How many threads share a tree of `files` files: as asked, or for `auto` by its size and the
 * cores, less one for V8's optimising compiler in a long run (compiler-tier.ts).
 */
export function threadCount(files: number, concurrency: number | 'auto'): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  const cores = availableParallelism() - (isLongRun(files) ? 1 : 0);
  return Math.max(1, Math.min(Math.floor(files / MIN_FILES_PER_THREAD), cores));
}

/** One chunk's result, as a worker posts it; `null` once it finds no chunk left. */
export type ChunkMessage = { index: number; linted: LintedFiles } | null;

/**
 * Claims chunks until none is left and lints each, handing it to `done`. The configs a thread
 * keeps stop at `maxConfigs`, counted over its own chunks: those come in file order, so no file
 * before the run's limit is ever cut short (mergeShares applies the limit itself). `between` runs
 * after each chunk: this thread takes in the workers' results there, while they still work.
 */
export async function lintChunks(
  chunks: Chunks,
  context: FilesContext,
  pack: () => PolicyPack,
  done: (index: number, linted: LintedFiles) => void,
  between: () => Promise<void> | void = () => undefined,
): Promise<void> {
  const next = new Int32Array(chunks.next);
  const count = Math.ceil(chunks.listed.length / chunks.size);
  let configs = 0;
  for (let index = Atomics.add(next, 0, 1); index < count; index = Atomics.add(next, 0, 1)) {
    const files = chunks.listed.slice(index * chunks.size, (index + 1) * chunks.size);
    const linted = lintListed(files, { ...context, maxConfigs: context.maxConfigs - configs }, pack);
    for (const file of linted.files) configs += file.results.length;
    done(index, linted);
    await between();
  }
}

interface Started {
  worker: Worker;
  /** Settles when the worker fails or ends (after its answer, that changes nothing). */
  ended: Promise<{ ended: unknown }>;
}

/**
 * This thread and the workers that share a run's files. Workers start as soon as the files are
 * listed (`start`) and compile the policies while this thread begins; then every thread claims
 * chunks of the list (`run`). The report keeps the order of the files. A worker that fails to
 * start or dies leaves its chunks to this thread: the result is the same, only slower.
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
      // Kept alive only while its results are awaited: a run that ends early never waits for it.
      worker.unref();
      const ended = new Promise<{ ended: unknown }>((resolve) => {
        worker.once('error', (error) => resolve({ ended: error }));
        worker.once('exit', (code) => resolve({ ended: code }));
      });
      this.workers.push({ worker, ended });
    }
  }

  /** Lints the listed files in every thread; one result a chunk, in file order. */
  async run(
    listed: readonly ListedFile[],
    pack: () => PolicyPack,
    size = CHUNK_FILES,
  ): Promise<LintedFiles[]> {
    const { context } = this.setup;
    const chunks: Chunks = { listed, size, next: new SharedArrayBuffer(4) };
    const byIndex = new Map<number, LintedFiles>();
    const keep = (index: number, linted: LintedFiles) => void byIndex.set(index, linted);
    const theirs = this.workers.map(({ worker, ended }) => {
      worker.postMessage(chunks);
      worker.ref();
      const finished = new Promise<void>((resolve) =>
        worker.on('message', (message: ChunkMessage) => {
          if (message) keep(message.index, message.linted);
          else resolve();
        }),
      );
      return Promise.race([finished, ended]).then(() => {
        worker.unref();
        worker.removeAllListeners('message');
      });
    });
    // Between its own chunks this thread lets the workers' results in (reading them takes time).
    const letIn =
      this.workers.length > 0 ? () => new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
    await lintChunks(chunks, context, pack, keep, letIn);
    await Promise.all(theirs);
    // Chunks a failed worker claimed and never returned are linted here, in their place.
    return Array.from({ length: Math.ceil(listed.length / size) }, (_, index) => {
      const linted = byIndex.get(index);
      if (linted) return linted;
      const files = listed.slice(index * size, (index + 1) * size);
      return lintListed(files, context, pack);
    });
  }
}
