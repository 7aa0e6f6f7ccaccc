import { describe, expect, test } from '@jest/globals';
import { loadNamePatterns, selectsName } from '../../src/link/name-pattern.js';

describe('Kustomize target names', () => {
  test('before the pattern engine is loaded, a pattern selects only the name spelled as it', () => {
    expect(selectsName('jo.*', 'job')).toBe(false);
    expect(selectsName('jo.*', 'jo.*')).toBe(true);
    expect(selectsName('job', 'job')).toBe(true);
  });

  test('once loaded, patterns are anchored RE2; what RE2 refuses selects only itself', async () => {
    await loadNamePatterns();
    expect(selectsName('jo.*', 'job')).toBe(true);
    expect(selectsName('jo', 'job')).toBe(false);
    expect(selectsName('ob', 'job')).toBe(false);
    expect(selectsName('my.app', 'myXapp')).toBe(true);
    expect(selectsName('(', '(')).toBe(true);
    expect(selectsName('(?<=a)b', 'b')).toBe(false);
  });

  test('a backtracking trap is matched in linear time', async () => {
    await loadNamePatterns();
    const started = process.hrtime.bigint();
    expect(selectsName('(a+)+$', `${'a'.repeat(5000)}!`)).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});
