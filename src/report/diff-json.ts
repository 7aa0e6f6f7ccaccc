import { bytesToJson } from './breakdown-json.js';
import { failureText, type Comparison, type ConfigDiff, type ProcessDiff } from './breakdown-diff.js';

const bytes = (value: bigint | undefined) => (value === undefined ? null : bytesToJson(value));

function processJson(diff: ProcessDiff): Record<string, unknown> {
  const baseError = failureText(diff.base);
  const headError = failureText(diff.head);
  return {
    changed: diff.changed,
    ...(baseError !== undefined ? { baseError } : {}),
    ...(headError !== undefined ? { headError } : {}),
    rows: diff.rows.map((row) => ({
      component: row.label,
      base: bytes(row.base),
      head: bytes(row.head),
      change: row.base === undefined || row.head === undefined ? null : bytesToJson(row.head - row.base),
    })),
  };
}

function diffJson(diff: ConfigDiff): Record<string, unknown> {
  const shown = diff.head ?? diff.base;
  return {
    file: diff.file,
    line: shown?.config.line ?? null,
    index: diff.index,
    status: diff.status,
    ...(diff.base ? { baseFile: diff.base.config.file, baseLine: diff.base.config.line } : {}),
    processes: Object.fromEntries(diff.processes.map((p) => [p.process, processJson(p)])),
  };
}

/** The `base` and `diffs` members `lint --base REF --format json` adds: sizes in bytes as JSON integers. */
export function comparisonJson(comparison: Comparison): {
  base: { ref: string; commit: string };
  diffs: unknown[];
} {
  return {
    base: { ref: comparison.ref, commit: comparison.commit },
    diffs: comparison.diffs.map(diffJson),
  };
}
