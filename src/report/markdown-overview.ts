import { formatChange, formatSize } from '../flink/index.js';
import type { Finding, ProcessName } from '../model/index.js';
import { breakdownChart, PROCESS_LABELS } from './breakdown-picture.js';
import {
  findingGist,
  percentChange,
  worstSeverity,
  type ChangedConfig,
  type ChangeGroup,
  type SidePair,
} from './change-overview.js';
import { failureText, type ConfigDiff } from './breakdown-diff.js';
import { fixChanges, lineLink, ruleLink, SEVERITY_ICONS, type Block, type LinkContext } from './markdown.js';
import { plural } from './text.js';
import { code, codeBlock, join, md, table, tableParts, text, type Markdown } from './markdown/index.js';

/**
 * The pull request at a glance, shared by the PR comment and the job summary: one table with a
 * row per changed config (or per identical change, when the comment must be short), the findings
 * with identical ones said once, and each distinct change's detail folded.
 */

const PROCESSES: readonly ProcessName[] = ['taskmanager', 'jobmanager'];

/** `4096 → 6144 MiB (+50%)`, `6144 MiB`, `4096 MiB → refused`, `—`. */
function pairCell(pair: SidePair | undefined, failures?: { base?: string; head?: string }): string {
  if (!pair) return '—';
  const side = (bytes: bigint | undefined, failure: string | undefined) =>
    bytes !== undefined ? formatSize(bytes) : failure ? 'refused' : undefined;
  const base = side(pair.base, failures?.base);
  const head = side(pair.head, failures?.head);
  if (head === undefined && base === undefined) return '—';
  if (base === undefined) return head!;
  if (head === undefined) return `${base} → removed`;
  if (pair.base === pair.head && base === head) return head;
  if (pair.base === undefined || pair.head === undefined) return `${base} → ${head}`;
  const pct = percentChange(pair.base, pair.head);
  // `4096 → 6144 MiB` when both sides share the unit.
  const [bNum, bUnit] = base.split(' ');
  const [hNum, hUnit] = head.split(' ');
  const sides = bUnit === hUnit ? `${bNum} → ${hNum} ${hUnit}` : `${base} → ${head}`;
  return pct ? `${sides} (${pct})` : sides;
}

function tmFailures(change: ChangedConfig): { base?: string; head?: string } | undefined {
  const tm = change.figures.process.taskmanager;
  return tm && { base: tm.baseFailure, head: tm.headFailure };
}

function processCell(change: ChangedConfig, process: ProcessName): string {
  const figures = change.figures.process[process];
  if (!figures) return '—';
  return pairCell(figures, { base: figures.baseFailure, head: figures.headFailure });
}

/** What a reviewer should make of the config: refused, the worst finding, or fine. */
function verdict(change: ChangedConfig): Markdown {
  const refused = PROCESSES.filter(
    (p) => change.figures.process[p]?.headFailure?.startsWith('unsupported') === false,
  );
  if (change.diff.status === 'removed')
    return md`
removed
    `;
  if (refused.length > 0)
    return md`❌ Flink refuses the ${refused.map((p) => PROCESS_LABELS[p]).join(' and ')}`;
  const worst = worstSeverity(change.findings);
  if (!worst) return md`✅ ${change.diff.status === 'added' ? 'new, ' : ''}no findings`;
  const count = change.findings.filter((f) => f.severity === worst).length;
  return md`${SEVERITY_ICONS[worst]} ${plural(count, worst === 'info' ? 'notice' : worst)}`;
}

function configCell(change: ChangedConfig, links: LinkContext | undefined, linked: boolean): Markdown {
  const { config } = change.result;
  const where = linked
    ? lineLink(links, config.file, config.line)
    : md`${config.file}:${String(config.line)}`;
  return config.name ? md`${where} ${code(config.name)}` : where;
}

/** Most configs named in one grouped cell or entry; the rest are counted. */
const NAMED = 8;

function namedList(items: readonly Markdown[], separator: string, most = NAMED): Markdown {
  const shown = items.slice(0, most);
  const more = items.length - shown.length;
  return join([...shown, ...(more > 0 ? [md`and ${String(more)} more`] : [])], separator);
}

export interface OverviewOptions {
  links?: LinkContext;
  /** One row per group of identical changes instead of one per config. */
  grouped?: boolean;
  /** Link each config's line (long URLs: off when the comment must be short). */
  linked?: boolean;
}

/** The overview table. */
export function overviewTable(groups: readonly ChangeGroup[], options: OverviewOptions = {}): Markdown {
  const parts = overviewParts(groups, options);
  return join([parts.head, ...parts.rows], '\n');
}

/** The overview table as its head and rows, for output cut between rows. */
export function overviewParts(
  groups: readonly ChangeGroup[],
  options: OverviewOptions = {},
): { head: Markdown; rows: Markdown[] } {
  const linked = options.linked ?? true;
  const rows = groups.flatMap((group) => {
    const first = group.configs[0];
    const figures = [
      processCell(first, 'taskmanager'),
      processCell(first, 'jobmanager'),
      pairCell(first.figures.taskHeapPerSlot, tmFailures(first)),
      pairCell(first.figures.managedPerSlot, tmFailures(first)),
    ];
    if (options.grouped && group.configs.length > 1) {
      const names = group.configs.map((c) => configCell(c, options.links, false));
      const cell = md`${plural(group.configs.length, 'config')}: ${namedList(names, ', ', 4)}`;
      return [[cell, ...figures, verdict(first)]];
    }
    return group.configs.map((c) => [configCell(c, options.links, linked), ...figures, verdict(c)]);
  });
  return tableParts(
    ['Config', 'TaskManager', 'JobManager', 'Task heap / slot', 'Managed / slot', 'Verdict'],
    ['left', 'right', 'right', 'right', 'right', 'left'],
    rows,
  );
}

/** Findings that say the same thing in several places, said once with the places. */
function groupFindingsByGist(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = findingGist(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...groups.values()].sort((a, b) => rank[a[0].severity] - rank[b[0].severity]);
}

/** A finding (or the same finding in several places): severity, rule, message, where, and the fix on its own line. */
function findingEntry(group: readonly Finding[], links?: LinkContext, most = NAMED): Markdown {
  const f = group[0];
  const places = group.map((g) =>
    group.length === 1 ? lineLink(links, g.file, g.line) : md`${g.file}:${String(g.line)}`,
  );
  const where =
    group.length === 1
      ? md`(${places[0]})`
      : md`(${plural(group.length, 'place')}: ${namedList(places, ', ', most)})`;
  const lines = [
    md`- ${SEVERITY_ICONS[f.severity]} **${f.severity}** ${ruleLink(f.ruleId, f.docs)} ${f.message} ${where}`,
  ];
  if (f.fix) {
    const what = f.fix.description ? md` ${f.fix.description}` : md``;
    const set = Object.keys(f.fix.set).length > 0 ? md` ${fixChanges(f.fix)}` : md``;
    lines.push(md`  **Fix:**${what}${set}`);
  }
  // A paragraph of its own inside the list item: the fix never runs into the message.
  return join(lines, '\n\n');
}

export function findingBlocks(findings: readonly Finding[], links?: LinkContext, most = NAMED): Block[] {
  return groupFindingsByGist(findings).map((group) => ({
    text: findingEntry(group, links, most),
    counts: { findings: group.length },
  }));
}

/** The rows of a process that changed (the `±0` ones left out), or every row of a new config. */
function changedRowsTable(diff: ConfigDiff, process: ProcessName): Markdown | undefined {
  const p = diff.processes.find((x) => x.process === process);
  if (!p) return undefined;
  const size = (bytes: bigint | undefined) => (bytes === undefined ? '—' : formatSize(bytes));
  if (diff.status === 'added' || diff.status === 'removed') {
    const rows = p.rows.map((r) => [r.label, size(r.head ?? r.base)]);
    return rows.length ? table([PROCESS_LABELS[process], 'Size'], ['left', 'right'], rows) : undefined;
  }
  // Both sides derived: the changed components. One side refused: its reason says it all.
  if (!p.base?.ok || !p.head?.ok) return undefined;
  const rows = p.rows
    .filter((r) => r.base !== r.head)
    .map((r) => [r.label, size(r.base), size(r.head), md`**${formatChange(r.head! - r.base!)}**`]);
  if (rows.length === 0) return undefined;
  return table(
    [PROCESS_LABELS[process], 'Base', 'Head', 'Change'],
    ['left', 'right', 'right', 'right'],
    rows,
  );
}

/** Why a side has no breakdown, in Flink's words. */
function failureLines(diff: ConfigDiff, findings: readonly Finding[]): Markdown[] {
  const out: Markdown[] = [];
  for (const p of diff.processes) {
    const reason = failureText(p.head);
    if (!reason || reason === failureText(p.base)) continue;
    const what = PROCESS_LABELS[p.process];
    out.push(
      'unsupported' in (p.head as object)
        ? md`**${what}**: ${reason.replace(/^unsupported: /, '')}`
        : md`**${what}**: Flink refuses the head side: ${code(reason)}`,
    );
  }
  if (out.length > 0) {
    // The fix of a finding on this config, where one says how to make Flink accept it.
    for (const f of findings.filter((x) => x.fix))
      out.push(
        md`**Fix** (${code(f.ruleId)}):${f.fix?.description ? md` ${f.fix.description}` : md``} ${fixChanges(f.fix!)}`,
      );
  }
  return out;
}

/** The body of one distinct change: which configs, Flink's refusal, the changed rows, the picture. */
function changeBody(group: ChangeGroup, links: LinkContext | undefined, withPicture: boolean): Markdown {
  const first = group.configs[0];
  const parts: Markdown[] = [];
  if (group.configs.length > 1)
    parts.push(
      md`The same change in ${plural(group.configs.length, 'config')}: ${namedList(
        group.configs.map((c) => configCell(c, links, false)),
        ', ',
        20,
      )}.`,
    );
  parts.push(...failureLines(first.diff, first.findings));
  for (const process of PROCESSES) {
    const rows = changedRowsTable(first.diff, process);
    if (rows) parts.push(rows);
  }
  if (withPicture) {
    for (const p of first.diff.processes) {
      // Unchanged, or refused on the head side (the reason above is the picture).
      if (!p.changed && first.diff.status === 'changed') continue;
      if (p.head && !p.head.ok) continue;
      const chart = breakdownChart(p.process, p.base, p.head);
      if (chart) parts.push(codeBlock(chart, 'mermaid'));
    }
  }
  return join(parts, '\n\n');
}

/** Where the total stayed but its parts moved: the parts that did, largest first (two at most). */
function movedParts(diff: ConfigDiff, process: ProcessName): string {
  const p = diff.processes.find((x) => x.process === process);
  if (!p?.base?.ok || !p.head?.ok || p.base.memory.totalProcess !== p.head.memory.totalProcess) return '';
  const totals = new Set(['Total Process', 'Total Flink', 'JVM Heap']);
  const moved = p.rows
    .filter((r) => !totals.has(r.label) && r.base !== undefined && r.head !== undefined && r.base !== r.head)
    .map((r) => ({ label: r.label, delta: r.head! - r.base! }))
    .sort((a, b) => ((b.delta < 0n ? -b.delta : b.delta) > (a.delta < 0n ? -a.delta : a.delta) ? 1 : -1))
    .slice(0, 2);
  return moved.length ? ` (${moved.map((m) => `${m.label} ${formatChange(m.delta)}`).join(', ')})` : '';
}

/** The folded summary line of a change: where, and what happened to each process. */
function changeSummary(group: ChangeGroup): string {
  const first = group.configs[0];
  const where =
    group.configs.length === 1
      ? `${first.result.config.file}:${first.result.config.line}`
      : `${group.configs.length} configs`;
  const what = PROCESSES.filter((p) => first.figures.process[p])
    .map((p) => `${PROCESS_LABELS[p]} ${processCell(first, p)}${movedParts(first.diff, p)}`)
    .join(' · ');
  return `${where} · ${first.diff.status}${what ? ` · ${what}` : ''}`;
}

/** A change folded under its summary line. */
export function changeDetailsBlock(
  group: ChangeGroup,
  links: LinkContext | undefined,
  withPicture: boolean,
): Block {
  return {
    text: md`<details><summary>${text(changeSummary(group))}</summary>\n\n${changeBody(group, links, withPicture)}\n\n</details>`,
    counts: { configs: group.configs.length },
  };
}
