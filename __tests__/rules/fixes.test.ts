import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { writeFiles } from '../helpers/action-run.js';

/** The fixes of each rule's findings over a tree of real files. */
async function fixes(
  files: Record<string, string>,
  flinkVersion?: string,
): Promise<Record<string, unknown[]>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fml-fixes-'));
  try {
    writeFiles(dir, files);
    const report = await lint({ cwd: dir, paths: ['.'], flinkVersion });
    const out: Record<string, unknown[]> = {};
    for (const f of report.findings) (out[f.ruleId] ??= []).push(f.fix?.set);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BASE = 'jobmanager.memory.process.size: 1600m\ntaskmanager.memory.managed.size: 0\n';

describe('fixes filled in from the facts', () => {
  it('keeps the other JVM options, and removes the key when the flag was all it held', async () => {
    const mixed = await fixes({
      'flink-conf.yaml': `${BASE}taskmanager.memory.process.size: 4g\nenv.java.opts.taskmanager: -XX:+UseG1GC -Xmx2g\n`,
    });
    expect(mixed['jvm-opts-override-memory']).toEqual([{ 'env.java.opts.taskmanager': '-XX:+UseG1GC' }]);
    const alone = await fixes({
      'flink-conf.yaml': `${BASE}taskmanager.memory.process.size: 4g\nenv.java.opts.taskmanager: -Xmx2g\n`,
    });
    expect(alone['jvm-opts-override-memory']).toEqual([{ 'env.java.opts.taskmanager': null }]);
  });

  it('adds the missing consumers to explicit weights', async () => {
    const found = await fixes({
      'flink-conf.yaml':
        'jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: 4g\nstate.backend.type: rocksdb\n' +
        'taskmanager.memory.managed.consumer-weights: OPERATOR:70\npython.files: /opt/job.py\n',
    });
    expect(found['consumer-weights-missing']).toEqual([
      { 'taskmanager.memory.managed.consumer-weights': 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30' },
    ]);
  });

  it('moves a legacy key to its successor, and only removes one that has none', async () => {
    const found = await fixes({
      'flink-conf.yaml': `${BASE}taskmanager.memory.process.size: 4g\ntaskmanager.network.memory.max: 1g\ntaskmanager.memory.preallocate: false\n`,
    });
    expect(found['legacy-memory-key']).toEqual([
      { 'taskmanager.memory.network.max': '1g', 'taskmanager.network.memory.max': null },
      { 'taskmanager.memory.preallocate': null },
    ]);
  });

  it('moves a key removed in Flink 2.0 to the successor of its deployment', async () => {
    const standalone = await fixes(
      {
        'conf/config.yaml':
          'taskmanager:\n  heap:\n    mb: 2048\njobmanager:\n  memory:\n    process.size: 1600m\n',
      },
      '2.0',
    );
    expect(standalone['removed-memory-key']).toEqual([
      { 'taskmanager.memory.flink.size': '2048m', 'taskmanager.heap.mb': null },
    ]);
    const operator = await fixes({
      'job.yaml': [
        'apiVersion: flink.apache.org/v1beta1',
        'kind: FlinkDeployment',
        'metadata:',
        '  name: job',
        'spec:',
        '  flinkVersion: v2_0',
        '  flinkConfiguration:',
        '    taskmanager.heap.size: 2g',
        '    jobmanager.memory.process.size: 1600m',
        '',
      ].join('\n'),
    });
    expect(operator['removed-memory-key']).toEqual([
      { 'taskmanager.memory.process.size': '2g', 'taskmanager.heap.size': null },
    ]);
  });
});
