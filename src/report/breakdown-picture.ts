import { formatSize } from '../flink/index.js';
import type { ProcessName } from '../model/index.js';
import { JOBMANAGER_PARTS, TASKMANAGER_PARTS, type Component, type ProcessResult } from './breakdown-diff.js';

/**
 * A picture of a process's memory on the base and the head side, component by component: as a
 * Mermaid chart for GitHub to draw (the PR comment, the job summary), as plain text for a
 * runner's log and a terminal. In both a component that is zero on one side shows as `0` with no
 * bar instead of vanishing (a pie drops it, which hides the very change a finding may be about).
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

const MIB = 1n << 20n;

/** Bytes as MiB with one decimal at most, as a chart's number. */
function mib(bytes: bigint): string {
  const tenths = (bytes * 20n + MIB) / (MIB * 2n);
  return tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}.${tenths % 10n}`;
}

/**
 * Text in a Mermaid chart: only what a label needs. The chart holds the tool's own component
 * names and numbers, never repository text; this keeps it so should that ever change (no quote to
 * end the string, no `%%` directive, no backtick to end the code block).
 */
function chartText(value: string): string {
  return value.replace(/[^\w .,:+()/→-]/g, '').replace(/\s+/g, ' ');
}

/**
 * The chart's settings (Mermaid's frontmatter `config`). The size axis shows no numbers: the
 * labels carry them, and Mermaid pads that axis by half its widest number and starts every bar at
 * the padding's edge, which would draw a zero as a stub (mermaid-js/mermaid
 * `packages/mermaid/src/diagrams/xychart/chartBuilder/components/axis/baseAxis.ts`). Base grey,
 * head blue: both read on GitHub's light and dark backgrounds.
 */
const CHART_CONFIG = [
  '---',
  'config:',
  '  xyChart:',
  '    yAxis:',
  '      showLabel: false',
  '      showTitle: false',
  '      showTick: false',
  '  themeVariables:',
  '    xyChart:',
  '      plotColorPalette: "#8c959f, #0969da"',
  '---',
];

/**
 * The same picture as a Mermaid `xychart-beta` chart, which GitHub draws from a `mermaid` code
 * block: one horizontal bar per component and side, the base's bars in the first colour and the
 * head's in the second, each labelled with its component, side and size, so that a component
 * that is zero on one side shows as `0 MiB` beside the other side's bar. Mermaid lays bars of
 * several series over one another on the same category, not side by side
 * (mermaid-js/mermaid `packages/mermaid/src/diagrams/xychart/chartBuilder/components/plot/barPlot.ts`):
 * each side is a series that is zero on the other side's categories. The scale starts at zero (a
 * range read from the data would start at the smallest bar). Undefined without a breakdown.
 */
export function breakdownChart(
  process: ProcessName,
  base: ProcessResult | undefined,
  head: ProcessResult | undefined,
): string | undefined {
  const sides = [
    { name: 'base', sizes: parts(process, base), result: base },
    { name: 'head', sizes: parts(process, head), result: head },
  ].filter((s) => s.result !== undefined);
  const drawn = sides.filter((s) => s.sizes !== undefined);
  if (drawn.length === 0) return undefined;
  const labels = [...drawn[drawn.length - 1].sizes!.keys()];
  const categories: string[] = [];
  const series = drawn.map(() => [] as string[]);
  let largest = 0n;
  for (const label of labels)
    drawn.forEach((side, i) => {
      const bytes = side.sizes!.get(label) ?? 0n;
      if (bytes > largest) largest = bytes;
      categories.push(`${label} ${side.name} ${formatSize(bytes)}`);
      drawn.forEach((_, j) => series[j].push(i === j ? mib(bytes) : '0'));
    });
  const total = (s: (typeof sides)[number]) =>
    `${s.name} ${s.result!.ok ? formatSize(s.result!.memory.totalProcess) : 'refused'}`;
  const quoted = (value: string) => `"${chartText(value)}"`;
  return [
    ...CHART_CONFIG,
    'xychart-beta horizontal',
    `  title ${quoted(`${PROCESS_LABELS[process]}: ${sides.map(total).join(', ')}`)}`,
    `  x-axis [${categories.map(quoted).join(', ')}]`,
    `  y-axis 0 --> ${mib(largest === 0n ? MIB : largest)}`,
    ...series.map((values) => `  bar [${values.join(', ')}]`),
  ].join('\n');
}
