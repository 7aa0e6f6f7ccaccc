import { visibleLines } from './terminal.js';
import { formatSize, type KeyChange, type VersionDiff } from '../flink/index.js';
import type { Breakdown, JobManagerResult, TaskManagerResult } from '../model/index.js';
import { toJsonValue } from './breakdown-json.js';

/** What the `upgrade` command found for one config of the file. */
export interface ConfigUpgradeReport {
  config: { name?: string; line: number };
  diff: VersionDiff;
  set: Record<string, string>;
  remove: string[];
  why: Record<string, string>;
  migration?: { ok: boolean; reason?: string; key?: string; dropped?: string[] };
  after: Breakdown;
}

/** What the `upgrade` command found, as the engine hands it over: each config, and the file rewritten. */
export interface UpgradeReport {
  file: string;
  configs: ConfigUpgradeReport[];
  rewritten?: { name: string; text: string };
  /** What the rewrite changed beyond keys (image tags, `spec.flinkVersion`, `resource.memory`, a data key). */
  fileEdits: string[];
  /** Why the file is not rewritten. */
  unwritten?: string[];
}

const TM_ROWS: [keyof TaskManagerResultMemory, string][] = [
  ['totalProcess', 'Total Process Memory'],
  ['totalFlink', 'Total Flink Memory'],
  ['frameworkHeap', 'Framework Heap'],
  ['taskHeap', 'Task Heap'],
  ['managed', 'Managed Memory'],
  ['frameworkOffHeap', 'Framework Off-Heap'],
  ['taskOffHeap', 'Task Off-Heap'],
  ['network', 'Network'],
  ['jvmMetaspace', 'JVM Metaspace'],
  ['jvmOverhead', 'JVM Overhead'],
];
type TaskManagerResultMemory = Extract<TaskManagerResult, { ok: true }>['memory'];
const JM_ROWS: [string, string][] = [
  ['totalProcess', 'Total Process Memory'],
  ['totalFlink', 'Total Flink Memory'],
  ['jvmHeap', 'JVM Heap'],
  ['offHeap', 'Off-Heap Memory'],
  ['jvmMetaspace', 'JVM Metaspace'],
  ['jvmOverhead', 'JVM Overhead'],
];

function cell(result: TaskManagerResult | JobManagerResult, field: string): string {
  // 1.10 has no JobManager memory model: nothing to show, nothing refused.
  if (!result.ok) return 'unsupported' in result ? '-' : 'refused';
  const value = (result.memory as unknown as Record<string, bigint | undefined>)[field];
  return value === undefined ? '' : formatSize(value);
}

/** Before and after, one row per component: what `from` derives, and what `to` derives after the edits. */
export function sideBySide(before: Breakdown, after: Breakdown): string[] {
  const out: string[] = [];
  const header = (label: string) =>
    [
      label.padEnd(24),
      `Flink ${before.flinkVersion}`.padStart(14),
      `Flink ${after.flinkVersion}`.padStart(14),
    ].join('  ');
  for (const [process, rows, label] of [
    ['taskmanager', TM_ROWS, 'TaskManager'],
    ['jobmanager', JM_ROWS, 'JobManager'],
  ] as const) {
    const b = before[process];
    const a = after[process];
    if ('unsupported' in b && 'unsupported' in a) continue;
    out.push(header(label));
    for (const [field, name] of rows) {
      const x = cell(b, field);
      const y = cell(a, field);
      out.push(`  ${name.padEnd(22)}  ${x.padStart(14)}  ${y.padStart(14)}${x !== y ? '  *' : ''}`);
    }
    for (const [when, r] of [
      [before.flinkVersion, b],
      [after.flinkVersion, a],
    ] as const) {
      if (!r.ok && 'error' in r) out.push(`  Flink ${when} refuses it: ${r.error}`);
    }
    out.push('');
  }
  return out;
}

function changeLines(title: string, changes: readonly KeyChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    title,
    ...changes.map(
      (c) =>
        `  ${c.key}: ${c.value}${c.successor ? ` → ${c.successor}` : ''}${c.in ? ` (Flink ${c.in})` : ''}: ${c.why}`,
    ),
    '',
  ];
}

/** One config's part of the upgrade for people: what changes, the breakdowns side by side, the edits. */
function configText(report: ConfigUpgradeReport, title: string): string[] {
  const { diff } = report;
  const out = [`${title}: Flink ${diff.from} → ${diff.to} (${diff.deployment})`, ''];
  out.push(...changeLines('Keys removed:', diff.removed));
  out.push(...changeLines('Keys renamed:', diff.renamed));
  out.push(...changeLines('Keys read differently:', diff.readDifferently));
  if (diff.defaults.length > 0) {
    out.push('Defaults changed:');
    for (const d of diff.defaults)
      out.push(
        `  ${d.key}: ${d.before ?? '(none)'} → ${d.after ?? '(none)'} in Flink ${d.in}${d.overridden ? ' (the file sets it)' : ''}`,
      );
    out.push('');
  }
  if (diff.configFile) {
    out.push(
      `Configuration file: Flink ${diff.from} reads ${diff.configFile.from.join(', ')}; Flink ${diff.to} reads ${diff.configFile.to.join(', ')}.`,
      '',
    );
  }
  out.push(...sideBySide(diff.before, report.after));
  const set = Object.entries(report.set);
  if (set.length > 0) out.push('Set:', ...set.map(([k, v]) => `  ${k}: ${v}`), '');
  if (report.remove.length > 0) out.push('Remove:', ...report.remove.map((k) => `  ${k}`), '');
  const why = Object.entries(report.why);
  if (why.length > 0) out.push('Why:', ...why.map(([k, w]) => `  ${k}: ${w}`), '');
  if (report.migration && !report.migration.ok) {
    out.push(
      `Flink's migration (bin/migrate-config-file.sh) fails on this file at ${report.migration.key}: ${report.migration.reason}`,
      '',
    );
  }
  if (report.migration?.dropped && report.migration.dropped.length > 0) {
    out.push(`Flink's nesting drops: ${report.migration.dropped.join(', ')}`, '');
  }
  return out;
}

/** A config's name for people: the file, and in a file of several, its name or line. */
function titleOf(report: UpgradeReport, config: ConfigUpgradeReport['config']): string {
  if (report.configs.length === 1) return report.file;
  return `${report.file} (${config.name ?? 'config'}, line ${config.line})`;
}

/** The upgrade for people: each config's changes, then the file rewritten (or why it is not). */
export function upgradeText(report: UpgradeReport): string {
  const out = report.configs.flatMap((c) => configText(c, titleOf(report, c.config)));
  if (report.fileEdits.length > 0) out.push('File:', ...report.fileEdits.map((e) => `  ${e}`), '');
  if (report.unwritten && report.unwritten.length > 0) {
    out.push(
      'Not rewritten (set and remove the keys above by hand):',
      ...report.unwritten.map((r) => `  ${r}`),
      '',
    );
  }
  if (report.rewritten) out.push(`${report.rewritten.name}:`, report.rewritten.text.trimEnd(), '');
  // Keys, values and the rewritten file are the file's text: shown, never passed to the terminal.
  return `${out.map(visibleLines).join('\n')}\n`;
}

function configJson(report: ConfigUpgradeReport): Record<string, unknown> {
  const { diff } = report;
  return {
    ...(report.config.name !== undefined && { name: report.config.name }),
    line: report.config.line,
    from: diff.from,
    to: diff.to,
    deployment: diff.deployment,
    removed: diff.removed,
    renamed: diff.renamed,
    readDifferently: diff.readDifferently,
    defaults: diff.defaults,
    ...(diff.configFile && { configFile: diff.configFile }),
    set: report.set,
    remove: report.remove,
    why: report.why,
    before: diff.before,
    after: report.after,
    ...(report.migration &&
      !report.migration.ok && {
        migrationFailed: { key: report.migration.key, reason: report.migration.reason },
      }),
  };
}

/**
 * `upgrade --format json`: `configs`, one object per config of the file, and the rewritten `file`;
 * for a file of one config, that config's fields at the top as well.
 */
export function upgradeToJson(report: UpgradeReport): unknown {
  const configs = report.configs.map(configJson);
  return toJsonValue({
    ...(configs.length === 1 && configs[0]),
    configs,
    ...(report.rewritten && { file: report.rewritten }),
    fileEdits: report.fileEdits,
    ...(report.unwritten && { unwritten: report.unwritten }),
  });
}
