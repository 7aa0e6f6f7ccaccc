import { describe, expect, it } from '@jest/globals';
import { lintTree } from './lint-tree.js';

const JM = 'jobmanager.memory.process.size: 1600m\n';

describe('hashmap-managed-memory location', () => {
  it('is on the state.backend.type line when the backend is explicit', async () => {
    const found = await lintTree({
      'flink-conf.yaml': `${JM}taskmanager.memory.process.size: 4g\ntaskmanager.memory.managed.size: 1g\nstate.backend.type: hashmap\n`,
    });
    expect(found).toContain('hashmap-managed-memory@flink-conf.yaml:4');
  });

  it('is on the deprecated state.backend line on versions that read only it', async () => {
    const found = await lintTree({
      'flink-conf.yaml': `# Flink 1.15\n${JM}taskmanager.memory.process.size: 4g\nstate.backend: filesystem\n`,
    });
    expect(found).toContain('hashmap-managed-memory@flink-conf.yaml:4');
  });

  it('is on the managed-memory line, else the process-size line, with the default backend', async () => {
    expect(
      await lintTree({
        'flink-conf.yaml': `${JM}taskmanager.memory.process.size: 4g\ntaskmanager.memory.managed.fraction: 0.3\n`,
      }),
    ).toContain('hashmap-managed-memory@flink-conf.yaml:3');
    expect(await lintTree({ 'flink-conf.yaml': `${JM}taskmanager.memory.process.size: 4g\n` })).toContain(
      'hashmap-managed-memory@flink-conf.yaml:2',
    );
  });
});
