import { contextParts, contextText } from './config-context.js';
import { isFormatImplied } from '../link/index.js';
import type {
  ConfigResult,
  DerivationFailure,
  DerivationUnsupported,
  JobManagerResult,
  ProcessName,
  Report,
  TaskManagerResult,
} from '../model/index.js';
import { formatSize } from '../flink/index.js';
import type { Comparison } from './breakdown-diff.js';
import { diffText } from './diff-text.js';
import { plural, renderText, severityCounts } from './text.js';
import { visible } from './terminal.js';

export interface LintTextOptions {
  color?: boolean;
  /** `--base REF`: the change against it, shown after the configs. */
  comparison?: Comparison;
  /** Each config's breakdown, and every repeated finding. */
  verbose?: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function failureText(result: DerivationFailure | DerivationUnsupported): string {
  if ('unsupported' in result) return result.error ?? result.reason;
  return result.error;
}

/** One line per process: the total and its main parts. */
function processLine(
  process: ProcessName,
  result: TaskManagerResult | JobManagerResult,
  color: boolean,
  limit?: bigint,
): string {
  const label = process.padEnd(11);
  if (!result.ok) return `  ${label} ${paint(color, '31', visible(failureText(result)))}`;
  const m = result.memory;
  const parts =
    'taskHeap' in m
      ? [
          `heap ${formatSize(m.frameworkHeap + m.taskHeap)}`,
          `managed ${formatSize(m.managed)}`,
          `network ${formatSize(m.network)}`,
          `off-heap ${formatSize(m.frameworkOffHeap + m.taskOffHeap)}`,
        ]
      : [`heap ${formatSize(m.jvmHeap)}`, `off-heap ${formatSize(m.offHeap)}`];
  parts.push(`metaspace ${formatSize(m.jvmMetaspace)}`, `overhead ${formatSize(m.jvmOverhead)}`);
  const container = limit !== undefined ? `; container limit ${formatSize(limit)}` : '';
  return `  ${label} process ${formatSize(m.totalProcess)} = ${parts.join(', ')}${container}`;
}

/** `TM 4096 MiB`, `JM refused`: a process's total, or why there is none. */
function totalText(process: ProcessName, result: TaskManagerResult | JobManagerResult): string {
  const name = process === 'taskmanager' ? 'TM' : 'JM';
  if (result.ok) return `${name} ${formatSize(result.memory.totalProcess)}`;
  return `${name} ${'unsupported' in result ? 'n/a' : 'refused'}`;
}

/** One line per config: where, what, the Flink version, process sizes, its findings. */
function configLine({ config, breakdown }: ConfigResult, findings: number[], color: boolean): string {
  const name = config.name ? ` ${visible(config.name)}` : '';
  const totals = (['taskmanager', 'jobmanager'] as const)
    .filter((p) => config.processes.includes(p))
    .map((p) => totalText(p, breakdown[p]));
  const [errors, warnings, infos] = findings;
  return [
    paint(color, '1', `${visible(config.file)}:${config.line}`),
    `${config.kind}${name}`,
    judgedWith(config),
    ...(totals.length > 0 ? totals : ['no Flink process']),
    errors + warnings + infos > 0 ? severityCounts(errors, warnings, infos) : 'ok',
  ].join('  ');
}

/**
 * The version, and where a file placed the config (an image, a Dockerfile, a container's limit),
 * where it came from: a config nothing placed is judged by what its format implies, said in full
 * with --verbose.
 */
function judgedWith(config: ConfigResult['config']): string {
  const placed = contextParts(config).length > 1 || config.contextName !== undefined;
  return placed || !isFormatImplied(config.flinkVersionSource)
    ? visible(contextText(config))
    : `Flink ${config.flinkVersion}`;
}

function configText(result: ConfigResult, color: boolean): string[] {
  const { config, breakdown } = result;
  const lines = [`  ${visible(contextText(config))}, ${config.deployment}`];
  if (config.processes.length === 0) lines.push('  starts no Flink process of its own');
  for (const process of config.processes) {
    lines.push(processLine(process, breakdown[process], color, config.container[process]?.bytes));
  }
  return lines;
}

/**
 * The terminal report, quiet by default: the findings as actionlint prints them (source line and
 * caret, fix, docs; a rule repeated many times shown a few times and counted), then one line per
 * config, the change against a base revision where there is one, notices, and a summary.
 * `verbose` adds each config's breakdown and lists every repeated finding.
 */
export function lintText(report: Report, options: LintTextOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  const s = report.summary;
  const scope = `${plural(s.configs, 'Flink config')} in ${plural(s.files, 'file')}: `;
  const findings = renderText(report.findings, {
    sources: report.sources,
    color,
    suppressed: report.suppressed,
    scope,
    verbose: options.verbose,
  });
  // The summary line closes the report; the findings come first.
  const findingLines = findings.trimEnd().split('\n');
  const summary = findingLines.pop() ?? '';
  while (findingLines.at(-1) === '') findingLines.pop();
  if (findingLines.length > 0) out.push(...findingLines, '');
  const counts = new Map<string, number[]>();
  for (const f of report.findings) {
    if (f.configId === undefined) continue;
    const c = counts.get(f.configId) ?? [0, 0, 0];
    c[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
    counts.set(f.configId, c);
  }
  for (const result of report.configs) {
    out.push(configLine(result, counts.get(result.config.id) ?? [0, 0, 0], color));
    if (options.verbose) out.push(...configText(result, color));
  }
  if (report.configs.length > 0) out.push('');
  if (options.comparison) out.push(diffText(options.comparison));
  for (const notice of report.notices) {
    const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
    out.push(`${paint(color, '2', `note: ${visible(`${where}${notice.message}`)}`)}`);
  }
  if (report.notices.length > 0) out.push('');
  out.push(summary);
  return out.join('\n') + '\n';
}
