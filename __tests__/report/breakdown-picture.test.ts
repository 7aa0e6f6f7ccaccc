import { describe, expect, it } from '@jest/globals';
import { breakdownChart } from '../../src/report/breakdown-picture.js';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import { renderComment } from '../../src/report/markdown-comment.js';
import { configResult, report } from '../helpers/report-builder.js';

// The Mermaid chart of a change: the tool's component names and numbers only, both sides on one
// scale from zero, a side without a breakdown left out.

const mermaidBlocks = (body: string) => [...body.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);

describe('breakdownChart', () => {
  it('gives each side a series that is zero on the other side’s categories, on a scale from zero', () => {
    const [base, head] = [configResult('a.yaml', 1, 1728), configResult('a.yaml', 1, 4096)];
    const chart = breakdownChart('taskmanager', base.breakdown.taskmanager, head.breakdown.taskmanager)!;
    const categories = JSON.parse(/\n {2}x-axis (\[.*\])\n/.exec(chart)![1]) as string[];
    const bars = [...chart.matchAll(/\n {2}bar \[(.*)\]/g)].map((m) => m[1].split(', ').map(Number));
    expect(bars).toHaveLength(2);
    expect(categories).toHaveLength(16);
    categories.forEach((label, i) => {
      const side = i % 2 === 0 ? 0 : 1;
      expect(label).toMatch(side === 0 ? / base [\d.]+ MiB$/ : / head [\d.]+ MiB$/);
      // The label's size is the bar's; the other side has none here.
      expect(bars[side][i]).toBe(Number(/ ([\d.]+) MiB$/.exec(label)![1]));
      expect(bars[1 - side][i]).toBe(0);
    });
    const largest = Math.max(...bars.flat());
    expect(chart).toContain(`\n  y-axis 0 --> ${largest}\n`);
    expect(chart).toContain('\n  title "TaskManager: base 1728 MiB, head 4096 MiB"\n');
  });

  it('draws a new config’s head alone, and nothing where neither side has a breakdown', () => {
    const head = configResult('a.yaml', 1, 2048);
    const chart = breakdownChart('taskmanager', undefined, head.breakdown.taskmanager)!;
    expect(chart.match(/\n {2}bar /g)).toHaveLength(1);
    expect(chart).toContain('title "TaskManager: head 2048 MiB"');
    expect(chart).not.toContain(' base ');
    const refused = { ok: false as const, error: 'IllegalConfigurationException: no' };
    expect(breakdownChart('taskmanager', refused as never, refused as never)).toBeUndefined();
  });

  it('holds nothing of the repository: a hostile config name never reaches the chart', () => {
    const name = '"]\n%%{init: {"theme": "dark"}}%%\n```\nclick A call alert()';
    const base = configResult('x/"]%%{init}%%.yaml', 1, 1024, { name });
    const head = configResult('x/"]%%{init}%%.yaml', 1, 2048, { name });
    const body = renderComment({
      report: report([head]),
      diffs: diffConfigs([base], [head]),
      touchedFiles: [head.config.file],
      failed: false,
    });
    const charts = mermaidBlocks(body);
    expect(charts).toHaveLength(1);
    for (const chart of charts) {
      expect(chart).not.toMatch(/%%\{|init|click|alert|```|x\//);
      // Frontmatter, the chart type, and four lines of its own: nothing else.
      expect(chart.split('\n').slice(chart.split('\n').indexOf('xychart-beta horizontal'))).toHaveLength(6);
    }
  });
});
