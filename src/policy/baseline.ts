import type { Finding } from '../model/index.js';
import { parseJsonText } from './json-text.js';

/**
 * A baseline records accepted findings by fingerprint so that later runs report only new ones.
 * The fingerprint leaves out line numbers and the message (which holds sizes), so moving a key or
 * resizing a process does not turn an accepted finding into a new one.
 */
export const BASELINE_VERSION = 1;

export interface Baseline {
  version: number;
  tool: string;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; line: number; message: string }>;
}

export function fingerprint(finding: Finding): string {
  const parts = [
    finding.ruleId,
    finding.file,
    finding.configId ?? '',
    finding.key ?? '',
    finding.process ?? '',
  ];
  // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
  return process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(parts.join('\0'))
    .digest('hex')
    .slice(0, 32);
}

export function createBaseline(findings: readonly Finding[], tool: string): Baseline {
  return {
    version: BASELINE_VERSION,
    tool,
    findings: findings
      .map((f) => ({
        fingerprint: fingerprint(f),
        ruleId: f.ruleId,
        file: f.file,
        line: f.line,
        message: f.message,
      }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId)),
  };
}

/** Parses a baseline file; throws an Error with a readable message when it is not one. */
export function parseBaseline(text: string, file: string): Baseline {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new Error(`${file}: not a valid baseline (${parsed.message})`);
  const b = parsed.value as Partial<Baseline>;
  if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    throw new Error(`${file}: not a flink-memory-lint baseline (version ${BASELINE_VERSION})`);
  }
  // Only the fingerprint is matched on; an entry without one would break every later run.
  const bad = b.findings.findIndex(
    (f: unknown) => typeof (f as { fingerprint?: unknown } | null)?.fingerprint !== 'string',
  );
  if (bad >= 0) throw new Error(`${file}: findings[${bad}] has no fingerprint string`);
  return b as Baseline;
}

/** Counts per fingerprint; each accepted finding covers one current finding. */
export function baselineMatcher(baseline: Baseline | undefined): (finding: Finding) => boolean {
  const counts = new Map<string, number>();
  for (const f of baseline?.findings ?? []) counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
  return (finding) => {
    const key = fingerprint(finding);
    const left = counts.get(key) ?? 0;
    if (left <= 0) return false;
    counts.set(key, left - 1);
    return true;
  };
}
