import { describe, expect, it } from '@jest/globals';
import { applicableFix } from '../../src/report/fix-style.js';
import { configResult, finding } from '../helpers/report-builder.js';

// Sizes in the file's units are the policy stage's (`__tests__/policy/evaluate.test.ts`).
describe('fixes with only the edits that apply', () => {
  const withValues = (values: Record<string, string>) => {
    const result = configResult('conf/flink-conf.yaml', 1, 2048);
    result.config.entries = Object.entries(values).map(([key, value], i) => ({
      key,
      value,
      location: { file: 'conf/flink-conf.yaml', line: i + 1, column: 1 },
      origin: 'file' as const,
    }));
    return result;
  };

  it('drops removing a key the file does not have', () => {
    const result = withValues({ 'taskmanager.memory.managed.fraction': '0' });
    const f = finding(result, 1, {
      fix: {
        set: { 'taskmanager.memory.managed.size': null, 'taskmanager.memory.managed.fraction': '0.4' },
        description: 'Give RocksDB managed memory.',
      },
    });
    expect(applicableFix(f, result.config)?.set).toEqual({ 'taskmanager.memory.managed.fraction': '0.4' });
    const has = withValues({ 'taskmanager.memory.managed.size': '0' });
    expect(applicableFix(f, has.config)?.set).toHaveProperty(['taskmanager.memory.managed.size'], null);
  });
});
