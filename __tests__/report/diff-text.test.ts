import { describe, expect, it } from '@jest/globals';
import { diffConfigs, TASKMANAGER_COMPONENTS } from '../../src/report/breakdown-diff.js';
import { comparisonHeadline, diffText } from '../../src/report/diff-text.js';
import { lintText } from '../../src/report/lint-text.js';
import { COMMIT, comparison, refused } from '../helpers/comparison.js';
import { configResult, report } from '../helpers/report-builder.js';

/** The section's lines for one config, from its heading to the next blank line. */
function block(text: string, heading: string): string[] {
  const start = text.split('\n\n').find((part) => part.startsWith(heading));
  if (start === undefined) throw new Error(`no block ${heading} in:\n${text}`);
  return start.trimEnd().split('\n');
}

describe('diffText', () => {
  it('shows every component on both sides with the signed change, in the sizes the PR comment uses', () => {
    const diffs = diffConfigs(
      [configResult('conf/flink-conf.yaml', 1, 1728)],
      [configResult('conf/flink-conf.yaml', 1, 4096)],
    );
    const text = diffText(comparison(diffs));
    const lines = block(text, 'conf/flink-conf.yaml:1  changed');
    expect(lines[1]).toMatch(/^ {2}TaskManager +base +head +change$/);
    expect(lines[2]).toMatch(/^ {2}Total Process +1728 MiB +4096 MiB +\+2368 MiB$/);
    expect(lines.find((l) => l.includes('Framework Heap'))).toMatch(/128 MiB +128 MiB +±0$/);
    expect(lines.slice(2, 13).map((l) => l.trim().split(/ {2,}/)[0])).toEqual(
      TASKMANAGER_COMPONENTS.map((c) => c.label),
    );
    // Sizes are right-aligned: every row of the table is as long as its header.
    expect(new Set(lines.slice(1, 13).map((l) => l.length)).size).toBe(1);
    expect(lines).toContain('  JobManager unchanged: process 1600 MiB');
  });

  it('names the ref with its short commit, and counts the configs by status', () => {
    const diffs = diffConfigs(
      [configResult('a.yaml', 1, 2048), configResult('gone.yaml', 1, 1024)],
      [configResult('a.yaml', 1, 2048), configResult('b.yaml', 1, 1024)],
    );
    expect(comparisonHeadline(comparison(diffs, 'origin/main'))).toBe(
      'Changed against origin/main (0123456789ab): 3 configs in the files that differ: 1 added, 1 removed, 1 unchanged',
    );
    expect(comparisonHeadline(comparison([], COMMIT))).toBe(
      'Changed against 0123456789ab: no config file differs',
    );
  });

  it('shows an added config without a base and a removed one without a head', () => {
    const diffs = diffConfigs([configResult('gone.yaml', 2, 1024)], [configResult('new.yaml', 1, 3072)]);
    const text = diffText(comparison(diffs));
    expect(block(text, 'new.yaml:1  added')[2]).toMatch(/Total Process +— +3072 MiB +—$/);
    expect(block(text, 'gone.yaml:2  removed')[2]).toMatch(/Total Process +1024 MiB +— +—$/);
  });

  it('says where a renamed config came from, and keeps unchanged configs to one line', () => {
    const diffs = diffConfigs(
      [configResult('old/flink-conf.yaml', 1, 2048)],
      [configResult('new/flink-conf.yaml', 1, 2048)],
      new Map([['new/flink-conf.yaml', 'old/flink-conf.yaml']]),
    );
    expect(block(diffText(comparison(diffs)), 'new/')).toEqual([
      'new/flink-conf.yaml:1  unchanged, renamed from old/flink-conf.yaml',
    ]);
  });

  it("quotes Flink's refusal on the side that has it", () => {
    const diffs = diffConfigs([configResult('a.yaml', 1, 2048)], [configResult('a.yaml', 1, refused)]);
    const lines = block(diffText(comparison(diffs)), 'a.yaml:1  changed');
    expect(lines[1]).toBe(`  TaskManager head: IllegalConfigurationException: ${refused.error}`);
    expect(lines[3]).toMatch(/Total Process +2048 MiB +— +—$/);
  });

  it('comes after the configs and before the findings in the text report', () => {
    const head = configResult('a.yaml', 1, 4096);
    const diffs = diffConfigs([configResult('a.yaml', 1, 1728)], [head]);
    const text = lintText(report([head]), { comparison: comparison(diffs) });
    const section = text.indexOf('Changed against main');
    expect(section).toBeGreaterThan(text.indexOf('a.yaml:1  flink-conf'));
    expect(section).toBeLessThan(text.indexOf('1 Flink config in 1 file'));
  });
});
