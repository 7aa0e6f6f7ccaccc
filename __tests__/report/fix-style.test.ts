import { describe, expect, it } from '@jest/globals';
import { applicableFix, styledValue } from '../../src/report/fix-style.js';
import { configResult, finding } from '../helpers/report-builder.js';

describe('fixes in the file’s own style', () => {
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

  it('writes sizes with the units and spacing the file uses', () => {
    const compact = withValues({ 'taskmanager.memory.process.size': '2g' });
    const f = finding(compact, 1, {
      fix: {
        set: { 'taskmanager.memory.process.size': '4 gb', 'taskmanager.memory.task.heap.size': '1536 mb' },
      },
    });
    expect(applicableFix(f, compact.config)?.set).toEqual({
      'taskmanager.memory.process.size': '4g',
      'taskmanager.memory.task.heap.size': '1536m',
    });
    const spaced = withValues({ 'jobmanager.memory.process.size': '1600 mb' });
    expect(applicableFix(f, spaced.config)?.set['taskmanager.memory.process.size']).toBe('4 gb');
    const upper = withValues({ 'jobmanager.memory.process.size': '1600M' });
    expect(applicableFix(f, upper.config)?.set['taskmanager.memory.process.size']).toBe('4G');
  });

  it('leaves values that are not sizes, and files that write no sizes, as they are', () => {
    expect(styledValue('0.4', { space: '', units: new Map([[3, 'g']]) })).toBe('0.4');
    expect(styledValue('0', { space: '', units: new Map([[3, 'g']]) })).toBe('0');
    expect(styledValue('4 gb', undefined)).toBe('4 gb');
  });

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
