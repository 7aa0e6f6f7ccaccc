import { describe, expect, it } from '@jest/globals';
import { memoryValueFacts } from '../../src/policy/facts/index.js';

describe('memoryValueFacts', () => {
  it.each([
    ['512Mi', '512 mb'],
    ['2Gi', '2 gb'],
    ['1.5Gi', '1536 mb'],
    ['1.5g', '1536 mb'],
    ['0.5 GB', '512 mb'],
    ['2 gigabytes', '2 gb'],
    ['512', '512 mb'],
  ])('suggests what %s meant in Flink units: %s', (text, suggested) => {
    expect(memoryValueFacts(text).suggested).toBe(suggested);
  });

  it('suggests nothing for sizes Flink reads as meant, or that say nothing clear', () => {
    for (const text of ['4g', '1728m', '2G', '4294967296', '-1g', '1.3k', 'lots'])
      expect(memoryValueFacts(text).suggested).toBeUndefined();
  });

  it('takes a bare number of at most 1 MiB for a missing unit, not a larger one', () => {
    expect(memoryValueFacts('1048576').missingUnit).toBe(true);
    expect(memoryValueFacts('1048577').missingUnit).toBe(false);
    expect(memoryValueFacts('0').missingUnit).toBe(false);
    expect(memoryValueFacts('512m').missingUnit).toBe(false);
  });
});
