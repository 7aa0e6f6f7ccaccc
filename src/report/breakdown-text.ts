import { formatSize } from '../flink/index.js';
import type { Breakdown, JobManagerResult, TaskManagerResult } from '../model/index.js';

export interface TextOptions {
  /** ANSI colours (only on a terminal, never with NO_COLOR). */
  color?: boolean;
  /** Width of the bar column. */
  barWidth?: number;
  /** One process only. */
  only?: 'taskmanager' | 'jobmanager';
}

interface Line {
  depth: number;
  label: string;
  bytes: bigint;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function renderTree(title: string, lines: Line[], total: bigint, options: TextOptions): string[] {
  const width = options.barWidth ?? 30;
  const color = options.color ?? false;
  const labelWidth = Math.max(...lines.map((l) => l.depth * 2 + l.label.length));
  const out = [paint(color, '1', title)];
  for (const line of lines) {
    const label = `${'  '.repeat(line.depth)}${line.label}`.padEnd(labelWidth);
    const cells = total > 0n ? Number((line.bytes * BigInt(width) + total / 2n) / total) : 0;
    const bar = '█'.repeat(cells) + '·'.repeat(width - cells);
    out.push(`  ${label}  ${paint(color, '36', bar)}  ${formatSize(line.bytes).padStart(10)}`);
  }
  return out;
}

function failureLines(
  result: Exclude<TaskManagerResult | JobManagerResult, { ok: true }>,
  color: boolean,
): string[] {
  if ('unsupported' in result) {
    const lines = [`  ${result.reason}`];
    if (result.jvmArgs) lines.push(`  JVM parameters: ${result.jvmArgs}`);
    if (result.error) lines.push(`  ${paint(color, '31', result.error)}`);
    return lines;
  }
  // Flink wraps the reason (`Memory size unit 'gi' does not match ...`) in its cause chain.
  // A cause that only repeats the message without Flink's prefix adds nothing.
  const causes = (result.causes ?? []).filter(
    (cause) => !result.error.endsWith(cause.slice(cause.indexOf(': ') + 2)),
  );
  return [
    `  ${paint(color, '31', `${result.errorType}: ${result.error}`)}`,
    ...causes.map((cause) => `    caused by ${cause}`),
  ];
}

export function taskManagerText(result: TaskManagerResult, options: TextOptions = {}): string {
  const title = 'TaskManager';
  if (!result.ok) return [title, ...failureLines(result, options.color ?? false)].join('\n');
  const m = result.memory;
  const lines: Line[] = [
    { depth: 0, label: 'Total Process Memory', bytes: m.totalProcess },
    { depth: 1, label: 'Total Flink Memory', bytes: m.totalFlink },
    { depth: 2, label: 'JVM Heap', bytes: m.frameworkHeap + m.taskHeap },
    { depth: 3, label: 'Framework Heap', bytes: m.frameworkHeap },
    { depth: 3, label: 'Task Heap', bytes: m.taskHeap },
    { depth: 2, label: 'Off-Heap Memory', bytes: m.managed + m.frameworkOffHeap + m.taskOffHeap + m.network },
    { depth: 3, label: 'Managed Memory', bytes: m.managed },
    { depth: 3, label: 'Direct Memory', bytes: m.frameworkOffHeap + m.taskOffHeap + m.network },
    { depth: 4, label: 'Framework Off-Heap', bytes: m.frameworkOffHeap },
    { depth: 4, label: 'Task Off-Heap', bytes: m.taskOffHeap },
    { depth: 4, label: 'Network', bytes: m.network },
    { depth: 1, label: 'JVM Metaspace', bytes: m.jvmMetaspace },
    { depth: 1, label: 'JVM Overhead', bytes: m.jvmOverhead },
  ];
  return [...renderTree(title, lines, m.totalProcess, options), `  JVM parameters: ${result.jvm.args}`].join(
    '\n',
  );
}

export function jobManagerText(result: JobManagerResult, options: TextOptions = {}): string {
  const title = 'JobManager';
  if (!result.ok) return [title, ...failureLines(result, options.color ?? false)].join('\n');
  const m = result.memory;
  const lines: Line[] = [
    { depth: 0, label: 'Total Process Memory', bytes: m.totalProcess },
    { depth: 1, label: 'Total Flink Memory', bytes: m.totalFlink },
    { depth: 2, label: 'JVM Heap', bytes: m.jvmHeap },
    { depth: 2, label: 'Off-Heap Memory', bytes: m.offHeap },
    { depth: 1, label: 'JVM Metaspace', bytes: m.jvmMetaspace },
    { depth: 1, label: 'JVM Overhead', bytes: m.jvmOverhead },
  ];
  return [...renderTree(title, lines, m.totalProcess, options), `  JVM parameters: ${result.jvm.args}`].join(
    '\n',
  );
}

/** Both processes as trees like Flink's start-up log, with a bar per component. */
export function breakdownText(breakdown: Breakdown, options: TextOptions = {}): string {
  return [
    `Flink ${breakdown.flinkVersion}`,
    '',
    ...(options.only !== 'jobmanager' ? [taskManagerText(breakdown.taskmanager, options), ''] : []),
    ...(options.only !== 'taskmanager' ? [jobManagerText(breakdown.jobmanager, options), ''] : []),
  ].join('\n');
}
