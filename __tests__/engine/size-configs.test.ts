import { describe, expect, it } from '@jest/globals';
import { deriveConfig } from '../../src/derive/index.js';
import { sizeConfigs } from '../../src/engine/index.js';
import { linkAlone } from '../../src/link/index.js';
import { loadFile } from '../../src/sources/index.js';

// A file of several configs: `size` answers for each, named, or for the ones --select/--document keep.
const text = [
  'services:',
  '  taskmanager-a:',
  '    image: flink:1.18',
  '    command: taskmanager',
  '    environment:',
  '      FLINK_PROPERTIES: |',
  '        taskmanager.numberOfTaskSlots: 2',
  '        state.backend.type: rocksdb',
  '  taskmanager-b:',
  '    image: flink:1.20',
  '    command: taskmanager',
  '    environment:',
  '      FLINK_PROPERTIES: |',
  '        taskmanager.numberOfTaskSlots: 4',
  '        state.backend.type: hashmap',
  '',
].join('\n');
const path = 'docker-compose.yml';
const request = { bound: 4n << 30n, targets: {}, components: ['taskmanager' as const] };

describe('size over a file of several configs', () => {
  it('answers for each, with its own version, backend and slots', () => {
    const outcomes = sizeConfigs({ file: { path, text }, ...request });
    expect(outcomes.map((o) => [o.source.config?.name, o.flinkVersion])).toEqual([
      ['taskmanager-a', '1.18'],
      ['taskmanager-b', '1.20'],
    ]);
    const configs = linkAlone(path, loadFile(path, text).configs);
    outcomes.forEach((o, i) => {
      expect(o.feasible).toBe(true);
      const tm = o.breakdown.taskmanager;
      if (!tm.ok) throw new Error('refused');
      expect(tm.memory.totalProcess <= request.bound).toBe(true);
      // RocksDB gets managed memory; the heap backend none.
      expect(tm.memory.managed > 0n).toBe(i === 0);
      // Each answer starts from its own config: the slots it writes are kept.
      expect(o.config.get('taskmanager.numberOfTaskSlots')).toBe(i === 0 ? '2' : '4');
      expect(deriveConfig(configs[i]).taskmanager.ok).toBe(true);
    });
    expect(outcomes[0].set).not.toEqual(outcomes[1].set);
  });

  it('answers for the ones picked', () => {
    const outcomes = sizeConfigs({
      file: { path, text },
      ...request,
      pick: (configs) => configs.filter((c) => c.name === 'taskmanager-b'),
    });
    expect(outcomes.map((o) => o.source.config?.name)).toEqual(['taskmanager-b']);
    expect(outcomes[0].notes.join(' ')).not.toMatch(/first/);
  });
});
