import type { Breakdown } from './breakdown.js';
import type { FlinkConfig } from './flink-config.js';
import type { Finding, Severity } from './finding.js';
import type { Location } from './location.js';

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

/** What `lint` returns; the CLI and the action render the same report. */
export interface Report {
  tool: { name: string; version: string };
  configs: ConfigResult[];
  /** Findings that count, sorted by file, line, column, rule. */
  findings: Finding[];
  /** Findings a comment, annotation, settings file or baseline suppressed. */
  suppressed: Finding[];
  notices: Notice[];
  summary: ReportSummary;
}

export type FailOn = Severity | 'never';
