import { formatChange, formatSize } from '../flink/index.js';
import {
  failureText,
  type Comparison,
  type ComponentRow,
  type ConfigDiff,
  type DiffStatus,
  type ProcessDiff,
} from './breakdown-diff.js';
import { PROCESS_TITLES } from './markdown.js';
import { plural } from './text.js';

const NONE = '—';
const STATUS_ORDER: readonly DiffStatus[] = ['changed', 'added', 'removed', 'unchanged'];

/** Columns padded to their widest cell: names to the left, sizes to the right. */
function table(title: string, rows: readonly ComponentRow[]): string[] {
  const cells = [
    [title, 'base', 'head', 'change'],
    ...rows.map((row) => [
      row.label,
      row.base === undefined ? NONE : formatSize(row.base),
      row.head === undefined ? NONE : formatSize(row.head),
      row.base === undefined || row.head === undefined ? NONE : formatChange(row.head - row.base),
    ]),
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  return cells.map(
    ([label, ...sizes]) =>
      `  ${label.padEnd(widths[0])}  ${sizes.map((size, i) => size.padStart(widths[i + 1])).join('  ')}`,
  );
}

function processLines(diff: ProcessDiff): string[] {
  const title = PROCESS_TITLES[diff.process];
  if (!diff.changed) {
    const what = diff.head?.ok
      ? `process ${formatSize(diff.head.memory.totalProcess)}`
      : failureText(diff.head);
    return [`  ${title} unchanged: ${what}`];
  }
  const lines: string[] = [];
  for (const side of ['base', 'head'] as const) {
    const failure = failureText(diff[side]);
    if (failure) lines.push(`  ${title} ${side}: ${failure}`);
  }
  if (diff.rows.length > 0) lines.push(...table(title, diff.rows));
  return lines;
}

function configLines(diff: ConfigDiff): string[] {
  const shown = diff.head ?? diff.base;
  const line = shown ? `:${shown.config.line}` : '';
  const baseFile = diff.base?.config.file;
  const renamed =
    diff.head && baseFile !== undefined && baseFile !== diff.file ? `, renamed from ${baseFile}` : '';
  const heading = `${diff.file}${line}  ${diff.status}${renamed}`;
  if (diff.status === 'unchanged') return [heading];
  return [heading, ...diff.processes.flatMap(processLines)];
}

function countsText(diffs: readonly ConfigDiff[]): string {
  if (diffs.length === 0) return 'no config file differs';
  const counts = STATUS_ORDER.map(
    (status) => [status, diffs.filter((d) => d.status === status).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${plural(diffs.length, 'config')} in the files that differ: ${counts.join(', ')}`;
}

/** `Changed against main (1a2b3c4d5e6f): 3 configs in the files that differ: 1 changed, 2 added`. */
export function comparisonHeadline({ ref, commit, diffs }: Comparison): string {
  const short = commit.slice(0, 12);
  const against = ref === commit || ref === short ? short : `${ref} (${short})`;
  return `Changed against ${against}: ${countsText(diffs)}`;
}

/**
 * The "Changed against REF" section of `lint --base REF`: per config in the files that differ,
 * each process's components on both sides and the signed change, sized as the PR comment sizes them.
 */
export function diffText(comparison: Comparison): string {
  const sections = [
    comparisonHeadline(comparison),
    ...comparison.diffs.map((d) => configLines(d).join('\n')),
  ];
  return `${sections.join('\n\n')}\n`;
}
