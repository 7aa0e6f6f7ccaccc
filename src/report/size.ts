import { visibleLines } from './terminal.js';
import { dumpFlinkYaml, formatSize, type SizingAnswer, type YamlTree } from '../flink/index.js';
import type { Breakdown, ConfigKind, Deployment, ProcessName } from '../model/index.js';
import { toJsonValue } from './breakdown-json.js';
import { breakdownText } from './breakdown-text.js';

/** What the `size` command found, as the engine hands it over. */
export interface SizeReport {
  flinkVersion: string;
  deployment: Deployment;
  source: { kind: ConfigKind | 'default'; label: string };
  answers: Partial<Record<ProcessName, SizingAnswer>>;
  dropped: { process: ProcessName; key: string; value: string; why: string }[];
  set: Record<string, string>;
  /** A FlinkDeployment's `resource.memory` as its file would write it. */
  resourceMemory: Partial<Record<ProcessName, string>>;
  remove: string[];
  why: Record<string, string>;
  feasible: boolean;
  breakdown: Breakdown;
  notes: string[];
}

const LABEL: Record<ProcessName, string> = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };

/**
 * `size --format json`: `{flinkVersion, set, remove, taskmanager, jobmanager}`, each process as
 * `derive --format json` writes it (the same serializer), then why each key is there and, for a
 * request that cannot be met, why not.
 */
export function sizeToJson(report: SizeReport): unknown {
  const breakdown = toJsonValue(report.breakdown) as Record<string, unknown>;
  const problems = Object.entries(report.answers).flatMap(([process, answer]) =>
    answer && !answer.feasible
      ? [
          {
            process,
            reason: answer.reason,
            ...(answer.minimumContainer !== undefined && {
              minimumContainer: toJsonValue(answer.minimumContainer),
            }),
            blockers: answer.blockers,
          },
        ]
      : [],
  );
  return {
    flinkVersion: report.flinkVersion,
    set: report.set,
    remove: report.remove,
    taskmanager: breakdown.taskmanager,
    jobmanager: breakdown.jobmanager,
    feasible: report.feasible,
    why: report.why,
    ...(report.dropped.length > 0 && { dropped: report.dropped }),
    ...(problems.length > 0 && { problems }),
  };
}

/** Dotted keys as Flink 2.x nests them; undefined where one key is a prefix of another. */
function nested(set: Record<string, string>): YamlTree | undefined {
  const tree: YamlTree = new Map();
  for (const [key, value] of Object.entries(set)) {
    const parts = key.split('.');
    let at = tree;
    for (const part of parts.slice(0, -1)) {
      const next = at.get(part) ?? new Map<string, YamlTree | string>();
      if (typeof next === 'string') return undefined;
      at.set(part, next);
      at = next;
    }
    const last = parts[parts.length - 1];
    if (at.has(last)) return undefined;
    at.set(last, value);
  }
  return tree;
}

const flatLines = (set: Record<string, string>) => Object.entries(set).map(([k, v]) => `${k}: ${v}`);

/** The operator's `resource.memory` carries the process size; everything else goes to flinkConfiguration. */
function flinkDeploymentLines(
  set: Record<string, string>,
  written: Partial<Record<ProcessName, string>>,
): string[] {
  const conf: [string, string][] = [];
  const resource: Partial<Record<ProcessName, string>> = {};
  for (const [key, value] of Object.entries(set)) {
    const m = /^(taskmanager|jobmanager)\.memory\.process\.size$/.exec(key);
    if (m) resource[m[1] as ProcessName] = written[m[1] as ProcessName] ?? value;
    else conf.push([key, value]);
  }
  const lines = ['spec:'];
  if (conf.length > 0) {
    lines.push('  flinkConfiguration:');
    for (const [k, v] of conf) lines.push(`    ${k}: ${JSON.stringify(v)}`);
  }
  for (const process of ['jobmanager', 'taskmanager'] as const) {
    const value = resource[process];
    if (value === undefined) continue;
    lines.push(`  ${process === 'jobmanager' ? 'jobManager' : 'taskManager'}:`, '    resource:');
    lines.push(`      memory: ${JSON.stringify(value)}`);
  }
  return lines;
}

/** The keys to set, written the way the file writes its configuration. */
export function setLines(
  kind: SizeReport['source']['kind'],
  set: Record<string, string>,
  resourceMemory: SizeReport['resourceMemory'] = {},
): string[] {
  if (Object.keys(set).length === 0) return [];
  if (kind === 'flinkdeployment') return flinkDeploymentLines(set, resourceMemory);
  if (kind === 'config-yaml') {
    const tree = nested(set);
    return tree ? dumpFlinkYaml(tree) : flatLines(set);
  }
  return flatLines(set);
}

/** The same keys as `-D` options of Flink's scripts and clients. */
export function dynamicProperties(set: Record<string, string>): string {
  return Object.entries(set)
    .map(([k, v]) => `-D${k}=${/^[\w.,:/+-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`}`)
    .join(' ');
}

function questionText(process: ProcessName, answer: SizingAnswer): string {
  const label = LABEL[process];
  if (!answer.feasible) return `${label}: no configuration meets the request.`;
  return answer.question === 'fit'
    ? `${label}: the largest configuration within the bound, ${formatSize(answer.processSize)} of total process memory.`
    : `${label}: the smallest configuration that meets the targets, ${formatSize(answer.processSize)} of total process memory.`;
}

const WHERE: Record<SizeReport['source']['kind'], string> = {
  default: 'flink-conf.yaml / config.yaml lines',
  'flink-conf': 'flink-conf.yaml',
  'config-yaml': 'config.yaml',
  flinkdeployment: 'FlinkDeployment',
  flinksessionjob: 'FlinkSessionJob',
  configmap: 'the ConfigMap’s Flink configuration',
  'kubernetes-workload': 'FLINK_PROPERTIES',
  'docker-compose': 'FLINK_PROPERTIES',
  'helm-values': 'the chart’s Flink configuration',
  flinkcluster: 'the FlinkCluster’s flinkProperties',
  'vvp-deployment': 'the Deployment’s flinkConfiguration',
};

/** The answer for people: what to set and remove, why, and the breakdown `derive` prints for it. */
export function sizeText(report: SizeReport, options: { color?: boolean } = {}): string {
  const out: string[] = [`Flink ${report.flinkVersion} (${report.deployment}), from ${report.source.label}`];
  for (const note of report.notes) out.push(`  ${note}`);
  out.push('');
  for (const [process, answer] of Object.entries(report.answers) as [ProcessName, SizingAnswer][]) {
    out.push(questionText(process, answer));
    if (!answer.feasible) {
      out.push(`  ${answer.reason}`);
      for (const b of answer.blockers) out.push(`  Blocked by ${b.key}: ${b.value}. ${b.why}`);
    }
  }
  for (const d of report.dropped) out.push(`  Removes ${d.key}: ${d.value}: ${d.why}`);
  // Keys, values, names and paths are the file's text: shown, never passed to the terminal.
  const shown = () => out.map(visibleLines);
  if (!report.feasible) {
    out.push('', 'What Flink derives at the size that shows the problem:', '');
    return [...shown(), breakdownText(report.breakdown, options).trimEnd(), ''].join('\n');
  }
  const set = setLines(report.source.kind, report.set, report.resourceMemory);
  if (set.length > 0) {
    out.push('', `Set (${WHERE[report.source.kind]}):`, ...set.map((l) => `  ${l}`));
    if (report.source.kind === 'default')
      out.push('', 'As -D options:', `  ${dynamicProperties(report.set)}`);
  }
  if (report.remove.length > 0) out.push('', 'Remove:', ...report.remove.map((k) => `  ${k}`));
  if (set.length === 0 && report.remove.length === 0 && report.feasible) out.push('', 'Nothing to change.');
  const why = Object.entries(report.why);
  if (why.length > 0) out.push('', 'Why:', ...why.map(([k, w]) => `  ${k}: ${w}`));
  out.push('');
  return [...shown(), breakdownText(report.breakdown, options).trimEnd(), ''].join('\n');
}
