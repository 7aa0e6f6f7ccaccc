import type { ConfigResult, Finding, Report } from '../model/index.js';
import type { ConfigDiff } from './breakdown-diff.js';
import {
  breakdownChart,
  code,
  configTitle,
  countsText,
  diffTable,
  failureLine,
  findingLine,
  fitSections,
  groupFindings,
  lineLink,
  PROCESS_TITLES,
  type Block,
  type LinkContext,
  type Section,
} from './markdown.js';
import { plural } from './text.js';
import { formatSize } from '../flink/index.js';

/** Finds the sticky comment again on later runs. */
export const COMMENT_MARKER = '<!-- flink-memory-lint:sticky-comment -->';

/** GitHub refuses comment bodies over 65,536 characters; bytes are never fewer. */
export const COMMENT_LIMIT = 65_536;

export interface CommentInput {
  /** The head side, as `lint()` reported it. */
  report: Report;
  /** Base/head pairs of the configs in the files the pull request touches. */
  diffs: readonly ConfigDiff[];
  /** Files the pull request touches (head paths). */
  touchedFiles: readonly string[];
  /** Whether the findings reach the `fail-on` threshold. */
  failed: boolean;
  links?: LinkContext;
  /** The workflow run, where the job summary has everything. */
  runUrl?: string;
  /** Findings on changed lines that got no inline review comment (over `review-comments-limit`). */
  notCommented?: { findings: readonly Finding[]; limit: number };
}

const STATUS_TEXT = { added: 'new', removed: 'removed', changed: 'changed', unchanged: 'unchanged' } as const;

/** Whether a comment is worth posting when none exists yet. */
export function hasSomethingToSay(input: CommentInput): boolean {
  return input.report.findings.length > 0 || input.diffs.some((d) => d.status !== 'unchanged');
}

function headline(input: CommentInput): string {
  const { report } = input;
  const changed = input.diffs.filter((d) => d.status !== 'unchanged').length;
  const scope = `${plural(report.summary.configs, 'config')} checked, ${changed} changed by this pull request.`;
  if (report.findings.length === 0) return `## ✅ Flink memory: all clear\n\nNo findings: ${scope}`;
  const icon = input.failed ? '❌' : '⚠️';
  return `## ${icon} Flink memory: ${countsText(report)}\n\n${scope}`;
}

function findingBlocks(findings: readonly Finding[], links?: LinkContext): Block[] {
  return findings.map((f) => ({ text: findingLine(f, links), counts: { findings: 1 } }));
}

/** One line for the findings on changed lines that the review-comment limit left out. */
function notCommentedBlocks(input: CommentInput): Block[] {
  const left = input.notCommented;
  if (!left || left.findings.length === 0) return [];
  const where = left.findings.map((f) => `${code(f.ruleId)} ${lineLink(input.links, f.file, f.line)}`);
  return [
    {
      text: `> [!NOTE]\n> ${plural(left.findings.length, 'more finding')} on changed lines got no review comment (at most ${left.limit} a run, \`review-comments-limit\`): ${where.join(', ')}.`,
    },
  ];
}

function changedConfigBlock(diff: ConfigDiff, links?: LinkContext): Block {
  const shown = (diff.head ?? diff.base) as ConfigResult;
  const lines = [`### ${configTitle(shown, links)} · ${STATUS_TEXT[diff.status]}`];
  for (const process of diff.processes) {
    for (const [side, result] of [
      ['Base', process.base],
      ['Head', process.head],
    ] as const) {
      if (result && !result.ok) lines.push(`${side}: ${failureLine(process.process, result)}`);
    }
    if (!process.changed && process.head?.ok) {
      lines.push(
        `${PROCESS_TITLES[process.process]} unchanged: Total Process ${formatSize(process.head.memory.totalProcess)}.`,
      );
      continue;
    }
    if (process.rows.length > 0)
      lines.push(diffTable(process.process, process.rows, diff.status !== 'added'));
    const chart = process.head && breakdownChart(process.process, process.head);
    if (chart) lines.push(chart);
  }
  return { text: lines.join('\n\n'), counts: { configs: 1 } };
}

function configHeading(result: ConfigResult, links?: LinkContext): Block {
  return { text: `#### ${configTitle(result, links)}`, counts: { configs: 1 } };
}

/** The body of the sticky pull-request comment, always under GitHub's limit. */
export function renderComment(input: CommentInput, limit = COMMENT_LIMIT): string {
  const { report, links } = input;
  const { byConfig, byFile } = groupFindings(report.findings);
  const touched = new Set(input.touchedFiles);
  const changed = input.diffs.filter((d) => d.status !== 'unchanged');
  const changedIds = new Set(changed.flatMap((d) => (d.head ? [d.head.config.id] : [])));

  const changedBlocks = changed.flatMap((diff) => [
    changedConfigBlock(diff, links),
    ...findingBlocks(diff.head ? (byConfig.get(diff.head.config.id) ?? []) : [], links),
  ]);
  const fileFindings = [...byFile].filter(([file]) => touched.has(file)).flatMap(([, findings]) => findings);
  const unchangedBlocks = [
    ...report.configs
      .filter((r) => !changedIds.has(r.config.id) && byConfig.has(r.config.id))
      .flatMap((r) => [configHeading(r, links), ...findingBlocks(byConfig.get(r.config.id) ?? [], links)]),
    ...findingBlocks(
      [...byFile].filter(([file]) => !touched.has(file)).flatMap(([, findings]) => findings),
      links,
    ),
  ];
  const unchangedCount = unchangedBlocks.filter((b) => b.counts?.configs).length;
  const where = input.runUrl ? `the [job summary](${input.runUrl})` : 'the job summary';
  const sections: Section[] = [
    { blocks: [{ text: `${COMMENT_MARKER}\n${headline(input)}` }] },
    { blocks: changedBlocks },
    { open: '### Findings in changed files', blocks: findingBlocks(fileFindings, links) },
    { blocks: notCommentedBlocks(input) },
    {
      open: `<details><summary>${unchangedCount > 0 ? plural(unchangedCount, 'unchanged config') + ' with findings' : 'Other findings'}</summary>`,
      close: '</details>',
      blocks: unchangedBlocks,
    },
    { blocks: [{ text: `<sub>${report.tool.name} ${report.tool.version} · full report in ${where}</sub>` }] },
  ];
  return fitSections(
    sections,
    limit,
    (left) =>
      `> [!NOTE]\n> This comment was cut to fit GitHub's size limit: ${plural(left.configs, 'more config')} and ${plural(left.findings, 'more finding')} are in ${where} and in the SARIF and JSON reports.`,
  );
}
