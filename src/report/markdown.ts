import { contextText } from './config-context.js';
import type { ConfigResult, Finding, ProcessName, Report, Severity } from '../model/index.js';
import { componentRows, type ComponentRow, type ProcessResult } from './breakdown-diff.js';
import { formatChange, formatSize } from '../flink/index.js';
import { severityCounts } from './text.js';
import { code, join, link, md, table, text, type Markdown } from './markdown/index.js';

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

/** The built-in rules' pages: the only rule docs shown as links (a user policy's `docs` is text). */
const RULE_DOCS =
  /^https:\/\/github\.com\/flink-memory-lint\/flink-memory-lint\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/;

/** A rule id, linked to its page where that is one of the tool's own. */
export function ruleLink(ruleId: string, docs: string | undefined): Markdown {
  return docs && RULE_DOCS.test(docs) ? link(code(ruleId), docs) : code(ruleId);
}

export function lineLink(links: LinkContext | undefined, file: string, line: number): Markdown {
  const label = md`${file}:${String(line)}`;
  if (!links) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return link(label, `${links.serverUrl}/${links.repository}/blob/${links.ref}/${path}#L${line}`);
}

export function countsText(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  return severityCounts(errors, warnings, infos);
}

/** `flink-conf.yaml:1 · flink-conf · Flink 1.20 (format) · cluster-a` */
export function configTitle(result: ConfigResult, links?: LinkContext): Markdown {
  const { config } = result;
  const parts = [lineLink(links, config.file, config.line), text(config.kind), text(contextText(config))];
  if (config.name) parts.push(code(config.name));
  return join(parts, ' · ');
}

/** A fix's changes as code: `key: value`, or `remove key`. */
export function fixChanges(fix: NonNullable<Finding['fix']>): Markdown {
  return join(
    Object.entries(fix.set).map(([key, value]) =>
      code(value === null ? `remove ${key}` : `${key}: ${value}`),
    ),
    ', ',
  );
}

export function findingLine(finding: Finding, links?: LinkContext): Markdown {
  const fix = finding.fix ? md` Fix: ${fixChanges(finding.fix)}` : md``;
  return md`- ${SEVERITY_ICONS[finding.severity]} **${finding.severity}** ${ruleLink(finding.ruleId, finding.docs)} ${finding.message} (${lineLink(links, finding.file, finding.line)})${fix}`;
}

/** Why a process has no breakdown: Flink's own message, verbatim. */
function failureLine(process: ProcessName, result: ProcessResult): Markdown | undefined {
  if (result.ok) return undefined;
  const what = md`**${PROCESS_TITLES[process]}**`;
  if ('unsupported' in result) return md`${what}: ${result.reason}`;
  return md`${what}: Flink refuses this configuration: ${code(`${result.errorType}: ${result.error}`)}`;
}

/** A table of base, head and change per component; either side may be missing. */
export function diffTable(process: ProcessName, rows: readonly ComponentRow[], withBase: boolean): Markdown {
  const size = (bytes: bigint | undefined) => (bytes === undefined ? '—' : formatSize(bytes));
  if (!withBase)
    return table(
      [PROCESS_TITLES[process], 'Size'],
      ['left', 'right'],
      rows.map((row) => [row.label, size(row.head)]),
    );
  return table(
    [PROCESS_TITLES[process], 'Base', 'Head', 'Change'],
    ['left', 'right', 'right', 'right'],
    rows.map((row) => {
      const change =
        row.base === undefined || row.head === undefined
          ? '—'
          : row.base === row.head
            ? formatChange(0n)
            : md`**${formatChange(row.head - row.base)}**`;
      return [row.label, size(row.base), size(row.head), change];
    }),
  );
}

/** A table of one derived process's components. */
export function breakdownTable(process: ProcessName, result: ProcessResult): Markdown {
  const rows = componentRows(process, result);
  if (!rows) return failureLine(process, result) ?? md``;
  return diffTable(
    process,
    rows.map((r) => ({ label: r.label, head: r.bytes })),
    false,
  );
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
  text: Markdown;
  /** What dropping it leaves out, for the note that says so. */
  counts?: { configs?: number; findings?: number };
}

/** A run of blocks, optionally inside a collapsed section or under a table header. */
export interface Section {
  open?: Markdown;
  close?: Markdown;
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
  note: (left: { configs: number; findings: number }) => Markdown,
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
    const close = section.close === undefined ? '' : `\n\n${section.close.source}`;
    const closeSize = byteLength(close) + 2;
    const start = parts.length;
    if (section.open !== undefined) add(`${section.open.source}${separator}`);
    for (const [b, block] of section.blocks.entries()) {
      const piece = b === 0 ? block.text.source : `${separator}${block.text.source}`;
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
        return `${parts.join('')}${note(left).source}\n`;
      }
      add(piece);
    }
    add(`${close}\n\n`);
  }
  return parts.join('').replace(/\n+$/, '\n');
}
