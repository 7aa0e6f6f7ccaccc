import type { Breakdown, JobManagerResult, TaskManagerResult } from '../model/index.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Bytes as a JSON integer, or a decimal string above 2^53−1 where a JSON number would lose digits. */
export function bytesToJson(bytes: bigint): number | string {
  return bytes > MAX_SAFE || bytes < -MAX_SAFE ? bytes.toString() : Number(bytes);
}

/** Any value with bigints converted by `bytesToJson`, ready for `JSON.stringify`. */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return bytesToJson(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    // A loop, not entries/map/fromEntries: lint JSON converts every config's breakdown.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toJsonValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export function resultToJson(result: TaskManagerResult | JobManagerResult): unknown {
  return toJsonValue(result);
}

/** The `derive` JSON result: `{flinkVersion, taskmanager, jobmanager}`. */
export function breakdownToJson(breakdown: Breakdown): unknown {
  return toJsonValue(breakdown);
}
