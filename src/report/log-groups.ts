import type { Report } from '../model/index.js';
import { breakdownPicture, PROCESS_LABELS } from './breakdown-picture.js';
import { failureText, type ConfigDiff } from './breakdown-diff.js';
import { visible } from './terminal.js';

/** A collapsible section of a runner's log (`::group::title` … `::endgroup::`). */
export interface LogGroup {
  title: string;
  lines: string[];
}

/** Most sections a log gets: past this the job summary and the reports have the rest. */
export const LOG_GROUPS_LIMIT = 200;

/**
 * The breakdowns for the log, one section per config: on a pull request the changed configs with
 * base and head side by side, otherwise every config. Titles and lines are repository text made
 * visible; the caller keeps them from being read as commands.
 */
export function logGroups(report: Report, diffs: readonly ConfigDiff[]): LogGroup[] {
  const changed = diffs.filter((d) => d.status !== 'unchanged');
  const items =
    changed.length > 0
      ? changed.map((d) => ({
          result: (d.head ?? d.base)!,
          status: ` (${d.status})`,
          sides: d.processes.map((p) => ({ process: p.process, base: p.base, head: p.head })),
        }))
      : report.configs.map((r) => ({
          result: r,
          status: '',
          sides: r.config.processes.map((p) => ({ process: p, base: undefined, head: r.breakdown[p] })),
        }));
  return items.slice(0, LOG_GROUPS_LIMIT).map(({ result, status, sides }) => {
    const { config } = result;
    const lines: string[] = [];
    for (const side of sides) {
      const refused = failureText(side.head);
      if (refused) lines.push(`${PROCESS_LABELS[side.process]}: ${visible(refused)}`);
      const picture = breakdownPicture(side.process, side.base, side.head?.ok ? side.head : undefined);
      if (picture && !refused) lines.push(...picture);
      lines.push('');
    }
    return {
      title: visible(
        `${config.file}:${config.line}${config.name ? ` ${config.name}` : ''} · Flink ${config.flinkVersion}${status}`,
      ),
      lines,
    };
  });
}
