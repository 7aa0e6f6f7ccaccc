import { describe, expect, it } from '@jest/globals';
import { applicableFix, restyleFixes } from '../../src/report/fix-style.js';
import { configResult, finding, report } from '../helpers/report-builder.js';

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
    // A key's own value first (its unit where it divides the size), else its process's, else any.
    const own = withValues({
      'taskmanager.memory.process.size': '4096m',
      'jobmanager.memory.process.size': '2g',
    });
    expect(applicableFix(f, own.config)?.set['taskmanager.memory.process.size']).toBe('4096m');
    const spaced = withValues({ 'jobmanager.memory.process.size': '1600 mb' });
    expect(applicableFix(f, spaced.config)?.set['taskmanager.memory.process.size']).toBe('4096 mb');
    const upper = withValues({ 'jobmanager.memory.process.size': '1600M' });
    expect(applicableFix(f, upper.config)?.set['taskmanager.memory.process.size']).toBe('4096M');
  });

  it('leaves values that are not sizes, and files that write no sizes with a unit, as they are', () => {
    const f = finding(withValues({}), 1, {
      fix: {
        set: { 'taskmanager.memory.managed.fraction': '0.4', 'taskmanager.memory.process.size': '4 gb' },
      },
    });
    expect(applicableFix(f, withValues({ 'taskmanager.memory.process.size': '2g' }).config)?.set).toEqual({
      'taskmanager.memory.managed.fraction': '0.4',
      'taskmanager.memory.process.size': '4g',
    });
    const bare = withValues({ 'taskmanager.memory.process.size': '2147483648' });
    expect(applicableFix(f, bare.config)?.set['taskmanager.memory.process.size']).toBe('4 gb');
  });

  it('writes sizes in the sentences as their edits do, and the others in the file’s units', () => {
    const result = withValues({ 'taskmanager.memory.process.size': '6144m' });
    const f = finding(result, 1, {
      message: 'The container holds 4 gb but the process takes 6 gb.',
      fix: {
        set: { 'taskmanager.memory.process.size': '4 gb' },
        description: 'Size the process to its container (4 gb), or lower the container limit to 6 gb.',
      },
    });
    const [restyled] = restyleFixes(report([result], [f])).findings;
    expect(restyled.fix).toEqual({
      set: { 'taskmanager.memory.process.size': '4096m' },
      description: 'Size the process to its container (4096m), or lower the container limit to 6144m.',
    });
    expect(restyled.message).toBe('The container holds 4096m but the process takes 6144m.');
    // A fix sentence never names a size other than its edit writes it.
    const spaced = withValues({ 'taskmanager.memory.process.size': '6 GB' });
    const [again] = restyleFixes(report([spaced], [{ ...f, configId: spaced.config.id }])).findings;
    expect(again.fix?.set['taskmanager.memory.process.size']).toBe('4 GB');
    expect(again.fix?.description).toContain('(4 GB)');
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
