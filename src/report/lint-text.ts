import type {
  ConfigResult,
  DerivationFailure,
  DerivationUnsupported,
  JobManagerResult,
  ProcessName,
  Report,
  TaskManagerResult,
} from '../model/index.js';
import { humanSize } from './breakdown-text.js';

export interface LintTextOptions {
  color?: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const SEVERITY_COLOR = { error: '31', warning: '33', info: '36' } as const;

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
  if (!result.ok) return `  ${label} ${paint(color, '31', failureText(result))}`;
  const m = result.memory;
  const parts =
    'taskHeap' in m
      ? [
          `heap ${humanSize(m.frameworkHeap + m.taskHeap)}`,
          `managed ${humanSize(m.managed)}`,
          `network ${humanSize(m.network)}`,
          `off-heap ${humanSize(m.frameworkOffHeap + m.taskOffHeap)}`,
        ]
      : [`heap ${humanSize(m.jvmHeap)}`, `off-heap ${humanSize(m.offHeap)}`];
  parts.push(`metaspace ${humanSize(m.jvmMetaspace)}`, `overhead ${humanSize(m.jvmOverhead)}`);
  const container = limit !== undefined ? `; container limit ${humanSize(limit)}` : '';
  return `  ${label} process ${humanSize(m.totalProcess)} = ${parts.join(', ')}${container}`;
}

function configText({ config, breakdown }: ConfigResult, color: boolean): string[] {
  const name = config.name ? ` ${config.name}` : '';
  const lines = [
    `${paint(color, '1', `${config.file}:${config.line}`)}  ${config.kind}${name}  Flink ${config.flinkVersion} (${config.flinkVersionSource}), ${config.deployment}`,
  ];
  if (config.processes.length === 0) lines.push('  starts no Flink process of its own');
  for (const process of config.processes) {
    lines.push(processLine(process, breakdown[process], color, config.container[process]?.bytes));
  }
  return lines;
}

/** The terminal report: each config with a one-line breakdown per process, then findings and a summary. */
export function lintText(report: Report, options: LintTextOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  for (const result of report.configs) out.push(...configText(result, color), '');
  for (const notice of report.notices) {
    const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
    out.push(`${paint(color, '2', `note: ${where}${notice.message}`)}`);
  }
  if (report.notices.length > 0) out.push('');
  for (const f of report.findings) {
    out.push(
      `${f.file}:${f.line}:${f.column}  ${paint(color, SEVERITY_COLOR[f.severity], f.severity)}  ${f.message}  ${paint(color, '2', f.ruleId)}`,
    );
  }
  if (report.findings.length > 0) out.push('');
  const s = report.summary;
  out.push(
    `${s.configs} Flink config${s.configs === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}: ` +
      `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info` +
      (s.suppressed > 0 ? `, ${s.suppressed} suppressed` : ''),
  );
  return `${out.join('\n')}\n`;
}
