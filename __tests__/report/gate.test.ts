import { describe, expect, it } from '@jest/globals';
import { reachesThreshold } from '../../src/report/gate.js';
import { finding } from '../helpers/report-builder.js';

describe('reachesThreshold', () => {
  const warning = finding('a.yaml', 1, { severity: 'warning' });
  it('fails at or above the threshold only', () => {
    expect(reachesThreshold([warning], 'error')).toBe(false);
    expect(reachesThreshold([warning], 'warning')).toBe(true);
    expect(reachesThreshold([warning], 'info')).toBe(true);
    expect(reachesThreshold([warning, finding('a.yaml', 2)], 'never')).toBe(false);
    expect(reachesThreshold([], 'info')).toBe(false);
  });
});
