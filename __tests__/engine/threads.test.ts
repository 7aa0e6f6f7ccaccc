import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LONG_RUN_FILES } from '../../src/engine/compiler-tier.js';
import {
  chunkLinkFacts,
  judgeChunk,
  loadListed,
  mergeShares,
  type FilesContext,
  type LintedFiles,
  type LoadedChunk,
} from '../../src/engine/files.js';
import {
  CHUNK_FILES,
  type Chunks,
  judgeClaimed,
  judgingOrder,
  LintThreads,
  loadChunks,
  MIN_FILES_PER_THREAD,
  threadCount,
} from '../../src/engine/threads.js';
import { link } from '../../src/link/index.js';
import type { LinkFacts } from '../../src/model/index.js';
import type { PolicyPack } from '../../src/policy/index.js';
import { builtinPolicyDir, loadPolicies } from '../../src/policy/load-policies.js';
import { EMPTY_SETTINGS } from '../../src/policy/settings.js';
import { listCandidates, type ListedFile } from '../../src/sources/discover/discover.js';
import { generateMonorepo } from '../../scripts/generate-monorepo.js';

// A run's files split between threads must report exactly what one thread reports: same configs,
// findings, notices and limit, in the same order.

const WORKER = path.resolve(import.meta.dirname, '../../dist/lint-worker.js');
const { pack } = loadPolicies([builtinPolicyDir()]);
const policyDirs = [builtinPolicyDir()];

let root: string;
let listed: ListedFile[];
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fml-threads-'));
  generateMonorepo(root, 160);
  // Files with more than one config, one that does not parse, an empty one: the limit's edge cases.
  writeFileSync(path.join(root, 'broken-flink-conf.yaml'), 'taskmanager.memory.process.size: [2g\n');
  writeFileSync(path.join(root, 'config.yaml'), '# nothing set yet\n');
  // A file too large to read: its notice comes from the share that reads it.
  writeFileSync(
    path.join(root, 'huge.yaml'),
    `taskmanager.memory.process.size: 2g\n#${'x'.repeat(2 << 20)}\n`,
  );
  listed = listCandidates({ cwd: root, paths: ['.'] }).listed;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const context = (maxConfigs: number): FilesContext => ({ maxConfigs, settings: EMPTY_SETTINGS, judge: true });

/** Loads every chunk, links the run from all of them, then judges each: what the threads do between them. */
function lintShares(chunks: readonly LoadedChunk[], maxConfigs: number): LintedFiles[] {
  const links = link(chunks.flatMap(chunkLinkFacts));
  return chunks.map((chunk) => judgeChunk(chunk, links, context(maxConfigs), () => pack));
}

function oneThread(maxConfigs: number) {
  return mergeShares(lintShares([loadListed(listed, context(maxConfigs))], maxConfigs), maxConfigs);
}

describe('shares of a run', () => {
  it('the tree has configs of every kind and files with several', () => {
    const all = oneThread(20_000);
    expect(new Set(all.results.map((r) => r.config.kind)).size).toBeGreaterThanOrEqual(6);
    expect(all.findings.length).toBeGreaterThan(0);
    expect(all.results.length).toBeGreaterThan(30);
    expect(all.notices.map((n) => n.code)).toContain('file-too-large');
  });

  it('merge to what one thread reports, at any split and any limit', () => {
    const total = oneThread(20_000).results.length;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: listed.length - 1 }), { maxLength: 3 }),
        fc.integer({ min: 0, max: total + 2 }),
        (cuts, maxConfigs) => {
          const bounds = [0, ...cuts.sort((a, b) => a - b), listed.length];
          const loaded = bounds
            .slice(1)
            .map((end, i) => loadListed(listed.slice(bounds[i], end), context(maxConfigs)));
          expect(mergeShares(lintShares(loaded, maxConfigs), maxConfigs)).toEqual(oneThread(maxConfigs));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a limit inside a file with several configs keeps its first ones and names it', () => {
    const all = oneThread(20_000).results;
    const index = all.findIndex((r, i) => i > 0 && r.config.file === all[i - 1].config.file);
    const cut = oneThread(index);
    expect(cut.results.map((r) => r.config.id)).toEqual(all.slice(0, index).map((r) => r.config.id));
    expect(cut.notices.find((n) => n.code === 'limit')?.location?.file).toBe(all[index].config.file);
    const left = new Set(all.slice(index).map((r) => r.config.id));
    expect(cut.findings.filter((f) => left.has(f.configId ?? ''))).toEqual([]);
    expect(oneThread(20_000).findings.filter((f) => left.has(f.configId ?? '')).length).toBeGreaterThan(0);
  });

  /** Every chunk one thread claims from `chunks`, in the order it claims them, linted. */
  async function claimAll(chunks: Chunks, maxConfigs: number) {
    const loaded = new Map<number, LoadedChunk>();
    const order: number[] = [];
    const facts: LinkFacts[] = [];
    await loadChunks(chunks, context(maxConfigs), loaded, (index, chunkFacts) => {
      order.push(index);
      facts.push(...chunkFacts);
    });
    const links = link(facts);
    return order.map((index) => ({
      index,
      linted: judgeChunk(loaded.get(index) as LoadedChunk, links, context(maxConfigs), () => pack),
    }));
  }

  it('chunks claimed by one thread come in file order and cover every file', async () => {
    const chunks = { listed, size: CHUNK_FILES, first: 0, next: new SharedArrayBuffer(4) };
    const claimed = await claimAll(chunks, 20_000);
    expect(claimed.map((c) => c.index)).toEqual([...Array(Math.ceil(listed.length / CHUNK_FILES)).keys()]);
    expect(
      mergeShares(
        claimed.map((c) => c.linted),
        20_000,
      ),
    ).toEqual(oneThread(20_000));
    // The counter is spent: a thread that comes late finds nothing left.
    expect(await claimAll(chunks, 20_000)).toEqual([]);
  });

  it('a thread stops keeping configs at the limit, and the merge still reports the first ones', async () => {
    const claimed = await claimAll({ listed, size: 8, first: 0, next: new SharedArrayBuffer(4) }, 5);
    expect(
      mergeShares(
        claimed.map((c) => c.linted),
        5,
      ),
    ).toEqual(oneThread(5));
  });

  it('one thread for a small tree, as many as asked otherwise', () => {
    expect(threadCount(MIN_FILES_PER_THREAD - 1, 'auto')).toBe(1);
    expect(threadCount(MIN_FILES_PER_THREAD * 2, 'auto')).toBe(Math.min(2, os.availableParallelism()));
    // A long run leaves a core to V8's optimising compiler.
    expect(threadCount(LONG_RUN_FILES + 1, 'auto')).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(threadCount(listed.length, 3)).toBe(3);
    expect(threadCount(2, 8)).toBe(2);
  });

  it('threads judge the chunks with most configs first, their own then the others', async () => {
    const size = 8;
    const chunks: Chunks = { listed, size, first: 0, next: new SharedArrayBuffer(4) };
    const loaded = new Map<number, LoadedChunk>();
    await loadChunks(chunks, context(20_000), loaded, () => undefined);
    const facts = [...loaded.values()].map(chunkLinkFacts);
    const configs = facts.map((files) => files.reduce((n, f) => n + f.configs.length, 0));
    const order = judgingOrder(facts);
    expect(new Set(configs).size).toBeGreaterThan(2);
    expect([...order].sort((a, b) => a - b)).toEqual([...loaded.keys()]);
    // Most configs first; equal ones in list order.
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      expect(configs[a] > configs[b] || (configs[a] === configs[b] && a < b)).toBe(true);
    }
    // This thread loaded every other chunk, and takes the rest after its own, in the same order.
    const own = new Map([...loaded].filter(([index]) => index % 2 === 0));
    const taken: number[] = [];
    const judging = { claims: new SharedArrayBuffer(4 * loaded.size), order, steal: true };
    await judgeClaimed(own, judging, [chunks], context(20_000), (index) => void taken.push(index));
    const owned = order.filter((index) => own.has(index));
    expect(taken).toEqual([...owned, ...order.filter((index) => !own.has(index))]);
  });
});

describe('worker threads (the bundled worker)', () => {
  const setup = { context: context(20_000), policyDirs };

  it('report what one thread reports', async () => {
    const threads = new LintThreads(setup, WORKER);
    threads.start(3);
    // Ready workers and one file a chunk: every thread claims some.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shares = await threads.run(
      listed,
      (facts) => link(facts),
      () => pack,
      { size: 1 },
    );
    expect(shares).toHaveLength(listed.length);
    expect(mergeShares(shares, 20_000)).toEqual(oneThread(20_000));
    const limited = new LintThreads({ ...setup, context: context(7) }, WORKER);
    limited.start(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(
      mergeShares(
        await limited.run(
          listed,
          (facts) => link(facts),
          () => pack,
          { size: 2 },
        ),
        7,
      ),
    ).toEqual(oneThread(7));
  });

  it("files listed later (a work tree's untracked ones) are shared alike and reported in path order", async () => {
    const threads = new LintThreads(setup, WORKER);
    threads.start(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Every third file comes later, as git names untracked files once its walk of the tree ends.
    const later = listed.filter((_, i) => i % 3 === 1);
    const shares = await threads.run(
      listed.filter((_, i) => i % 3 !== 1),
      (facts) => link(facts),
      () => pack,
      { size: 1, later: new Promise((resolve) => setTimeout(() => resolve(later), 50)) },
    );
    expect(shares).toHaveLength(listed.length);
    expect(mergeShares(shares, 20_000)).toEqual(oneThread(20_000));
  });

  it('a thread done with its own chunks takes over those another has not started on', async () => {
    const threads = new LintThreads(setup, WORKER);
    threads.start(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // This thread's pack comes late and is empty: a chunk it judges has no findings, one the worker
    // judges has its pack's. Both threads load; this one then waits on its first chunk's pack.
    const shares = await threads.run(
      listed,
      (facts) => link(facts),
      () => new Promise<PolicyPack>((resolve) => setTimeout(() => resolve({ policies: [] }), 3000)),
      { size: 1 },
    );
    const full = lintShares(
      listed.map((file) => loadListed([file], context(20_000))),
      20_000,
    );
    const withFindings = full.flatMap((share, index) => (share.findings.length > 0 ? [index] : []));
    const judgedHere = withFindings.filter((index) => shares[index].findings.length === 0);
    expect(withFindings.length).toBeGreaterThan(20);
    // At most the one chunk this thread had claimed before it waited.
    expect(judgedHere.length).toBeLessThanOrEqual(1);
  });

  it('workers that find no chunk left are let go', async () => {
    const threads = new LintThreads(setup, WORKER);
    threads.start(4);
    const few = listed.slice(0, 2);
    const shares = await threads.run(
      few,
      (facts) => link(facts),
      () => pack,
    );
    expect(shares).toHaveLength(1);
    expect(mergeShares(shares, 20_000)).toEqual(
      mergeShares(lintShares([loadListed(few, context(20_000))], 20_000), 20_000),
    );
  });

  it('a worker that fails leaves its share to this thread, with the same result', async () => {
    const broken = path.join(root, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("no worker today");\n');
    const threads = new LintThreads(setup, broken);
    threads.start(2);
    const shares = await threads.run(
      listed,
      (facts) => link(facts),
      () => pack,
      { size: 4 },
    );
    expect(mergeShares(shares, 20_000)).toEqual(oneThread(20_000));
  });

  it('a worker that dies after loading its chunks leaves them to this thread, with the same result', async () => {
    // The real worker, which this wrapper ends as soon as the links arrive: its loaded chunks are lost.
    const dying = path.join(root, 'dying-worker.mjs');
    writeFileSync(
      dying,
      [
        "import { parentPort } from 'node:worker_threads';",
        "parentPort.on('message', (m) => { if (m.kind === 'links') process.exit(3); });",
        `await import(${JSON.stringify(WORKER)});`,
      ].join('\n'),
    );
    const threads = new LintThreads(setup, dying);
    threads.start(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shares = await threads.run(
      listed,
      (facts) => link(facts),
      () => pack,
      { size: 1 },
    );
    expect(mergeShares(shares, 20_000)).toEqual(oneThread(20_000));
  });

  it('without a bundled worker (running from the sources) one thread does it all', async () => {
    const threads = new LintThreads(setup);
    threads.start(3);
    const shares = await threads.run(
      listed,
      (facts) => link(facts),
      () => pack,
    );
    expect(mergeShares(shares, 20_000)).toEqual(oneThread(20_000));
  });
});
