import type { Breakdown } from './breakdown.js';
import type { FlinkConfig } from './flink-config.js';
import type { Finding, Severity } from './finding.js';
import type { Location } from './location.js';
import type { Policy } from './policy.js';

/** One config and what Flink would make of it. */
export interface ConfigResult {
  config: FlinkConfig;
  breakdown: Breakdown;
}

/** Something the run wants people to know that is not a finding: a skipped file, a limit reached. */
export interface Notice {
  code: string;
  message: string;
  location?: Location;
}

export interface ReportSummary {
  files: number;
  configs: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/** How a run went through the tree (`--verbose`, the benchmarks); no renderer depends on it. */
export interface RunStats {
  /** Files listed by name. */
  listed: number;
  /**
   * Files ruled out on their raw text, before any parser ran (`sources/prefilter.ts`): read this
   * run, or unchanged since one that read them.
   */
  ruledOut: number;
  /** Files unchanged since an earlier run, taken from the cache instead of read (`lint`'s cache). */
  cached?: number;
  /** Nothing the report depends on changed since the last run: its report is this one. */
  reused?: boolean;
}

/** What `lint` returns; the CLI and the action render the same report. */
export interface Report {
  tool: { name: string; version: string; homepage?: string };
  configs: ConfigResult[];
  /** Findings that count, sorted by file, line, column, rule. */
  findings: Finding[];
  /** Findings a comment, annotation, settings file or baseline suppressed. */
  suppressed: Finding[];
  notices: Notice[];
  summary: ReportSummary;
  /** The policies that ran, for rule metadata (SARIF) and docs links. */
  policies?: Policy[];
  /** Texts of the files that hold configs or findings: renderers quote lines, suggestions edit them. */
  sources?: ReadonlyMap<string, string>;
  stats?: RunStats;
}

export type FailOn = Severity | 'never';

/** What `lint()` is asked to do; the CLI flags and the action inputs both map onto this. */
export interface LintOptions {
  /** Files or folders to lint, relative to `cwd`. Default `['.']`. */
  paths: string[];
  /** Working directory; reported file paths are relative to it. */
  cwd: string;
  /** Overrides every config's own version (CLI `--flink-version`, action `flink-version`). */
  flinkVersion?: string;
  /**
   * The repository's folder (default `cwd`): the settings file, its policies and baseline are read
   * only inside it. Set where `cwd` is a folder of base-revision files laid out elsewhere.
   */
  workspace?: string;
  /** Settings file (`--config`); default: `.flink-memory-lint.yaml` at `cwd` if present. */
  configFile?: string;
  /** Extra policy folders. */
  policyDirs?: string[];
  include?: string[];
  exclude?: string[];
  /** Only report configs in these files (pull requests: the files the PR touches). */
  onlyFiles?: string[];
  /** Most configs a run derives and judges (default `MAX_CONFIGS`); the rest become a notice. */
  maxConfigs?: number;
  /** Threads that share the files: `auto` (default) uses more than one only for large trees. */
  concurrency?: number | 'auto';
  /**
   * Told, chunk by chunk, how many of the listed files every thread has read and judged so far
   * (the command line's progress line). Where it is given, this thread lets timers run between
   * its chunks.
   */
  onProgress?: (progress: FilesProgress) => void;
  /**
   * Keeps what is learnt of each file between runs, in the user's cache folder, and reads again
   * only what changed (the command line's `lint`, unless `--no-cache`).
   */
  cache?: boolean;
}

/** How far a run is: files listed, read (loaded) and judged (derived and checked). */
export interface FilesProgress {
  listed: number;
  read: number;
  judged: number;
}
