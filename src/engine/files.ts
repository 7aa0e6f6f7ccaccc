import { derive } from '../flink/index.js';
import type {
  Breakdown,
  ConfigResult,
  Entry,
  Finding,
  FlinkConfig,
  LoadProblem,
  Notice,
} from '../model/index.js';
import type { Settings } from '../model/policy.js';
import type { Baseline } from '../policy/baseline.js';
import { evaluate, sortFindings } from '../policy/evaluate.js';
import type { PolicyPack } from '../policy/load-policies.js';
import { toConfigMap } from '../derive/flink-view.js';
import { readCandidates, type Candidate, type ListedFile } from '../sources/discover/discover.js';
import { loadFile } from '../sources/load.js';

/** Everything lintFiles needs besides the files: plain data, so a worker thread can be given it. */
export interface FilesContext {
  flinkVersion?: string;
  defaultFlinkVersion?: string;
  maxConfigs: number;
  settings: Settings;
  baseline?: Baseline;
}

/** What one file gave, in the order the files were given. */
export interface FileOutcome {
  path: string;
  /** Not loaded: the run already held `maxConfigs` configs. */
  skipped?: true;
  /** Loaded, but only its first configs were kept (the run ran out of room). */
  truncated?: true;
  results: ConfigResult[];
  /** What loading noticed outside any config (unsupported shapes, limits). */
  notices: Notice[];
  /** The file does not parse: seen by the policies over `problems`. */
  fileProblems: LoadProblem[];
  /** Its text, where it gave configs or problems: renderers quote it. */
  text?: string;
}

export interface LintedFiles {
  /** What reading the files noticed (too large, not a regular file, a link out of the tree). */
  notices: Notice[];
  files: FileOutcome[];
  findings: Finding[];
  suppressed: Finding[];
}

/** Loads, derives and judges the files read. Pure apart from the pack, compiled on first use. */
function lintFiles(
  candidates: readonly Candidate[],
  context: FilesContext,
  pack: () => PolicyPack,
): Omit<LintedFiles, 'notices'> {
  const files: FileOutcome[] = [];
  const results: ConfigResult[] = [];
  const sources = new Map<string, string>();
  const fileProblems: LoadProblem[] = [];
  for (const candidate of candidates) {
    const outcome: FileOutcome = { path: candidate.path, results: [], notices: [], fileProblems: [] };
    files.push(outcome);
    const room = context.maxConfigs - results.length;
    if (room <= 0) {
      outcome.skipped = true;
      continue;
    }
    const loaded = loadFile(candidate.path, candidate.text, {
      flinkVersion: context.flinkVersion,
      defaultFlinkVersion: context.defaultFlinkVersion,
    });
    if (loaded.configs.length > 0 || loaded.problems.length > 0) {
      sources.set(candidate.path, candidate.text);
      outcome.text = candidate.text;
    }
    for (const problem of loaded.problems) {
      if (problem.code === 'yaml-error') outcome.fileProblems.push(problem);
      else outcome.notices.push({ code: problem.code, message: problem.message, location: problem.location });
    }
    fileProblems.push(...outcome.fileProblems);
    if (loaded.configs.length > room) outcome.truncated = true;
    for (const config of loaded.configs.slice(0, room))
      outcome.results.push({ config, breakdown: deriveConfig(config) });
    results.push(...outcome.results);
  }
  const judged = results.length > 0 || fileProblems.length > 0 ? pack() : { policies: [] };
  const { findings, suppressed } = evaluate(results, judged, context.settings, {
    sources,
    baseline: context.baseline,
    fileProblems,
  });
  return { files, findings, suppressed };
}

/**
 * Reads the listed files, then lints those that may hold a configuration: a whole run in one
 * thread, or one chunk of it in any thread.
 */
export function lintListed(
  listed: readonly ListedFile[],
  context: FilesContext,
  pack: () => PolicyPack,
): LintedFiles {
  const notices: Notice[] = [];
  const candidates = readCandidates(listed, notices);
  return { ...lintFiles(candidates, context, pack), notices };
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
    notices: shares.flatMap((share) => share.notices),
    sources: new Map(),
    judged: false,
  };
  const unread: string[] = [];
  // Keys of what a share judged but the run has no room for: config ids, and whole files.
  const dropped = new Set<string>();
  for (const file of shares.flatMap((share) => share.files)) {
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

/** The entries Flink applies, in order: the base file, then the config's own; placeholders left out. */
export function effectiveEntries(config: FlinkConfig): Entry[] {
  return [...(config.base?.entries ?? []), ...config.entries].filter((e) => !e.unresolved);
}

export function deriveConfig(config: FlinkConfig): Breakdown {
  return derive(toConfigMap(effectiveEntries(config)), {
    flinkVersion: config.flinkVersion,
    deployment: config.deployment,
    env: config.env ?? {},
  });
}
