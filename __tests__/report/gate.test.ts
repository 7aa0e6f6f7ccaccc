import { describe, expect, it } from '@jest/globals';
import { reachesThreshold } from '../../src/report/gate.js';
import { finding, report } from '../helpers/report-builder.js';

describe('reachesThreshold', () => {
  const summary = (...findings: ReturnType<typeof finding>[]) => report([], findings).summary;
  const warning = finding('a.yaml', 1, { severity: 'warning' });
  it('fails at or above the threshold only', () => {
    expect(reachesThreshold(summary(warning), 'error')).toBe(false);
    expect(reachesThreshold(summary(warning), 'warning')).toBe(true);
    expect(reachesThreshold(summary(warning), 'info')).toBe(true);
    expect(reachesThreshold(summary(finding('a.yaml', 2)), 'error')).toBe(true);
    expect(reachesThreshold(summary(finding('a.yaml', 3, { severity: 'info' })), 'warning')).toBe(false);
    expect(reachesThreshold(summary(warning, finding('a.yaml', 2)), 'never')).toBe(false);
    expect(reachesThreshold(summary(), 'info')).toBe(false);
  });
});
