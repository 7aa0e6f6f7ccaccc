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
  const document = {
    tool: report.tool,
    configs: report.configs.map(configJson),
    findings: report.findings.map(findingToJson),
    suppressed: report.suppressed.map(findingToJson),
    notices: report.notices,
    summary: report.summary,
    ...(comparison ? comparisonJson(comparison) : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
