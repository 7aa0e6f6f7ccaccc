import { describe, expect, it } from '@jest/globals';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import { LOG_GROUPS_LIMIT, logGroups } from '../../src/report/log-groups.js';
import { configResult, report } from '../helpers/report-builder.js';

describe('logGroups', () => {
  it('gives each changed config a section with base and head side by side', () => {
    const head = configResult('conf/flink-conf.yaml', 1, 4096);
    const groups = logGroups(
      report([head]),
      diffConfigs([configResult('conf/flink-conf.yaml', 1, 2048)], [head]),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].title).toBe('conf/flink-conf.yaml:1 · Flink 1.20 (changed)');
    expect(groups[0].lines[0]).toMatch(/^TaskManager +base 2048 MiB +head 4096 MiB$/);
    expect(groups[0].lines).toContainEqual(expect.stringMatching(/^Task Off-Heap +0 MiB +0 MiB$/));
  });

  it('gives every config a section outside pull requests, at most LOG_GROUPS_LIMIT, titles shown not obeyed', () => {
    const configs = Array.from({ length: LOG_GROUPS_LIMIT + 5 }, (_, i) =>
      configResult(`jobs/${i}\n::error::x/flink-conf.yaml`, 1, 2048),
    );
    const groups = logGroups(report(configs), []);
    expect(groups).toHaveLength(LOG_GROUPS_LIMIT);
    expect(groups[0].title).not.toContain('\n');
    expect(groups[0].lines[0]).toMatch(/^TaskManager +head 2048 MiB$/);
  });
});
