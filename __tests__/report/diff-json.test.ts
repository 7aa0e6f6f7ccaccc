import { describe, expect, it } from '@jest/globals';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import { comparisonJson } from '../../src/report/diff-json.js';
import { COMMIT, comparison, refused } from '../helpers/comparison.js';
import { configResult } from '../helpers/report-builder.js';

describe('comparisonJson', () => {
  it('gives bytes per component and side, and the signed change', () => {
    const diffs = diffConfigs(
      [configResult('old.yaml', 3, 4096)],
      [configResult('new.yaml', 1, 1728)],
      new Map([['new.yaml', 'old.yaml']]),
    );
    const json = comparisonJson(comparison(diffs));
    expect(json.base).toEqual({ ref: 'main', commit: COMMIT });
    expect(json.diffs).toEqual([
      expect.objectContaining({
        file: 'new.yaml',
        line: 1,
        index: 0,
        status: 'changed',
        baseFile: 'old.yaml',
        baseLine: 3,
      }),
    ]);
    const { processes } = json.diffs[0] as {
      processes: Record<string, { changed: boolean; rows: Record<string, unknown>[] }>;
    };
    expect(processes.taskmanager.changed).toBe(true);
    expect(processes.taskmanager.rows[0]).toEqual({
      component: 'Total Process',
      base: 4096 * 2 ** 20,
      head: 1728 * 2 ** 20,
      change: -2368 * 2 ** 20,
    });
    expect(processes.jobmanager).toEqual(expect.objectContaining({ changed: false }));
  });

  it('writes sizes past 2^53 as decimal strings, a missing side as null, and the refusal', () => {
    const huge = 1n << 60n;
    const big = configResult('a.yaml', 1, 2048);
    if (big.breakdown.taskmanager.ok) big.breakdown.taskmanager.memory.totalProcess = huge;
    const diffs = diffConfigs([big], [configResult('a.yaml', 1, refused)]);
    const { processes } = comparisonJson(comparison(diffs)).diffs[0] as {
      processes: Record<string, { headError?: string; rows: Record<string, unknown>[] }>;
    };
    expect(processes.taskmanager.headError).toBe(`IllegalConfigurationException: ${refused.error}`);
    expect(processes.taskmanager.rows[0]).toEqual({
      component: 'Total Process',
      base: huge.toString(),
      head: null,
      change: null,
    });
  });
});
