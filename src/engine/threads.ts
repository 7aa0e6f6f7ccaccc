import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { ConfigLink, FilesProgress, LinkFacts } from '../model/index.js';
import type { PolicyPack } from '../policy/index.js';
import type { ListedFile } from '../sources/index.js';
import { isLongRun } from './compiler-tier.js';
import {
  chunkLinkFacts,
  judgeChunk,
  loadListed,
  type FilesContext,
  type LintedFiles,
  type LoadedChunk,
} from './files.js';

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
  /** The run's index of this list's first chunk: a run may list its files in more than one go. */
  first: number;
  /** One 32-bit slot: the next chunk of this list to claim. */
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

/**
 * What a worker posts: each chunk's link facts as it loads it, `loaded` when no chunk is left;
 * then, once given the links, each chunk judged, and `done`.
 */
export type WorkerMessage =
  | { kind: 'facts'; index: number; facts: LinkFacts[] }
  | { kind: 'loaded' }
  | { kind: 'linted'; index: number; linted: LintedFiles }
  | { kind: 'done' };

/** What the main thread posts a worker: the chunks to claim, then the links of the whole run. */
export type MainMessage =
  { kind: 'chunks'; chunks: Chunks } | { kind: 'links'; links: Map<string, ConfigLink>; judging: Judging };

/** How the threads share the judging: one slot a chunk of the run, set by the thread that takes it. */
export interface Judging {
  claims: SharedArrayBuffer;
  /** The run's chunks, most configs first: the order every thread takes them in (`judgeClaimed`). */
  order: number[];
  /** Whether a thread may take chunks another loaded (see `judgeClaimed`). */
  steal: boolean;
}

/**
 * The chunks, given their link facts, in the order threads judge them: most configs first (ties
 * in list order), so that what is left when a thread runs out of its own is the lightest work,
 * and the threads end close together. Configs sit together in a tree (a `deploy/` folder of them),
 * so a few chunks hold most; in list order, one thread was left judging the last heavy chunk alone.
 */
export function judgingOrder(facts: readonly (readonly LinkFacts[])[]): number[] {
  const configs = facts.map(configsIn);
  return configs.map((_, index) => index).sort((a, b) => configs[b] - configs[a] || a - b);
}

/**
 * Claims chunks until none is left and loads each, keeping it in `loaded` and handing its link
 * facts to `done`. The configs a thread keeps stop at `maxConfigs`, counted over its own chunks
 * (those of an earlier list in `loaded` included): within a list they come in file order, so no
 * file before the limit is cut short, except that a second list (git's untracked files) comes after
 * the first (mergeShares applies the limit itself). `between` runs after each chunk: the main
 * thread takes in the workers' messages there, while they still work.
 */
export async function loadChunks(
  chunks: Chunks,
  context: FilesContext,
  loaded: Map<number, LoadedChunk>,
  done: (index: number, facts: LinkFacts[]) => void,
  between: () => Promise<void> | void = () => undefined,
): Promise<void> {
  const next = new Int32Array(chunks.next);
  const count = chunkCount(chunks);
  let configs = 0;
  for (const chunk of loaded.values()) configs += configsIn(chunk.files);
  for (let claimed = Atomics.add(next, 0, 1); claimed < count; claimed = Atomics.add(next, 0, 1)) {
    const index = chunks.first + claimed;
    const chunk = loadChunk(chunks, index, { ...context, maxConfigs: context.maxConfigs - configs });
    configs += configsIn(chunk.files);
    loaded.set(index, chunk);
    done(index, chunkLinkFacts(chunk));
    await between();
  }
}

/**
 * Judges the chunks this thread loaded, each once it has claimed it; then, where `steal`, every
 * chunk no thread has claimed yet, loading it again here; both in the run's `order`. A thread that
 * loaded fewer configs, or judges faster, so takes over the rest of another's share instead of
 * waiting for it (each judged the chunks it loaded: on a 10,000-file tree the main thread, which
 * starts reading first, judged twice the worker's configs while the worker waited). `steal` holds
 * only where no thread's configs reached the run's limit: loaded again, a chunk is then the same
 * chunk. A chunk of a list this thread was not given (a worker started for the second list) is
 * left to others.
 */
export async function judgeClaimed(
  own: ReadonlyMap<number, LoadedChunk>,
  judging: Judging,
  lists: readonly Chunks[],
  context: FilesContext,
  judge: (index: number, chunk: LoadedChunk) => Promise<void> | void,
): Promise<void> {
  const claims = new Int32Array(judging.claims);
  const claim = (index: number) => Atomics.compareExchange(claims, index, 0, 1) === 0;
  for (const index of judging.order) {
    const chunk = own.get(index);
    if (chunk && claim(index)) await judge(index, chunk);
  }
  if (!judging.steal) return;
  for (const index of judging.order) {
    const list = listOf(lists, index);
    if (list && Atomics.load(claims, index) === 0 && claim(index))
      await judge(index, loadChunk(list, index, context));
  }
}

/** How many configs the files hold (loaded, or as their link facts). */
function configsIn(files: readonly { configs: readonly unknown[] }[]): number {
  let configs = 0;
  for (const file of files) configs += file.configs.length;
  return configs;
}

/** Whether judging a chunk runs the policies: the pack is compiled (and ajv loaded) only then. */
export function needsPack(chunk: LoadedChunk, context: FilesContext): boolean {
  return context.judge && chunk.files.some((f) => f.configs.length > 0 || f.fileProblems.length > 0);
}

/** The list (of those given, in order) that the run's chunk `index` comes from. */
export function listOf(lists: readonly Chunks[], index: number): Chunks | undefined {
  for (let at = lists.length - 1; at >= 0; at--) if (lists[at].first <= index) return lists[at];
  return undefined;
}

function chunkCount(chunks: Chunks): number {
  return Math.ceil(chunks.listed.length / chunks.size);
}

/** Loads the run's chunk `index`, one of this list's. */
function loadChunk(chunks: Chunks, index: number, context: FilesContext): LoadedChunk {
  const from = (index - chunks.first) * chunks.size;
  return loadListed(chunks.listed.slice(from, from + chunks.size), context);
}

interface Started {
  worker: Worker;
  /** Settles when the worker fails or ends (after its answer, that changes nothing). */
  ended: Promise<{ ended: unknown }>;
}

/** Each chunk as some thread has loaded it, then judged it. */
interface Progress {
  loaded: (index: number) => void;
  judged: (index: number) => void;
}

/** A worker's part of a run: the chunks it loaded, and its answers as they come. */
class WorkerShare {
  readonly facts = new Map<number, LinkFacts[]>();
  readonly linted = new Map<number, LintedFiles>();
  private phase: { resolve: () => void } | undefined;

  constructor(
    readonly started: Started,
    progress: Progress,
  ) {
    started.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'facts') {
        this.facts.set(message.index, message.facts);
        progress.loaded(message.index);
      } else if (message.kind === 'linted') {
        this.linted.set(message.index, message.linted);
        progress.judged(message.index);
      } else this.phase?.resolve();
    });
  }

  /** Posts a message and waits for the phase it starts to end (or the worker to fail). */
  async post(message: MainMessage): Promise<boolean> {
    const { worker, ended } = this.started;
    const phase = new Promise<true>((resolve) => (this.phase = { resolve: () => resolve(true) }));
    worker.postMessage(message);
    worker.ref();
    const ok = await Promise.race([phase, ended.then(() => false)]);
    worker.unref();
    return ok;
  }
}

/**
 * This thread and the workers that share a run's files. Workers start as soon as the files are
 * listed (`start`); then every thread claims chunks of the list and loads them (`run`). The link
 * stage then sees what every chunk holds and places each config; each thread derives and judges
 * the chunks it loaded, then those no other thread has started on (`judgeClaimed`). The report
 * keeps the order of the files. A worker that fails to start or dies leaves its chunks to this
 * thread: the result is the same, only slower.
 */
export class LintThreads {
  private readonly workers: Started[] = [];

  constructor(
    private readonly setup: WorkerSetup,
    private readonly entry = workerEntry(),
  ) {}

  /** Whether the policies judge this run's configs. */
  get judges(): boolean {
    return this.setup.context.judge;
  }

  get context(): FilesContext {
    return this.setup.context;
  }

  /** Starts workers so that `threads` threads, this one included, can share the files. */
  start(threads: number): void {
    if (!this.entry) return;
    while (this.workers.length < threads - 1) {
      // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
      const { Worker } = process.getBuiltinModule('node:worker_threads');
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

  /**
   * Lints the listed files in every thread, the links made from all of them; one result a chunk,
   * in list order. Files listed `later` (git's untracked ones) are loaded by every thread, and by
   * workers started meanwhile, after the others.
   */
  async run(
    listed: readonly ListedFile[],
    link: (facts: readonly LinkFacts[]) => Map<string, ConfigLink> | Promise<Map<string, ConfigLink>>,
    pack: () => PolicyPack | Promise<PolicyPack>,
    options: {
      size?: number;
      onProgress?: (progress: FilesProgress) => void;
      later?: Promise<readonly ListedFile[]>;
    } = {},
  ): Promise<LintedFiles[]> {
    const { context } = this.setup;
    const { size = CHUNK_FILES, onProgress } = options;
    const lists: Chunks[] = [];
    // Every chunk is of a list this thread was given.
    const listAt = (index: number): Chunks => listOf(lists, index)!;
    const files = (index: number) => {
      const chunks = listAt(index);
      return Math.min(size, chunks.listed.length - (index - chunks.first) * size);
    };
    const done: FilesProgress = { listed: listed.length, read: 0, judged: 0 };
    const progress: Progress = {
      loaded: (index) => {
        done.read += files(index);
        onProgress?.({ ...done });
      },
      judged: (index) => {
        done.judged += files(index);
        onProgress?.({ ...done });
      },
    };
    const shares: WorkerShare[] = [];
    // Workers' messages, and a progress line's timer, are taken in between this thread's chunks.
    const letIn = () =>
      shares.length > 0 || onProgress ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;

    // Load: every thread claims chunks of each list in turn; this one keeps its own.
    const mine = new Map<number, LoadedChunk>();
    const ownFacts = new Map<number, LinkFacts[]>();
    const loadedBy: boolean[] = [];
    let count = 0;
    const load = async (chunks: Chunks): Promise<void> => {
      lists.push(chunks);
      count += chunkCount(chunks);
      // A worker started since the last list (the run turned out larger) joins from this one on.
      for (const started of this.workers.slice(shares.length)) {
        shares.push(new WorkerShare(started, progress));
        loadedBy.push(true);
      }
      const loading = shares.map((share, i) =>
        loadedBy[i] ? share.post({ kind: 'chunks', chunks }) : Promise.resolve(false),
      );
      await loadChunks(
        chunks,
        context,
        mine,
        (index, facts) => {
          ownFacts.set(index, facts);
          progress.loaded(index);
        },
        letIn,
      );
      (await Promise.all(loading)).forEach((ok, i) => (loadedBy[i] &&= ok));
    };
    const chunksOf = (list: readonly ListedFile[]): Chunks => ({
      listed: list,
      size,
      first: count,
      next: new SharedArrayBuffer(4),
    });
    await load(chunksOf(listed));
    const more = await options.later;
    if (more && more.length > 0) {
      done.listed += more.length;
      await load(chunksOf(more));
    }
    // Chunks a failed worker claimed and never reported are loaded here, in their place.
    const factsOf = (index: number) =>
      ownFacts.get(index) ?? shares.find((s, i) => loadedBy[i] && s.facts.has(index))?.facts.get(index);
    for (let index = 0; index < count; index++) {
      if (factsOf(index)) continue;
      const chunk = loadChunk(listAt(index), index, context);
      mine.set(index, chunk);
      ownFacts.set(index, chunkLinkFacts(chunk));
    }
    const chunkFacts = Array.from({ length: count }, (_, index) => factsOf(index) ?? []);
    const facts = chunkFacts.flat();
    const links = await link(facts);

    // Judge: each thread the chunks it loaded, then those no thread has started on (judgeClaimed).
    const judging: Judging = {
      claims: new SharedArrayBuffer(4 * count),
      order: judgingOrder(chunkFacts),
      steal: configsIn(facts) < context.maxConfigs,
    };
    const judgedByWorkers = shares.map((share, i) =>
      loadedBy[i] ? share.post({ kind: 'links', links, judging }) : Promise.resolve(false),
    );
    let compiled: PolicyPack | undefined;
    const packFor = async (chunk: LoadedChunk): Promise<() => PolicyPack> => {
      if (needsPack(chunk, context)) compiled ??= await pack();
      return () => compiled ?? { policies: [] };
    };
    const linted = new Map<number, LintedFiles>();
    await judgeClaimed(mine, judging, lists, context, async (index, chunk) => {
      linted.set(index, judgeChunk(chunk, links, context, await packFor(chunk)));
      progress.judged(index);
      await letIn();
    });
    const judgedBy = await Promise.all(judgedByWorkers);
    const results: LintedFiles[] = [];
    for (let index = 0; index < count; index++) {
      const done =
        linted.get(index) ?? shares.find((s, i) => judgedBy[i] && s.linted.has(index))?.linted.get(index);
      if (done) {
        results.push(done);
        continue;
      }
      // A worker that died after loading or claiming: its chunk is loaded and judged again here.
      const chunk = loadChunk(listAt(index), index, context);
      results.push(judgeChunk(chunk, links, context, await packFor(chunk)));
    }
    return results;
  }
}
