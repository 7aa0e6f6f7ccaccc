import { describe, expect, it } from '@jest/globals';
import { diffConfigs } from '../../src/report/breakdown-diff.js';
import { configResult } from '../helpers/report-builder.js';

const MIB = 1n << 20n;

describe('diffConfigs', () => {
  it('pairs configs by file and position and compares every component', () => {
    const base = [configResult('conf/flink-conf.yaml', 3, 1728)];
    const head = [configResult('conf/flink-conf.yaml', 5, 4096)];
    const [diff] = diffConfigs(base, head);
    expect(diff.status).toBe('changed');
    expect(diff.index).toBe(0);
    const tm = diff.processes.find((p) => p.process === 'taskmanager')!;
    expect(tm.changed).toBe(true);
    expect(tm.rows[0]).toEqual({ label: 'Total Process', base: 1728n * MIB, head: 4096n * MIB });
    expect(tm.rows.map((r) => r.label)).toEqual([
      'Total Process',
      'Total Flink',
      'JVM Heap',
      'Task Heap',
      'Managed',
      'Network',
      'Framework Heap',
      'Framework Off-Heap',
      'Task Off-Heap',
      'JVM Metaspace',
      'JVM Overhead',
    ]);
    expect(diff.processes.find((p) => p.process === 'jobmanager')!.changed).toBe(false);
  });

  it('reports configs as unchanged when nothing moved, even if their lines did', () => {
    const [diff] = diffConfigs([configResult('a.yaml', 1, 2048)], [configResult('a.yaml', 9, 2048)]);
    expect(diff.status).toBe('unchanged');
  });

  it('orders configs within a file by line and pairs them by position', () => {
    const base = [configResult('k8s.yaml', 40, 2048), configResult('k8s.yaml', 1, 1024)];
    const head = [
      configResult('k8s.yaml', 2, 1024),
      configResult('k8s.yaml', 41, 3072),
      configResult('k8s.yaml', 80, 512),
    ];
    const diffs = diffConfigs(base, head);
    expect(diffs.map((d) => [d.index, d.status])).toEqual([
      [0, 'unchanged'],
      [1, 'changed'],
      [2, 'added'],
    ]);
    expect(diffs[1].processes[0].rows[0].base).toBe(2048n * MIB);
  });

  it('reports removed configs and follows renamed files', () => {
    const diffs = diffConfigs(
      [configResult('old/flink-conf.yaml', 1, 1024), configResult('gone.yaml', 1, 1024)],
      [configResult('new/flink-conf.yaml', 1, 1024)],
      new Map([['new/flink-conf.yaml', 'old/flink-conf.yaml']]),
    );
    expect(diffs.map((d) => [d.file, d.status])).toEqual([
      ['gone.yaml', 'removed'],
      ['new/flink-conf.yaml', 'unchanged'],
    ]);
  });

  it('sees a config that Flink now refuses as changed', () => {
    const refused = configResult('a.yaml', 1, {
      ok: false,
      error: 'Sum of configured Framework Heap Memory ... exceed configured Total Process Memory',
      errorType: 'IllegalConfigurationException',
    });
    const [diff] = diffConfigs([configResult('a.yaml', 1, 1024)], [refused]);
    expect(diff.status).toBe('changed');
    const tm = diff.processes[0];
    expect(tm.rows[0]).toEqual({ label: 'Total Process', base: 1024n * MIB, head: undefined });
  });

  it('sees a changed config value that leaves the breakdown alone', () => {
    const head = configResult('a.yaml', 1, 1024);
    head.config.entries.push({
      key: 'state.backend.type',
      value: 'rocksdb',
      location: { file: 'a.yaml', line: 2, column: 1 },
      origin: 'file',
    });
    expect(diffConfigs([configResult('a.yaml', 1, 1024)], [head])[0].status).toBe('changed');
  });
});
