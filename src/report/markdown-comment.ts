import type { Finding, Report } from '../model/index.js';
import type { ConfigDiff } from './breakdown-diff.js';
import { changedConfigs, groupChanges } from './change-overview.js';
import {
  countsText,
  fitSections,
  groupFindings,
  lineLink,
  type Block,
  type LinkContext,
  type Section,
} from './markdown.js';
import { changeDetailsBlock, findingBlocks, overviewParts } from './markdown-overview.js';
import { plural } from './text.js';
import { code, join, link, md, trusted, type Markdown } from './markdown/index.js';

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

/** Whether a comment is worth posting when none exists yet. */
export function hasSomethingToSay(input: CommentInput): boolean {
  return input.report.findings.length > 0 || input.diffs.some((d) => d.status !== 'unchanged');
}

function headline(input: CommentInput, changed: number): Markdown {
  const { report } = input;
  const scope =
    changed === 0
      ? `No config changed by this pull request; ${plural(report.summary.configs, 'config')} checked.`
      : `${plural(changed, 'config')} changed by this pull request; ${plural(report.summary.configs, 'config')} checked.`;
  if (report.findings.length === 0) return md`## ✅ Flink memory: all clear\n\n${scope}`;
  const icon = input.failed ? '❌' : '⚠️';
  return md`## ${icon} Flink memory: ${countsText(report)}\n\n${scope}`;
}

/** One line for the findings on changed lines that the review-comment limit left out. */
function notCommentedBlocks(input: CommentInput): Block[] {
  const left = input.notCommented;
  if (!left || left.findings.length === 0) return [];
  const where = left.findings.map((f) => md`${code(f.ruleId)} ${lineLink(input.links, f.file, f.line)}`);
  return [
    {
      text: md`> [!NOTE]\n> ${plural(left.findings.length, 'more finding')} on changed lines got no review comment (at most ${String(left.limit)} a run, ${code('review-comments-limit')}): ${join(where, ', ')}.`,
    },
  ];
}

/** How much a rendering gives up to stay short: each level keeps less, before anything is cut. */
interface Level {
  /** One overview row per identical change. */
  grouped: boolean;
  /** Links on the config cells of the overview. */
  linked: boolean;
  /** Pictures in the folded detail. */
  pictures: boolean;
  /** Places named per grouped finding. */
  places: number;
}

const LEVELS: readonly Level[] = [
  { grouped: false, linked: true, pictures: true, places: 8 },
  { grouped: false, linked: false, pictures: true, places: 8 },
  { grouped: true, linked: false, pictures: true, places: 4 },
  { grouped: true, linked: false, pictures: false, places: 3 },
];

/** A comment a reviewer reads at a glance; longer ones give up detail level by level before any cut. */
export const READABLE_LIMIT = 4000;

function sectionsFor(input: CommentInput, level: Level): Section[] {
  const { report, links } = input;
  const { byConfig, byFile } = groupFindings(report.findings);
  const touched = new Set(input.touchedFiles);
  const changes = changedConfigs(input.diffs, byConfig);
  const groups = groupChanges(changes);
  const changedIds = new Set(changes.flatMap((c) => (c.diff.head ? [c.diff.head.config.id] : [])));

  const changedFindings = [
    ...changes.flatMap((c) => c.findings),
    ...[...byFile].filter(([file]) => touched.has(file)).flatMap(([, findings]) => findings),
  ];
  const otherFindings = [
    ...report.configs
      .filter((r) => !changedIds.has(r.config.id))
      .flatMap((r) => byConfig.get(r.config.id) ?? []),
    ...[...byFile].filter(([file]) => !touched.has(file)).flatMap(([, findings]) => findings),
  ];
  const otherConfigs = new Set(otherFindings.flatMap((f) => (f.configId ? [f.configId] : []))).size;
  const where = input.runUrl
    ? md`the ${link('job summary', input.runUrl)}`
    : md`
the job summary
      `;
  const overview = overviewParts(groups, { links, grouped: level.grouped, linked: level.linked });
  return [
    { blocks: [{ text: md`${trusted(COMMENT_MARKER)}\n${headline(input, changes.length)}` }] },
    {
      open: groups.length > 0 ? overview.head : undefined,
      separator: '\n',
      blocks: overview.rows.map((row) => ({ text: row })),
    },
    {
      open: md`
### Findings
      `,
      blocks: findingBlocks(changedFindings, links, level.places),
    },
    { blocks: notCommentedBlocks(input) },
    {
      open: md`
### Changes
      `,
      blocks: groups.map((g) => changeDetailsBlock(g, links, level.pictures)),
    },
    {
      open: md`<details><summary>${
        otherConfigs > 0
          ? `${plural(otherFindings.length, 'finding')} in ${plural(otherConfigs, 'config')} this pull request does not change`
          : 'Other findings'
      }</summary>`,
      close: md`
</details>
      `,
      blocks: findingBlocks(otherFindings, links, level.places),
    },
    {
      blocks: [{ text: md`<sub>${report.tool.name} ${report.tool.version} · full report in ${where}</sub>` }],
    },
  ];
}

/**
 * The body of the sticky pull-request comment: the overview table, the findings, each distinct
 * change folded. It gives up links, per-config rows and pictures (in that order) to stay readable,
 * and is cut only when even that does not fit under `limit`.
 */
export function renderComment(input: CommentInput, limit = COMMENT_LIMIT): string {
  const note = (left: { configs: number; findings: number }) => {
    const where = input.runUrl
      ? md`the ${link('job summary', input.runUrl)}`
      : md`
the job summary
        `;
    return md`> [!NOTE]\n> This comment was cut to fit GitHub's size limit: ${plural(left.configs, 'more config')} and ${plural(left.findings, 'more finding')} are in ${where} and in the SARIF and JSON reports.`;
  };
  // Each level rendered once, when first needed, and tried against both budgets.
  const bodies: string[] = [];
  const body = (i: number) =>
    (bodies[i] ??= fitSections(sectionsFor(input, LEVELS[i]), Number.MAX_SAFE_INTEGER, note));
  for (const budget of [Math.min(READABLE_LIMIT, limit), limit]) {
    for (let i = 0; i < LEVELS.length; i++) {
      const text = body(i);
      if (text.length <= budget && Buffer.byteLength(text, 'utf8') <= limit) return text;
    }
  }
  return fitSections(sectionsFor(input, LEVELS[LEVELS.length - 1]), limit, note);
}
