import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Candidate } from './sources/discover.js';
import type { PolicyPack } from './policy/load-policies.js';
import { lintFiles, type FilesContext, type LintedFiles } from './lint-files.js';

/** What a worker thread is given: its files and the run's context, all plain data. */
export interface WorkerJob {
  candidates: Candidate[];
  context: FilesContext;
  policyDirs: string[];
}

/**
 * Below this many bytes of candidate files a thread of its own does not pay: a worker spends
 * about as long starting and compiling the policies as the main thread takes for this much YAML.
 */
export const MIN_BYTES_PER_THREAD = 512 * 1024;

/** The bundled worker entry beside this module; absent when running from the TypeScript sources. */
function workerEntry(): string | undefined {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
  return existsSync(file) ? file : undefined;
}

/**
 * How many threads share the files: as asked, or for `auto` by the amount of YAML and the cores,
 * less one core: a single thread already keeps about one and a half cores busy (V8 compiles and
 * collects garbage beside it), so on two cores a worker only adds its own start-up.
 */
export function threadCount(candidates: readonly Candidate[], concurrency: number | 'auto'): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, candidates.length));
  const bytes = candidates.reduce((sum, c) => sum + c.text.length, 0);
  return Math.max(1, Math.min(availableParallelism() - 1, Math.floor(bytes / MIN_BYTES_PER_THREAD)));
}

/**
 * Splits the files into contiguous shares of about equal size (the order of the report is the order
 * of the files), lints the first on this thread and the others on worker threads. A worker that
 * fails to start or dies leaves its share to this thread: the result is the same, only slower.
 */
export async function lintInThreads(
  candidates: readonly Candidate[],
  context: FilesContext,
  pack: () => PolicyPack,
  policyDirs: readonly string[],
  threads: number,
  entry = threads > 1 ? workerEntry() : undefined,
): Promise<LintedFiles[]> {
  if (!entry || threads <= 1) return [lintFiles(candidates, context, pack)];
  const [own, ...shares] = split(candidates, threads);
  const workers = shares.map((share) =>
    runWorker(entry, { candidates: share, context, policyDirs: [...policyDirs] }),
  );
  const mine = lintFiles(own, context, pack);
  const theirs = await Promise.all(
    workers.map((done, i) => done.catch(() => lintFiles(shares[i], context, pack))),
  );
  return [mine, ...theirs];
}

function runWorker(entry: string, job: WorkerJob): Promise<LintedFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: job });
    worker.once('message', (result: LintedFiles) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`lint worker exited with ${code}`)));
  });
}

/** `threads` contiguous shares with about the same number of bytes each. */
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
