import { contextText } from './config-context.js';
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
import { plural, renderText } from './text.js';
import { visible } from './terminal.js';

export interface LintTextOptions {
  color?: boolean;
  /** `--base REF`: the change against it, shown after the configs. */
  comparison?: Comparison;
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

function configText({ config, breakdown }: ConfigResult, color: boolean): string[] {
  const name = config.name ? ` ${visible(config.name)}` : '';
  const lines = [
    `${paint(color, '1', `${visible(config.file)}:${config.line}`)}  ${config.kind}${name}  ${visible(contextText(config))}, ${config.deployment}`,
  ];
  if (config.processes.length === 0) lines.push('  starts no Flink process of its own');
  for (const process of config.processes) {
    lines.push(processLine(process, breakdown[process], color, config.container[process]?.bytes));
  }
  return lines;
}

/**
 * The terminal report: each config with a one-line breakdown per process, the change against a
 * base revision where there is one, notices, then the
 * findings as actionlint prints them (source line and caret, fix, docs) and a summary.
 */
export function lintText(report: Report, options: LintTextOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  for (const result of report.configs) out.push(...configText(result, color), '');
  if (options.comparison) out.push(diffText(options.comparison));
  for (const notice of report.notices) {
    const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
    out.push(`${paint(color, '2', `note: ${visible(`${where}${notice.message}`)}`)}`);
  }
  if (report.notices.length > 0) out.push('');
  const s = report.summary;
  const scope = `${plural(s.configs, 'Flink config')} in ${plural(s.files, 'file')}: `;
  out.push(
    renderText(report.findings, { sources: report.sources, color, suppressed: report.suppressed, scope }),
  );
  return out.join('\n');
}
