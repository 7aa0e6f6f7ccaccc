import { contextJson } from './config-context.js';
import type { ConfigResult, Entry, FlinkConfig, Report } from '../model/index.js';
import type { Comparison } from './breakdown-diff.js';
import { bytesToJson, resultToJson, toJsonValue } from './breakdown-json.js';
import { findingToJson } from './findings-json.js';
import { comparisonJson } from './diff-json.js';

function entryJson(entry: Entry): Record<string, unknown> {
  return {
    value: toJsonValue(entry.value),
    line: entry.location.line,
    column: entry.location.column,
    origin: entry.origin,
    ...(entry.unresolved ? { unresolved: true } : {}),
  };
}

/** Key → the value Flink ends up with and where it is written; earlier values it replaced under `overrides`. */
function entriesJson(entries: readonly Entry[]): Record<string, unknown> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const entry of entries) {
    const earlier = result[entry.key];
    const json = entryJson(entry);
    if (earlier) {
      // One array a key, moved along: a key written 60,000 times must not copy it each time.
      const overrides = (earlier.overrides as unknown[] | undefined) ?? [];
      delete earlier.overrides;
      overrides.push(earlier);
      json.overrides = overrides;
    }
    result[entry.key] = json;
  }
  return result;
}

function containerJson(config: FlinkConfig): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config.container).map(([process, limit]) => [
      process,
      {
        bytes: bytesToJson(limit.bytes),
        text: limit.text,
        source: limit.source,
        ...(limit.location
          ? {
              // A limit written in another file (a workload mounting the config's ConfigMap) names it.
              ...(limit.location.file !== config.file ? { file: limit.location.file } : {}),
              line: limit.location.line,
              column: limit.location.column,
            }
          : {}),
        ...(limit.requestBytes !== undefined ? { requestBytes: bytesToJson(limit.requestBytes) } : {}),
      },
    ]),
  );
}

export function configJson({ config, breakdown }: ConfigResult): Record<string, unknown> {
  return {
    id: config.id,
    file: config.file,
    line: config.line,
    column: config.column,
    kind: config.kind,
    ...(config.name !== undefined ? { name: config.name } : {}),
    flinkVersion: config.flinkVersion,
    flinkVersionSource: config.flinkVersionSource,
    context: contextJson(config),
    deployment: config.deployment,
    processes: config.processes,
    entries: entriesJson(config.entries),
    ...(config.base
      ? { base: { source: config.base.source, entries: entriesJson(config.base.entries) } }
      : {}),
    container: containerJson(config),
    ...(config.replicas ? { replicas: config.replicas } : {}),
    ...(config.image !== undefined ? { image: config.image } : {}),
    problems: config.problems.map((p) => ({
      code: p.code,
      message: p.message,
      line: p.location.line,
      column: p.location.column,
    })),
    // A process the config does not start (a FlinkSessionJob, a TaskManager-only service) has no result.
    taskmanager: config.processes.includes('taskmanager') ? resultToJson(breakdown.taskmanager) : null,
    jobmanager: config.processes.includes('jobmanager') ? resultToJson(breakdown.jobmanager) : null,
  };
}

/**
 * `lint --format json`: `{tool, configs, findings, notices, summary}`, and `base` and `diffs` when
 * compared with a git revision.
 */
export function lintJson(report: Report, comparison?: Comparison): string {
  return [...lintJsonChunks(report, comparison)].join('');
}

/**
 * The text of `lintJson` piece by piece, each config and finding turned into JSON as it is
 * written: a tree of 20,000 configs never holds its whole report as one string or one object.
 */
export function* lintJsonChunks(report: Report, comparison?: Comparison): Generator<string> {
  yield* indentedJson([
    ['tool', report.tool],
    ['configs', lazy(report.configs, configJson)],
    ['findings', lazy(report.findings, findingToJson)],
    ['suppressed', lazy(report.suppressed, findingToJson)],
    ['notices', report.notices],
    ['summary', report.summary],
    ...Object.entries(comparison ? comparisonJson(comparison) : {}),
  ]);
}

/** An array whose items are turned into JSON values only when written. */
class Lazy<T> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => unknown,
  ) {}
}

const lazy = <T>(items: readonly T[], toJson: (item: T) => unknown) => new Lazy(items, toJson);

/**
 * What `JSON.stringify(…, null, 2)` writes for `value` as a field of the top object (depth 1) or an
 * item of such a field's array (depth 2): stringified in that place, so that the engine indents it,
 * then cut out (re-indenting a stringified copy took a second pass over every byte).
 */
function nested(value: unknown, depth: 1 | 2): string {
  return depth === 1
    ? JSON.stringify({ v: value }, null, 2).slice('{\n  "v": '.length, -'\n}'.length)
    : JSON.stringify({ v: [value] }, null, 2).slice('{\n  "v": [\n    '.length, -'\n  ]\n}'.length);
}

/** Exactly what `JSON.stringify(object, null, 2)` writes for an object of these fields, in pieces. */
function* indentedJson(fields: readonly (readonly [string, unknown])[]): Generator<string> {
  let first = true;
  for (const [key, value] of fields) {
    if (value === undefined || typeof value === 'function') continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof Lazy)) {
      yield nested(value, 1);
      continue;
    }
    const { items, toJson } = value as Lazy<unknown>;
    if (items.length === 0) {
      yield '[]';
      continue;
    }
    for (let i = 0; i < items.length; i++) yield `${i === 0 ? '[' : ','}\n    ${nested(toJson(items[i]), 2)}`;
    yield '\n  ]';
  }
  yield first ? '{}\n' : '\n}\n';
}
