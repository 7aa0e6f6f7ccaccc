import { describe, expect, it } from '@jest/globals';
import { renderSummary, SUMMARY_LIMIT } from '../../src/report/markdown-summary.js';
import { configResult, finding, report } from '../helpers/report-builder.js';

describe('renderSummary', () => {
  it('lists every config with its breakdown and every finding', () => {
    const a = configResult('conf/flink-conf.yaml', 1, 1728);
    const b = configResult('k8s/job.yaml', 7, 4096, {
      kind: 'flinkdeployment',
      name: 'etl',
      processes: ['taskmanager'],
    });
    const suppressed = finding(a, 1, { ruleId: 'x', suppressed: { kind: 'comment', reason: 'known' } });
    const body = renderSummary({ report: report([a, b], [finding(b, 9)], [suppressed]), failed: true });
    expect(body).toContain('## ❌ Flink memory: 1 error\n');
    expect(body).toContain('| conf/flink-conf.yaml:1 | flink-conf | 1.20 | 1728 MiB | 1600 MiB | 0 |');
    expect(body).toContain('| k8s/job.yaml:7 | flinkdeployment | 1.20 | 4096 MiB |  | 1 |');
    expect(body).toContain('| Total Process | 1728 MiB |');
    expect(body).toContain('k8s/job.yaml:9');
    expect(body).toContain('suppressed by comment: known');
  });

  it('says why a process has no breakdown, in Flink words', () => {
    const refused = configResult('a.yaml', 1, {
      ok: false,
      error: "Could not parse value '2gb' for key 'taskmanager.memory.process.size'.",
      errorType: 'IllegalConfigurationException',
    });
    const body = renderSummary({ report: report([refused]) });
    expect(body).toContain('| a.yaml:1 | flink-conf | 1.20 | refused | 1600 MiB | 0 |');
    expect(body).toContain(
      "Flink refuses this configuration: `IllegalConfigurationException: Could not parse value '2gb' for key 'taskmanager.memory.process.size'.`",
    );
  });

  it('stays under 1 MiB, closing what it opened', () => {
    const configs = Array.from({ length: 3000 }, (_, i) =>
      configResult(`jobs/${i}/flink-conf.yaml`, 1, 1024 + i),
    );
    const body = renderSummary({
      report: report(
        configs,
        configs.map((c) => finding(c, 1)),
      ),
    });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(body).toMatch(
      /This summary was cut to fit GitHub's 1 MiB limit: [\d,]+ more configs and 0 more findings/,
    );
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
  });
});
