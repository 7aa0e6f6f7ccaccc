import type { ConfigResult, Finding, ProcessName, Report, Severity } from '../model/index.js';
import {
  componentRows,
  JOBMANAGER_PARTS,
  TASKMANAGER_PARTS,
  type Component,
  type ComponentRow,
  type ProcessResult,
} from './breakdown-diff.js';
import { formatChange, formatSize } from '../flink/index.js';
import { plural } from './text.js';

/** Where a file's lines can be linked: `{server}/{repository}/blob/{ref}/{file}#L{line}`. */
export interface LinkContext {
  serverUrl: string;
  repository: string;
  ref: string;
}

export const PROCESS_TITLES: Record<ProcessName, string> = {
  taskmanager: 'TaskManager',
  jobmanager: 'JobManager',
};

export const SEVERITY_ICONS: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Text from configs and messages, made inert: no HTML, no table breaks, no @-mentions. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${clean}${fence === '``' ? ' ' : ''}${fence}`;
}

export function lineLink(links: LinkContext | undefined, file: string, line: number): string {
  const label = `${escapeText(file)}:${line}`;
  if (!links) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.ref}/${path}#L${line})`;
}

export function countsText(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
}

/** `flink-conf.yaml:1 · flink-conf · Flink 1.20 (format) · cluster-a` */
export function configTitle(result: ConfigResult, links?: LinkContext): string {
  const { config } = result;
  const parts = [
    lineLink(links, config.file, config.line),
    config.kind,
    `Flink ${config.flinkVersion} (${escapeText(config.flinkVersionSource)})`,
  ];
  if (config.name) parts.push(code(config.name));
  return parts.join(' · ');
}

export function findingLine(finding: Finding, links?: LinkContext): string {
  const rule = finding.docs ? `[${code(finding.ruleId)}](${finding.docs})` : code(finding.ruleId);
  const fix = finding.fix
    ? ` Fix: ${Object.entries(finding.fix.set)
        .map(([key, value]) => code(value === null ? `remove ${key}` : `${key}: ${value}`))
        .join(', ')}`
    : '';
  return `- ${SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${rule} ${escapeText(finding.message)} (${lineLink(links, finding.file, finding.line)})${fix}`;
}

/** Why a process has no breakdown: Flink's own message, verbatim. */
export function failureLine(process: ProcessName, result: ProcessResult): string | undefined {
  if (result.ok) return undefined;
  const what = `**${PROCESS_TITLES[process]}**`;
  if ('unsupported' in result) return `${what}: ${escapeText(result.reason)}`;
  return `${what}: Flink refuses this configuration: ${code(`${result.errorType}: ${result.error}`)}`;
}

/** A table of base, head and change per component; either side may be missing. */
export function diffTable(process: ProcessName, rows: readonly ComponentRow[], withBase: boolean): string {
  const header = withBase
    ? [`| ${PROCESS_TITLES[process]} | Base | Head | Change |`, '| --- | ---: | ---: | ---: |']
    : [`| ${PROCESS_TITLES[process]} | Size |`, '| --- | ---: |'];
  const body = rows.map((row) => {
    const head = row.head === undefined ? '—' : formatSize(row.head);
    if (!withBase) return `| ${row.label} | ${head} |`;
    const base = row.base === undefined ? '—' : formatSize(row.base);
    const change =
      row.base === undefined || row.head === undefined
        ? '—'
        : row.base === row.head
          ? formatChange(0n)
          : `**${formatChange(row.head - row.base)}**`;
    return `| ${row.label} | ${base} | ${head} | ${change} |`;
  });
  return [...header, ...body].join('\n');
}

/** A table of one derived process's components. */
export function breakdownTable(process: ProcessName, result: ProcessResult): string {
  const rows = componentRows(process, result);
  if (!rows) return failureLine(process, result) ?? '';
  return diffTable(
    process,
    rows.map((r) => ({ label: r.label, head: r.bytes })),
    false,
  );
}

/** MiB with one decimal (rounded as the tables round), as a plain number Mermaid can chart. */
function mib(bytes: bigint): string {
  const MIB = 1n << 20n;
  return (Number((bytes * 20n + MIB) / (2n * MIB)) / 10).toString();
}

/** A Mermaid pie of the parts that add up to Total Process. */
export function breakdownChart(process: ProcessName, result: ProcessResult): string | undefined {
  if (!result.ok) return undefined;
  const parts = (process === 'taskmanager' ? TASKMANAGER_PARTS : JOBMANAGER_PARTS) as readonly Component<
    typeof result.memory
  >[];
  const slices = parts
    .map((part) => ({ label: part.label, bytes: part.bytes(result.memory) }))
    .filter((slice) => slice.bytes > 0n);
  if (slices.length === 0) return undefined;
  return [
    '```mermaid',
    `pie showData title ${PROCESS_TITLES[process]}: ${formatSize(result.memory.totalProcess)} (MiB)`,
    ...slices.map((slice) => `    "${slice.label}" : ${mib(slice.bytes)}`),
    '```',
  ].join('\n');
}

/** Findings per config id, and the file-level ones per file. */
export function groupFindings(findings: readonly Finding[]): {
  byConfig: Map<string, Finding[]>;
  byFile: Map<string, Finding[]>;
} {
  const byConfig = new Map<string, Finding[]>();
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const [map, key] = finding.configId === undefined ? [byFile, finding.file] : [byConfig, finding.configId];
    const list = map.get(key) ?? [];
    list.push(finding);
    map.set(key, list);
  }
  return { byConfig, byFile };
}

/** A piece of output that is kept or dropped whole when the text must be cut short. */
export interface Block {
  text: string;
  /** What dropping it leaves out, for the note that says so. */
  counts?: { configs?: number; findings?: number };
}

/** A run of blocks, optionally inside a collapsed section or under a table header. */
export interface Section {
  open?: string;
  close?: string;
  blocks: Block[];
  /** Between the blocks: a blank line (default), or a line break for table rows. */
  separator?: string;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Room kept for the closing tag and the note that says what was cut. */
const RESERVE = 2000;

/**
 * Joins the sections while they fit in `limit` bytes, in order, keeping every opened section
 * closed; from the first block that does not fit, everything after it is left out and `note` says
 * what. The same input always gives the same cut.
 */
export function fitSections(
  sections: readonly Section[],
  limit: number,
  note: (left: { configs: number; findings: number }) => string,
): string {
  const parts: string[] = [];
  let size = 0;
  const add = (text: string): void => {
    parts.push(text);
    size += byteLength(text);
  };
  for (const [s, section] of sections.entries()) {
    if (section.blocks.length === 0) continue;
    const separator = section.separator ?? '\n\n';
    const close = section.close === undefined ? '' : `\n\n${section.close}`;
    const closeSize = byteLength(close) + 2;
    const start = parts.length;
    if (section.open !== undefined) add(`${section.open}${separator}`);
    for (const [b, block] of section.blocks.entries()) {
      const piece = b === 0 ? block.text : `${separator}${block.text}`;
      if (size + byteLength(piece) + closeSize + RESERVE > limit) {
        const left = { configs: 0, findings: 0 };
        for (const dropped of [
          section.blocks.slice(b),
          ...sections.slice(s + 1).map((x) => x.blocks),
        ].flat()) {
          left.configs += dropped.counts?.configs ?? 0;
          left.findings += dropped.counts?.findings ?? 0;
        }
        if (b === 0) parts.length = start;
        else add(`${close}\n\n`);
        return `${parts.join('')}${note(left)}\n`;
      }
      add(piece);
    }
    add(`${close}\n\n`);
  }
  return parts.join('').replace(/\n+$/, '\n');
}
