import path from 'node:path';
import { link, prepareLink } from '../link/index.js';
import {
  TOOL,
  type ConfigResult,
  type Finding,
  type LintOptions,
  type Notice,
  type PolicyProblem,
  type Report,
  type Settings,
} from '../model/index.js';
import {
  builtinPolicyDir,
  compilePolicies,
  loadSettings,
  parseBaseline,
  type Baseline,
  type PolicyPack,
} from '../policy/index.js';
import {
  inPathOrder,
  listCandidates,
  readConfined,
  realRoot,
  selectListed,
  trackedFileCount,
  treeReader,
  type ListedFile,
} from '../sources/index.js';
import { sizeRun } from './compiler-tier.js';
import {
  CACHED_FILES_MAX,
  cacheSetup,
  cacheWork,
  keepFiles,
  listedWork,
  storedRun,
  type CacheSetup,
} from './result-cache.js';
import { keptAs, keptRun, readsOutside, reusedRun } from './whole-run.js';
import { mergeShares, type FilesContext } from './files.js';
import { LintThreads, threadCount } from './threads.js';

/** What a run needs before it reads the tree: the settings, the baseline, and the policy pack, on demand. */
export interface Prepared {
  settings: Settings;
  baseline?: Baseline;
  /**
   * Compiles the built-in and user policies on first use (never when the tree holds no config:
   * then ajv is not even loaded).
   */
  pack: () => Promise<PolicyPack>;
  /** The policy folders the pack is compiled from (a worker thread compiles its own). */
  policyDirs: string[];
  notices: Notice[];
  /** The notices compiling the pack added to `notices`, once it is compiled. */
  packNotices?: Notice[];
}

/** Compiled packs by folder list: the action lints the head and the base in one process. */
const packs = new Map<string, ReturnType<typeof compilePolicies>>();

/**
 * Reads the settings file and the baseline, and prepares the policy pack. Broken settings,
 * policies or baselines become notices: the run goes on with what is valid.
 */
export async function prepare(options: LintOptions): Promise<Prepared> {
  const notices: Notice[] = [];
  const { settings, problems } = await loadSettings(options.cwd, options.configFile, options.workspace);
  for (const problem of problems) notices.push(setupNotice('settings-invalid', options.cwd, problem));
  const policyDirs = [builtinPolicyDir(), ...settings.policyDirs, ...(options.policyDirs ?? [])].map((dir) =>
    path.resolve(options.cwd, dir),
  );
  let baseline: Baseline | undefined;
  if (settings.baseline) {
    const file = path.resolve(options.cwd, settings.baseline);
    try {
      const read = readConfined(file, settings.root ? [settings.root] : []);
      if (!read.ok) throw new Error(read.message);
      baseline = parseBaseline(read.bytes.toString('utf8'), relative(options.cwd, file));
    } catch (err) {
      notices.push({
        code: 'baseline-invalid',
        message: `baseline ${relative(options.cwd, file)} not used: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  let compiled: Promise<PolicyPack> | undefined;
  const pack = () =>
    (compiled ??= (async () => {
      const key = policyDirs.join('\0');
      let loading = packs.get(key);
      if (!loading)
        packs.set(key, (loading = compilePolicies(policyDirs, { trusted: [builtinPolicyDir()] })));
      const loaded = await loading;
      prepared.packNotices = loaded.problems.map((problem) =>
        setupNotice('policy-invalid', options.cwd, problem),
      );
      notices.push(...prepared.packNotices);
      return loaded.pack;
    })());
  const prepared: Prepared = { settings, baseline, pack, policyDirs, notices };
  return prepared;
}

function setupNotice(code: string, cwd: string, problem: PolicyProblem): Notice {
  return {
    code,
    message: problem.message,
    location: { file: relative(cwd, problem.file), line: problem.line ?? 1, column: 1 },
  };
}

/** Discovers, loads and derives every Flink config under the given paths, then evaluates the policies. */
export async function lint(options: LintOptions, given?: Prepared): Promise<Report> {
  const prepared = given ?? (await prepare(options));
  const concurrency = options.concurrency ?? 'auto';
  const early = earlyTreeSize(options.cwd);
  let cache = options.cache ? lintCache(options, prepared, early) : undefined;
  let threads = newThreads(options, prepared, true, cache);
  // The last run's report, where the cache holds it: no thread is needed unless something changed.
  let last = cache && storedRun(cache);
  // A large tree is known from git's index before it is listed: workers start up meanwhile, unless
  // the cache holds most of its files.
  if (!options.onlyFiles && !last) threads.start(threadCount(cacheWork(early, cache), concurrency));
  const listing = listCandidates({
    cwd: options.cwd,
    paths: options.paths,
    include: options.include,
    exclude: options.exclude,
  });
  const only = options.onlyFiles ? new Set(options.onlyFiles) : undefined;
  const kept = (files: ListedFile[]) => (only ? files.filter((f) => only.has(f.relative)) : files);
  const listed = kept(listing.listed);
  const later = listing.later?.then(kept);
  // Outside git the tree's size is known once it is listed (whole: no walk of git's comes later).
  // No worker started before: nothing told the size.
  if (options.cache && !cache && early === 0 && !later) {
    cache = lintCache(options, prepared, listed.length);
    threads = newThreads(options, prepared, true, cache);
    last = cache && storedRun(cache);
  }
  const reused = last && (await reusedRun(cache!, last, listed, later, options.cwd));
  if (reused) {
    // The pack is not compiled: its notices are the last run's, said where compiling says them.
    const packNotices = prepared.packNotices ? [] : reused.packNotices;
    return reused.report((found) => [...prepared.notices, ...packNotices, ...listing.notices, ...found]);
  }
  return lintListed(options, prepared, threads, listed, listing.notices, later, cache?.run !== undefined);
}

/** A file given with its content, not read from the disk (a base revision's, from git). */
export interface GivenFile {
  /** Relative to `cwd`, `/` separators: the path reports show. */
  path: string;
  bytes: Buffer;
  /** Its git object id, where it comes from git: the command line's cache keeps it by that. */
  id?: string;
}

/**
 * Lints files given with their contents as `lint` lints a tree: the same prefilter, loaders,
 * threads, links and policies; the files discovery would not list under `options` left out.
 * With `judge` false the configs are derived and never judged: a report without findings.
 */
export async function lintGiven(
  options: LintOptions,
  files: readonly GivenFile[],
  given?: Prepared,
  judge = true,
): Promise<Report> {
  const prepared = given ?? (await prepare(options));
  const listed = inPathOrder(
    selectListed(files, options).map((f): ListedFile => ({
      file: f.path,
      relative: f.path,
      root: options.cwd,
      bytes: f.bytes,
      ...(f.id ? { id: f.id } : {}),
    })),
    (f) => f.relative,
  );
  // Kept apart from the work tree's: the same path, keyed by object id instead of status.
  const cache = options.cache ? lintCache(options, prepared, listed.length, 'git') : undefined;
  return lintListed(options, prepared, newThreads(options, prepared, judge, cache), listed, []);
}

function newThreads(options: LintOptions, prepared: Prepared, judge = true, cache?: CacheSetup): LintThreads {
  const context: FilesContext = {
    maxConfigs: options.maxConfigs ?? MAX_CONFIGS,
    settings: prepared.settings,
    baseline: prepared.baseline,
    judge,
    ...(cache ? { cache } : {}),
  };
  return new LintThreads({ context, policyDirs: prepared.policyDirs });
}

/**
 * The cache of this run (result-cache.ts), where the run will list at most `CACHED_FILES_MAX`
 * files (`size`: guessed from git's index for a work tree, counted once listed outside git and for
 * files given from git): the cache holds a copy of what a run keeps of every file, which a larger
 * tree has no room for.
 */
function lintCache(
  options: LintOptions,
  prepared: Prepared,
  size: number,
  from: 'work tree' | 'git' = 'work tree',
): CacheSetup | undefined {
  const root = realRoot(options.cwd);
  if (!root || size === 0 || size > CACHED_FILES_MAX) return undefined;
  const { paths, include, exclude, onlyFiles } = options;
  const setup = cacheSetup(root, { from, paths, include, exclude, onlyFiles }, prepared.policyDirs, [
    prepared.settings,
    prepared.baseline,
  ]);
  // A work tree's run keeps its report whole too: what else it depends on is the reports' folder,
  // the version asked for and the room for configs (the settings and policies are judging's).
  const run = JSON.stringify([options.cwd, options.flinkVersion ?? null, options.maxConfigs ?? MAX_CONFIGS]);
  return setup?.judging && from === 'work tree' ? { ...setup, run } : setup;
}

async function lintListed(
  options: LintOptions,
  prepared: Prepared,
  threads: LintThreads,
  listed: readonly ListedFile[],
  listingNotices: readonly Notice[],
  later?: Promise<readonly ListedFile[]>,
  keepRun = false,
): Promise<Report> {
  const { settings } = prepared;
  const maxConfigs = options.maxConfigs ?? MAX_CONFIGS;
  const concurrency = options.concurrency ?? 'auto';
  const { cache } = threads.context;
  const sized = (files: readonly ListedFile[]) => {
    sizeRun(files.length);
    threads.start(threadCount(cache ? listedWork(files, cache) : files.length, concurrency));
  };
  sized(listed);
  // Git's untracked files come once its walk of the work tree ends: the run is sized again then.
  const all = later
    ? later.then((more) => {
        const files = [...listed, ...more];
        sized(files);
        return files;
      })
    : Promise.resolve(listed);
  const versions = { override: options.flinkVersion, fallback: settings.flinkVersion };
  let reads: Map<string, string | undefined> | undefined;
  const shares = await threads.run(
    listed,
    async (facts) => {
      const files = await all;
      await prepareLink(files.map((f) => f.relative));
      // The link stage reads the files other files name (a kustomization's bases and patches) from
      // the tree: from where they were listed, or the workspace when the run reads the disk.
      const read = treeReader(files, files.some((f) => f.bytes) ? undefined : options.cwd);
      if (!keepRun) return link(facts, versions, read);
      const outside = readsOutside(read, files, options.cwd);
      reads = outside.reads;
      return link(facts, versions, outside.read);
    },
    prepared.pack,
    { onProgress: options.onProgress, later },
  );
  const files = (await all).length;
  const kept = shares.flatMap((share) => share.cache ?? []);
  const { results, findings, suppressed, sources, judged, ruledOut, ...merged } = mergeShares(
    shares,
    maxConfigs,
  );
  // Compiling the pack records its problems among the prepared notices: first, then read them.
  const policies = judged && threads.judges ? (await prepared.pack()).policies.map((p) => p.policy) : [];
  const found = [...merged.notices, ...unreportedProblems(results, [...findings, ...suppressed])];
  const report: Report = {
    tool: { ...TOOL },
    configs: results,
    findings,
    suppressed,
    notices: [...prepared.notices, ...listingNotices, ...found],
    policies,
    sources,
    stats: {
      listed: files,
      ruledOut,
      ...(cache ? { cached: kept.reduce((sum, entry) => sum + (entry.load === null ? 1 : 0), 0) } : {}),
    },
    summary: {
      files,
      configs: results.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      suppressed: suppressed.length,
    },
  };
  if (cache && files <= CACHED_FILES_MAX) {
    const run = keepRun ? keptRun(report, found, prepared.packNotices ?? [], files, reads) : undefined;
    keptAs(report, cache, keepFiles(cache, kept, run));
  }
  return report;
}

/**
 * What a run will list, guessed before listing from git's index: thread counts go by the YAML
 * files listed, the index counts every tracked file, so each counts for half. A guess too high
 * costs a worker's start-up on another core; the listing then sizes the run. 0 outside git.
 */
function earlyTreeSize(cwd: string): number {
  return Math.floor((trackedFileCount(cwd) ?? 0) / 2);
}

/** Most configs one run derives and judges: time and memory stay bounded however large the tree. */
export const MAX_CONFIGS = 20_000;

/** What a loader noticed that no policy turned into a finding on that line: said once, as a notice. */
function unreportedProblems(results: readonly ConfigResult[], reported: readonly Finding[]): Notice[] {
  const said = new Set(reported.map((f) => `${f.file}:${f.line}`));
  const notices: Notice[] = [];
  for (const { config } of results) {
    for (const problem of config.problems) {
      const key = `${problem.location.file}:${problem.location.line}`;
      if (said.has(key)) continue;
      said.add(key);
      notices.push({ code: problem.code, message: problem.message, location: problem.location });
    }
  }
  return notices;
}

function relative(cwd: string, file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return rel.split(path.sep).join('/');
}
