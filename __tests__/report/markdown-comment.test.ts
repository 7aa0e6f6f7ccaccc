import { describe, expect, it } from '@jest/globals';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  hasSomethingToSay,
  renderComment,
} from '../../src/report/markdown-comment.js';
import { configResult, finding, report } from '../helpers/report-builder.js';

const links = { serverUrl: 'https://ghe.example.com', repository: 'acme/flink-jobs', ref: 'abc123' };

describe('renderComment', () => {
  const base = [configResult('conf/flink-conf.yaml', 1, 1728)];
  const headConfig = configResult('conf/flink-conf.yaml', 1, 4096);
  const head = report([headConfig], [finding(headConfig, 1)]);
  const diffs = diffConfigs(base, head.configs);

  it('opens with one overview row per changed config: base → head with the change, per slot, a verdict', () => {
    const body = renderComment({
      report: head,
      diffs,
      touchedFiles: ['conf/flink-conf.yaml'],
      failed: true,
      links,
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('## ❌ Flink memory: 1 error\n');
    const overview = body.indexOf(
      '| Config | TaskManager | JobManager | Task heap / slot | Managed / slot | Verdict |',
    );
    expect(overview).toBeGreaterThan(0);
    expect(body).toContain(
      '| [conf/flink-conf.yaml:1](https://ghe.example.com/acme/flink-jobs/blob/abc123/conf/flink-conf.yaml#L1) | 1728 → 4096 MiB (+137%) | 1600 MiB |',
    );
    expect(body).toContain('| ❌ 1 error |');
    // Findings come after the overview, the folded detail after them.
    const findings = body.indexOf('### Findings');
    expect(findings).toBeGreaterThan(overview);
    expect(body.indexOf('`process-exceeds-container`')).toBeGreaterThan(findings);
    const detail = body.slice(body.indexOf('<details><summary>conf/flink-conf.yaml:1 · changed'));
    expect(detail).toContain('| Total Process | 1728 MiB | 4096 MiB | **+2368 MiB** |');
    // Rows that did not change are left out; the picture still shows every component.
    expect(detail).not.toContain('±0');
    expect(detail).not.toMatch(/\| JVM Metaspace \|/);
    expect(detail).toContain('```mermaid\n');
    expect(detail).toContain('\n  title "TaskManager: base 1728 MiB, head 4096 MiB"\n');
    expect(detail).toContain('"Task Off-Heap base 0 MiB", "Task Off-Heap head 0 MiB"');
    expect(detail).not.toContain('pie');
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
  });

  it('puts unchanged configs with findings in a collapsed section', () => {
    const other = configResult('other/flink-conf.yaml', 4, 1024);
    const r = report(
      [headConfig, other],
      [finding(other, 4, { severity: 'warning', message: 'hello @team <b>' })],
    );
    const body = renderComment({
      report: r,
      diffs,
      touchedFiles: ['conf/flink-conf.yaml'],
      failed: false,
      links,
    });
    expect(body).toContain('## ⚠️ Flink memory: 1 warning\n');
    const details = body.slice(
      body.indexOf('<details><summary>1 finding in 1 config this pull request does not change</summary>'),
    );
    expect(details).toContain('other/flink-conf.yaml:4');
    expect(details).toContain('hello @&#8203;team &#60;b&#62;');
    expect(details).toContain('</details>');
  });

  it('says all clear when nothing is left to report', () => {
    const clean = report([configResult('conf/flink-conf.yaml', 1, 1728)]);
    const input = { report: clean, diffs: diffConfigs(base, clean.configs), touchedFiles: [], failed: false };
    expect(hasSomethingToSay(input)).toBe(false);
    expect(renderComment(input)).toContain('## ✅ Flink memory: all clear');
  });

  it('cuts long comments deterministically and says where the rest is', () => {
    const configs = Array.from({ length: 400 }, (_, i) =>
      configResult(`jobs/job-${String(i).padStart(3, '0')}/flink-conf.yaml`, 1, 2048 + i),
    );
    const findings = configs.flatMap((c) => [
      finding(c, 1),
      finding(c, 1, { severity: 'warning', ruleId: 'w' }),
    ]);
    const big = report(configs, findings);
    const bigDiffs = diffConfigs(
      configs.map((c) => configResult(c.config.file, 1, 1024)),
      configs,
    );
    const input = {
      report: big,
      diffs: bigDiffs,
      touchedFiles: configs.map((c) => c.config.file),
      failed: true,
      runUrl: 'https://github.com/acme/flink-jobs/actions/runs/1',
    };
    const body = renderComment(input);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 8000);
    expect(body).toMatch(
      /cut to fit GitHub's size limit: \d+ more configs and \d+ more findings are in the \[job summary\]/,
    );
    expect(renderComment(input)).toBe(body);
    // Grouping and folding came first: the findings say each rule once, with its places.
    expect(body.match(/`w`/g)).toHaveLength(1);
    expect(body).toMatch(/\(400 places: jobs\/job-000\/flink-conf\.yaml:1, /);
    const shown = (body.match(/^<details><summary>jobs\//gm) ?? []).length;
    const left = Number(/(\d+) more configs/.exec(body)![1]);
    expect(shown + left).toBe(400);
  });
});
