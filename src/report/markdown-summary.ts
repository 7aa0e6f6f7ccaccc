import type { ConfigResult, ProcessName, Report } from '../model/index.js';
import type { ConfigDiff } from './breakdown-diff.js';
import {
  breakdownTable,
  configTitle,
  countsText,
  diffTable,
  findingLine,
  fitSections,
  groupFindings,
  lineLink,
  type Block,
  type LinkContext,
  type Section,
} from './markdown.js';
import { plural } from './text.js';
import { changedConfigs, groupChanges } from './change-overview.js';
import { overviewTable } from './markdown-overview.js';
import { formatSize } from '../flink/index.js';
import { code, details, join, md, tableParts, type Inline, type Markdown } from './markdown/index.js';

/** GitHub takes at most 1 MiB of job summary per step. */
export const SUMMARY_LIMIT = 1024 * 1024;

const PROCESSES: readonly ProcessName[] = ['taskmanager', 'jobmanager'];

export interface SummaryInput {
  report: Report;
  /** Base/head pairs, on pull requests: changed configs show their change. */
  diffs?: readonly ConfigDiff[];
  /** Whether the findings reach the `fail-on` threshold. */
  failed?: boolean;
  links?: LinkContext;
  /** Lines about the run itself (fork, skipped writes, annotations not shown); text unless built. */
  notes?: readonly Inline[];
}

function totalCell(result: ConfigResult, process: ProcessName): string {
  if (!result.config.processes.includes(process)) return '';
  const derived = result.breakdown[process];
  if (derived.ok) return formatSize(derived.memory.totalProcess);
  return 'unsupported' in derived ? 'n/a' : 'refused';
}

function configDetails(
  result: ConfigResult,
  findingCount: number,
  diff?: ConfigDiff,
  links?: LinkContext,
): Block {
  const lines: Markdown[] = [];
  for (const process of PROCESSES.filter((p) => result.config.processes.includes(p))) {
    const changed = diff?.processes.find((p) => p.process === process);
    const derived = result.breakdown[process];
    lines.push(
      diff && diff.status === 'changed' && changed && changed.rows.length > 0
        ? diffTable(process, changed.rows, true)
        : breakdownTable(process, derived),
    );
  }
  const status = diff && diff.status !== 'unchanged' ? ` · ${diff.status}` : '';
  const findings = findingCount > 0 ? ` · ${plural(findingCount, 'finding')}` : '';
  return {
    text: details(
      `${result.config.file}:${result.config.line}${status}${findings}`,
      join([configTitle(result, links), ...lines], '\n\n'),
    ),
    counts: { configs: 1 },
  };
}

/**
 * Everything in one page: every config's breakdown and every finding, for the job summary and
 * for `lint --format markdown`. Always under `limit` bytes.
 */
export function renderSummary(input: SummaryInput, limit = SUMMARY_LIMIT): string {
  const { report, links } = input;
  const { byConfig } = groupFindings(report.findings);
  const diffs = new Map((input.diffs ?? []).flatMap((d) => (d.head ? [[d.head.config.id, d] as const] : [])));
  const icon = report.findings.length === 0 ? '✅' : input.failed ? '❌' : '⚠️';
  const head = join(
    [
      report.summary.configs === 0
        ? md`
## ⚠️ Flink memory: no Flink configuration found
          `
        : md`## ${icon} Flink memory: ${report.findings.length === 0 ? 'all clear' : countsText(report)}`,
      md`${plural(report.summary.configs, 'config')} in ${plural(report.summary.files, 'file')}${report.summary.suppressed > 0 ? `, ${report.summary.suppressed} suppressed` : ''}.`,
      ...(input.notes ?? []).map((note) => md`> ${note}`),
    ],
    '\n\n',
  );

  // The table's rows are blocks of their own (the cut may fall between two): one table, split.
  const { head: header, rows } = tableParts(
    ['Config', 'Kind', 'Flink', 'TaskManager', 'JobManager', 'Findings'],
    ['left', 'left', 'left', 'right', 'right', 'right'],
    report.configs.map((r) => [
      lineLink(links, r.config.file, r.config.line),
      r.config.kind,
      r.config.flinkVersion,
      totalCell(r, 'taskmanager'),
      totalCell(r, 'jobmanager'),
      String(byConfig.get(r.config.id)?.length ?? 0),
    ]),
  );
  const suppressedBy = (f: (typeof report.suppressed)[number]) =>
    f.suppressed
      ? md` — suppressed by ${f.suppressed.kind}${f.suppressed.reason ? md`: ${f.suppressed.reason}` : md``}`
      : md``;
  // The same overview as the pull-request comment: base → head per changed config.
  const changes = groupChanges(changedConfigs(input.diffs ?? [], byConfig));
  const sections: Section[] = [
    { blocks: [{ text: head }] },
    {
      open: md`
### Changed by this pull request
      `,
      blocks: changes.length > 0 ? [{ text: overviewTable(changes, { links }) }] : [],
    },
    ...(changes.length > 0
      ? [
          {
            blocks: [
              {
                text: md`
### All configs
                `,
              },
            ],
          },
        ]
      : []),
    { open: header, separator: '\n', blocks: rows.map((row) => ({ text: row })) },
    {
      open: md`
### Findings
      `,
      blocks: report.findings.map((f) => ({ text: findingLine(f, links), counts: { findings: 1 } })),
    },
    {
      open: md`
### Breakdowns
      `,
      blocks: report.configs.map((r) =>
        configDetails(r, byConfig.get(r.config.id)?.length ?? 0, diffs.get(r.config.id), links),
      ),
    },
    {
      open: md`<details><summary>${plural(report.suppressed.length, 'suppressed finding')}</summary>`,
      close: md`
</details>
      `,
      blocks: report.suppressed.map((f) => ({ text: md`${findingLine(f, links)}${suppressedBy(f)}` })),
    },
    {
      open: md`
### Notices
      `,
      blocks: report.notices.map((n) => ({
        text: md`- ${code(n.code)} ${n.message}${n.location ? md` (${lineLink(links, n.location.file, n.location.line)})` : md``}`,
      })),
    },
  ];
  return fitSections(
    sections,
    limit,
    (left) =>
      md`> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB limit: ${plural(left.configs, 'more config')} and ${plural(left.findings, 'more finding')} are in the SARIF and JSON reports.`,
  );
}
