import type {
  ConfigLink,
  ConfigResult,
  Finding,
  FlinkConfig,
  LinkFacts,
  LoadedConfig,
  LoadProblem,
  Notice,
  Settings,
} from '../model/index.js';
import { deriveConfig } from '../derive/index.js';
import { applyLinks, linkFacts, readLinkSources, type LinkSources } from '../link/index.js';
import {
  evaluate,
  fileProblemsId,
  sortFindings,
  type Baseline,
  type Evaluation,
  type PolicyPack,
} from '../policy/index.js';
import {
  candidateOf,
  inPathOrder,
  loadFile,
  readListed,
  statConfined,
  type Candidate,
  type ListedFile,
  type RealFolders,
} from '../sources/index.js';
import {
  decoded,
  sameBytes,
  serialize,
  statKey,
  storedFiles,
  type CacheEntry,
  type CacheSetup,
} from './result-cache.js';

/** Everything a thread needs besides the files: plain data, so a worker thread can be given it. */
export interface FilesContext {
  maxConfigs: number;
  settings: Settings;
  baseline?: Baseline;
  /**
   * Whether the policies judge the configs. A base revision's side is read for its breakdowns
   * alone (the comparison pairs those; its findings are never shown), so no policy is compiled.
   */
  judge: boolean;
  /** Where what is learnt of each file is kept between runs (result-cache.ts); the command line's. */
  cache?: CacheSetup;
}

/** What loading one file gave, before the link stage puts its configs in context. */
export interface LoadedFile {
  path: string;
  /** Not loaded: the run already held `maxConfigs` configs. */
  skipped?: true;
  /** Loaded, but only its first configs were kept (the run ran out of room). */
  truncated?: true;
  configs: LoadedConfig[];
  /** What loading noticed outside any config (unsupported shapes, limits). */
  notices: Notice[];
  /** The file does not parse: seen by the policies over `problems`. */
  fileProblems: LoadProblem[];
  /** Its text, where it gave configs or problems: renderers quote it. */
  text?: string;
  /**
   * What it says of where configs run, its own or other files' (compose services, a Dockerfile,
   * Kubernetes containers, a Helm `Chart.yaml`, a kustomization).
   */
  placing?: LinkSources;
}

/** A chunk of the listed files, read and loaded. */
export interface LoadedChunk {
  /** What reading the files noticed (too large, not a regular file, a link out of the tree). */
  notices: Notice[];
  files: LoadedFile[];
  /** Files the prefilter ruled out on their raw text, never parsed. */
  ruledOut: number;
  /** What the cache is to keep of the chunk's files, by path, where the run has a cache. */
  cache?: Map<string, CacheEntry>;
}

/** What one file gave, in the order the files were given. */
export interface FileOutcome extends Omit<LoadedFile, 'configs'> {
  results: ConfigResult[];
}

export interface LintedFiles {
  notices: Notice[];
  ruledOut: number;
  files: FileOutcome[];
  findings: Finding[];
  suppressed: Finding[];
  /** What the cache is to keep of these files. */
  cache?: CacheEntry[];
}

/**
 * Reads the listed files and loads those that may hold a configuration, keeping at most
 * `maxConfigs` configs: the first half of a thread's work on its chunk.
 */
export function loadListed(listed: readonly ListedFile[], context: FilesContext): LoadedChunk {
  const notices: Notice[] = [];
  const files: LoadedFile[] = [];
  const stats = { ruledOut: 0 };
  const folders: RealFolders = new Map();
  const cache = context.cache && new Map<string, CacheEntry>();
  const stored = context.cache && storedFiles(context.cache);
  const now = Date.now();
  let configs = 0;
  for (const listedFile of listed) {
    const { relative } = listedFile;
    const room = context.maxConfigs - configs;
    // A file the cache holds is only looked at (its status; from git, its object id), not read
    // again, unless it changed since.
    const known = stored?.get(relative);
    const given = listedFile.id && gitKey(listedFile.id);
    const stat = known && !listedFile.bytes && statConfined(listedFile.file, [listedFile.root], folders);
    const key = given || (stat ? statKey(stat, now) : undefined);
    let whole: LoadedFile | typeof RULED_OUT | undefined;
    const held = known && key === known.stat ? heldLoad(known.load) : undefined;
    if (held) {
      whole = held;
      cache?.set(relative, { path: relative, stat: key!, load: null });
    } else {
      const noticed = notices.length;
      const read = readListed(listedFile, notices, folders);
      const candidate = read && candidateOf(relative, read.bytes, notices, stats);
      if (!candidate) {
        // Ruled out (not a notice, which is said again each run): kept as such.
        const ruledOut = notices.length === noticed && (given || (read?.stat && statKey(read.stat, now)));
        if (ruledOut) cache?.set(relative, { path: relative, stat: ruledOut, load: new Uint8Array() });
        continue;
      }
      // Past the run's room, nothing more is loaded (mergeShares names the file in its notice).
      if (room > 0) whole = loadCandidate(candidate);
      const readKey = whole && (given || (read.stat && statKey(read.stat, now)));
      if (readKey && whole) cache?.set(relative, { path: relative, stat: readKey, load: serialize(whole) });
    }
    if (whole === RULED_OUT) {
      stats.ruledOut++;
      continue;
    }
    if (!whole || room <= 0) {
      files.push({ path: relative, skipped: true, configs: [], notices: [], fileProblems: [] });
      continue;
    }
    const file =
      whole.configs.length > room
        ? { ...whole, truncated: true as const, configs: whole.configs.slice(0, room) }
        : whole;
    files.push(file);
    configs += file.configs.length;
  }
  return { notices, files, ruledOut: stats.ruledOut, ...(cache ? { cache } : {}) };
}

/** A file read from git is kept by its object id: its content's hash, however recent. */
const gitKey = (id: string): string => `git ${id}`;

/** How the cache keeps a file the prefilter ruled out: no bytes. */
const RULED_OUT = 'ruled out';

/** What loading a candidate gives, the run's room for configs aside. */
function loadCandidate(candidate: Candidate): LoadedFile {
  const file: LoadedFile = { path: candidate.path, configs: [], notices: [], fileProblems: [] };
  const loaded = loadFile(candidate.path, candidate.text);
  // Kept only for what it says of other files (its name, a workload's ConfigMap, an image) and no
  // config in it: what fails to parse there (a Helm template) is nobody's concern here.
  if (candidate.keptBy !== 'text' && loaded.configs.length === 0) loaded.problems = [];
  const { containers, chart, kustomization } = loaded;
  const placing: LinkSources = {
    ...readLinkSources(candidate.path, candidate.text, loaded.parsed),
    ...(containers ? { containers } : {}),
    ...(chart ? { chart } : {}),
    ...(kustomization ? { kustomization } : {}),
  };
  if (Object.keys(placing).length > 0) file.placing = placing;
  if (loaded.configs.length > 0 || loaded.problems.length > 0) file.text = candidate.text;
  for (const problem of loaded.problems) {
    if (problem.code === 'yaml-error') file.fileProblems.push(problem);
    else file.notices.push({ code: problem.code, message: problem.message, location: problem.location });
  }
  file.configs = loaded.configs;
  return file;
}

/**
 * Plain data as bytes that depend on its values alone: V8's own serialisation writes a number as
 * the thread happens to hold it (a small integer, or a double), so the same links made in one
 * thread and posted to another read differently.
 */
function canonical(value: unknown): Uint8Array {
  return Buffer.from(
    JSON.stringify(value, (_key, v: unknown) => {
      // What JSON would drop or write as something else, tagged with a key no YAML source gives.
      if (v === undefined) return { '\0': 'undefined' };
      if (typeof v === 'bigint') return { '\0': 'bigint', v: String(v) };
      if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
        return { '\0': 'number', v: String(v) };
      if (v instanceof Map) return { '\0': 'map', v: [...v] };
      if (v instanceof Set) return { '\0': 'set', v: [...v] };
      return v;
    }),
  );
}

/** What loading a file gave, as the cache kept it (no bytes: ruled out). */
const heldLoad = (bytes: Uint8Array): LoadedFile | typeof RULED_OUT | undefined =>
  bytes.length === 0 ? RULED_OUT : decoded<LoadedFile>(bytes);

/** What the link stage needs of a loaded chunk. */
export function chunkLinkFacts(chunk: LoadedChunk): LinkFacts[] {
  return chunk.files
    .filter((f) => f.configs.length > 0 || f.placing)
    .map((f) => linkFacts(f.path, f.configs, f.placing));
}

/**
 * Derives and judges a loaded chunk whose configs the link stage has placed: the second half of a
 * thread's work. Pure apart from the pack, compiled on first use.
 */
export function judgeChunk(
  chunk: LoadedChunk,
  links: ReadonlyMap<string, ConfigLink>,
  context: FilesContext,
  pack: () => PolicyPack,
): LintedFiles {
  const stored = context.judge && context.cache?.judging ? storedFiles(context.cache) : undefined;
  const results: ConfigResult[] = [];
  const sources = new Map<string, string>();
  const fileProblems: LoadProblem[] = [];
  // Each file's findings: the cache's, or evaluate's below, split by file.
  const judgedFiles = new Map<string, JudgedFile>();
  const fresh: { path: string; links: Uint8Array; outcome: FileOutcome }[] = [];
  const files = chunk.files.map(({ configs, placing: _placing, ...file }): FileOutcome => {
    const entry = chunk.cache?.get(file.path);
    const judgeable = configs.length > 0 || file.fileProblems.length > 0;
    // Kept only whole: a file cut short by the run's limit is judged afresh.
    const linked =
      stored && entry && judgeable && !file.truncated
        ? canonical(configs.map((c) => links.get(c.id)))
        : undefined;
    const known = linked && stored?.get(file.path);
    const kept =
      linked && known && known.stat === entry?.stat && entry.load === null && sameBytes(known.links, linked)
        ? decoded<KeptJudging>(known.judged)
        : undefined;
    if (kept && entry) {
      // The configs are placed again (cheap, and the same: same config, same links); their
      // breakdowns and findings are the cache's.
      judgedFiles.set(file.path, kept);
      entry.judged = null;
      let at = 0;
      const placedAgain = configs.flatMap((c) => placed(c, links));
      return {
        ...file,
        results: placedAgain.map((config) => ({ config, breakdown: kept.breakdowns[at++] })),
      };
    }
    const outcome: FileOutcome = { ...file, results: configs.flatMap((c) => judged(c, links)) };
    if (file.text !== undefined) sources.set(file.path, file.text);
    fileProblems.push(...file.fileProblems);
    results.push(...outcome.results);
    if (linked) fresh.push({ path: file.path, links: linked, outcome });
    return outcome;
  });
  const cache = chunk.cache && [...chunk.cache.values()];
  if (!context.judge)
    return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings: [], suppressed: [], cache };
  const policies = results.length > 0 || fileProblems.length > 0 ? pack() : { policies: [] };
  const evaluated = evaluate(results, policies, context.settings, {
    sources,
    baseline: context.baseline,
    fileProblems,
  });
  // Nothing from the cache: the evaluation is the chunk's, as it is.
  const fromCache = judgedFiles.size > 0;
  if (fromCache || fresh.length > 0) splitByFile(evaluated, files, judgedFiles);
  for (const { path, links: linked, outcome } of fresh) {
    const entry = chunk.cache!.get(path)!;
    entry.links = linked;
    const kept: KeptJudging = {
      ...judgedFiles.get(path)!,
      breakdowns: outcome.results.map((r) => r.breakdown),
    };
    entry.judged = serialize(kept);
  }
  // In the order one evaluation of the whole chunk gives: the configs' findings file by file, then
  // those of files that do not parse (sortFindings keeps that order among equals).
  const joined = (part: 'findings' | 'suppressed') =>
    fromCache
      ? sortFindings(
          [0, 1].flatMap((kind) => files.flatMap((f) => judgedFiles.get(f.path)?.[part][kind] ?? [])),
        )
      : evaluated[part];
  return {
    notices: chunk.notices,
    ruledOut: chunk.ruledOut,
    files,
    findings: joined('findings'),
    suppressed: joined('suppressed'),
    cache,
  };
}

/** A file's findings as judging gave them: of its configs, then of the file itself when it does not parse. */
interface JudgedFile {
  findings: [Finding[], Finding[]];
  suppressed: [Finding[], Finding[]];
}

/** What the cache keeps of judging a file: its findings, and its configs' breakdowns in order. */
interface KeptJudging extends JudgedFile {
  breakdowns: ConfigResult['breakdown'][];
}

/** Files' findings (what one evaluation gave, for the files not already in `into`), by file. */
function splitByFile(
  evaluated: Evaluation,
  files: readonly FileOutcome[],
  into: Map<string, JudgedFile>,
): void {
  const owner = new Map<string, [string, 0 | 1]>();
  for (const file of files) {
    if (into.has(file.path)) continue;
    into.set(file.path, { findings: [[], []], suppressed: [[], []] });
    for (const result of file.results) owner.set(result.config.id, [file.path, 0]);
    owner.set(fileProblemsId(file.path), [file.path, 1]);
  }
  for (const part of ['findings', 'suppressed'] as const)
    for (const finding of evaluated[part]) {
      const [file, kind] = owner.get(finding.configId ?? '')!;
      into.get(file)![part][kind].push(finding);
    }
}

function judged(loaded: LoadedConfig, links: ReadonlyMap<string, ConfigLink>): ConfigResult[] {
  return placed(loaded, links).map((config) => ({ config, breakdown: deriveConfig(config) }));
}

/** The config in each context the link stage placed it in. */
function placed(loaded: LoadedConfig, links: ReadonlyMap<string, ConfigLink>): FlinkConfig[] {
  const link = links.get(loaded.id);
  if (!link) throw new Error(`the link stage did not place config ${loaded.id}`);
  return applyLinks(loaded, link);
}

export interface Merged {
  results: ConfigResult[];
  findings: Finding[];
  suppressed: Finding[];
  notices: Notice[];
  /** Texts of the files that gave configs or problems. */
  sources: Map<string, string>;
  /** Whether the policies looked at anything (a config, or a file that does not parse). */
  judged: boolean;
  /** Files the prefilter ruled out, over every share. */
  ruledOut: number;
}

/**
 * Joins the shares of a run, in file order, into what one thread linting every file would have
 * reported: the first `maxConfigs` configs; the files past them are left out, with what was
 * judged of them, and named in a `limit` notice.
 */
export function mergeShares(shares: readonly LintedFiles[], maxConfigs: number): Merged {
  const merged: Merged = {
    results: [],
    findings: [],
    suppressed: [],
    // What reading noticed first, as discovery reports it; then what loading noticed, file by file.
    // By path: shares come in list order, and a run that lists its files in two goes (git's tracked
    // files, then its untracked ones) has two runs of paths to merge.
    notices: inPathOrder(
      shares.flatMap((share) => share.notices),
      (n) => n.location?.file ?? '',
    ),
    sources: new Map(),
    judged: false,
    ruledOut: shares.reduce((sum, share) => sum + share.ruledOut, 0),
  };
  const unread: string[] = [];
  // Keys of what a share judged but the run has no room for: config ids, and whole files.
  const dropped = new Set<string>();
  for (const file of inPathOrder(
    shares.flatMap((share) => share.files),
    (f) => f.path,
  )) {
    const room = maxConfigs - merged.results.length;
    if (room <= 0 || file.skipped) {
      unread.push(file.path);
      dropped.add(fileKey(file.path));
      continue;
    }
    if (file.text !== undefined) merged.sources.set(file.path, file.text);
    merged.judged ||= file.results.length > 0 || file.fileProblems.length > 0;
    merged.notices.push(...file.notices);
    if (file.truncated || file.results.length > room) unread.push(file.path);
    for (const [i, result] of file.results.entries()) {
      if (i >= room) {
        dropped.add(result.config.id);
        continue;
      }
      merged.results.push(result);
      if (isEmptyFile(result.config))
        merged.notices.push({
          code: 'empty-config',
          message: 'Sets no Flink option',
          location: { file: result.config.file, line: 1, column: 1 },
        });
    }
  }
  if (unread.length > 0)
    merged.notices.push({
      code: 'limit',
      message: `Only the first ${maxConfigs} configs are linted: ${unread.length} files from ${unread[0]} on are left out, in whole or in part`,
      location: { file: unread[0], line: 1, column: 1 },
    });
  const kept = (f: Finding) => !dropped.has(f.configId ?? '') && !dropped.has(fileKey(f.file));
  merged.findings = sortFindings(shares.flatMap((share) => share.findings).filter(kept));
  merged.suppressed = sortFindings(shares.flatMap((share) => share.suppressed).filter(kept));
  return merged;
}

/** Cannot collide with a config id (`file#…`). */
const fileKey = (file: string) => `${file}\0`;

/** A whole-file config with nothing in it (empty, or comments only). */
function isEmptyFile(config: FlinkConfig): boolean {
  return (
    (config.kind === 'flink-conf' || config.kind === 'config-yaml') &&
    config.entries.length === 0 &&
    config.problems.length === 0
  );
}
