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
import { evaluate, sortFindings, type Baseline, type PolicyPack } from '../policy/index.js';
import { inPathOrder, loadFile, readCandidates, type ListedFile } from '../sources/index.js';

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
}

/**
 * Reads the listed files and loads those that may hold a configuration, keeping at most
 * `maxConfigs` configs: the first half of a thread's work on its chunk.
 */
export function loadListed(listed: readonly ListedFile[], context: FilesContext): LoadedChunk {
  const notices: Notice[] = [];
  const files: LoadedFile[] = [];
  const stats = { ruledOut: 0 };
  let configs = 0;
  for (const candidate of readCandidates(listed, notices, stats)) {
    const file: LoadedFile = { path: candidate.path, configs: [], notices: [], fileProblems: [] };
    files.push(file);
    const room = context.maxConfigs - configs;
    if (room <= 0) {
      file.skipped = true;
      continue;
    }
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
    if (loaded.configs.length > room) file.truncated = true;
    file.configs = loaded.configs.slice(0, room);
    configs += file.configs.length;
  }
  return { notices, files, ruledOut: stats.ruledOut };
}

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
  const results: ConfigResult[] = [];
  const sources = new Map<string, string>();
  const fileProblems: LoadProblem[] = [];
  const files = chunk.files.map(({ configs, placing: _placing, ...file }): FileOutcome => {
    const outcome: FileOutcome = { ...file, results: configs.flatMap((c) => judged(c, links)) };
    if (file.text !== undefined) sources.set(file.path, file.text);
    fileProblems.push(...file.fileProblems);
    results.push(...outcome.results);
    return outcome;
  });
  if (!context.judge)
    return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings: [], suppressed: [] };
  const policies = results.length > 0 || fileProblems.length > 0 ? pack() : { policies: [] };
  const { findings, suppressed } = evaluate(results, policies, context.settings, {
    sources,
    baseline: context.baseline,
    fileProblems,
  });
  return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings, suppressed };
}

function judged(loaded: LoadedConfig, links: ReadonlyMap<string, ConfigLink>): ConfigResult[] {
  const link = links.get(loaded.id);
  if (!link) throw new Error(`the link stage did not place config ${loaded.id}`);
  return applyLinks(loaded, link).map((config) => ({ config, breakdown: deriveConfig(config) }));
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
