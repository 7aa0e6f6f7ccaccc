import { formatSize } from '../flink/index.js';
import type { ProcessName } from '../model/index.js';
import { JOBMANAGER_PARTS, TASKMANAGER_PARTS, type Component, type ProcessResult } from './breakdown-diff.js';

/**
 * A picture of a process's memory on the base and the head side, component by component, as
 * plain text: it reads the same in a PR comment (in a code block), a job summary, a runner's log
 * and a terminal, and a component that is zero on one side shows as `0` with no bar instead of
 * vanishing (a pie drops it, which hides the very change a finding may be about).
 */

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `bytes` out of `scale`, `width` cells wide at most, to an eighth of a cell. */
function bar(bytes: bigint, scale: bigint, width: number): string {
  if (scale <= 0n || bytes <= 0n) return '';
  const eighths = Number((bytes * BigInt(width * 8) + scale / 2n) / scale);
  // Something that is not zero keeps at least a sliver.
  const n = Math.max(1, eighths);
  return '█'.repeat(Math.floor(n / 8)) + EIGHTHS[n % 8];
}

export const PROCESS_LABELS: Record<ProcessName, string> = {
  taskmanager: 'TaskManager',
  jobmanager: 'JobManager',
};

function parts(process: ProcessName, result: ProcessResult | undefined): Map<string, bigint> | undefined {
  if (!result?.ok) return undefined;
  const list = (process === 'taskmanager' ? TASKMANAGER_PARTS : JOBMANAGER_PARTS) as readonly Component<
    typeof result.memory
  >[];
  return new Map(list.map((p) => [p.label, p.bytes(result.memory)]));
}

/**
 * Lines of the picture: a header naming the sides and their totals, then one line per component
 * with each side's size and bar. Undefined when neither side has a breakdown.
 */
export function breakdownPicture(
  process: ProcessName,
  base: ProcessResult | undefined,
  head: ProcessResult | undefined,
  width = 16,
): string[] | undefined {
  const b = parts(process, base);
  const h = parts(process, head);
  if (!b && !h) return undefined;
  const labels = [...(h ?? b)!.keys()];
  const scale = [...(b?.values() ?? []), ...(h?.values() ?? [])].reduce((m, v) => (v > m ? v : m), 0n);
  const labelWidth = Math.max(PROCESS_LABELS[process].length, ...labels.map((l) => l.length));
  const side = (sizes: Map<string, bigint> | undefined, label: string): string => {
    if (!sizes) return '—'.padStart(10).padEnd(11 + width);
    const bytes = sizes.get(label) ?? 0n;
    return `${formatSize(bytes).padStart(10)} ${bar(bytes, scale, width).padEnd(width)}`;
  };
  const heading = (name: string, result: ProcessResult | undefined) =>
    `${name} ${result?.ok ? formatSize(result.memory.totalProcess) : result ? 'refused' : '—'}`.padEnd(
      11 + width,
    );
  const showBase = base !== undefined;
  const lines = [
    [
      PROCESS_LABELS[process].padEnd(labelWidth),
      ...(showBase ? [heading('base', base)] : []),
      heading('head', head),
    ],
    ...labels.map((label) => [
      label.padEnd(labelWidth),
      ...(showBase ? [side(b, label)] : []),
      side(h, label),
    ]),
  ].map((cells) => cells.join('  '));
  return lines.map((line) => line.trimEnd());
}
