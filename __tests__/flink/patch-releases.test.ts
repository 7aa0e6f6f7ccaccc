import { describe, expect, it } from '@jest/globals';
import { deriveTaskManager, findOption, imageDefaultConf, readFlinkVersion } from '../../src/flink/index.js';

// A patch release whose memory defaults differ from its minor line's later patches is judged with
// its own values: 1.10.0 had a 96m TaskManager metaspace and shipped 1568m, raised in 1.10.1
// (FLINK-16406) to 256m and 1728m.
describe('patch releases', () => {
  it('are read from versions and image tags that name them; other patches are their minor line', () => {
    expect(readFlinkVersion('1.10.0')?.version).toBe('1.10.0');
    expect(readFlinkVersion('1.10.0-scala_2.12')?.version).toBe('1.10.0');
    expect(readFlinkVersion('1.10.3')?.version).toBe('1.10');
    expect(readFlinkVersion('1.10')?.version).toBe('1.10');
    expect(readFlinkVersion('1.18.0')?.version).toBe('1.18');
  });

  it('1.10.0 has its own metaspace default and shipped configuration', () => {
    expect(findOption('1.10.0', 'taskmanager.memory.jvm-metaspace.size')?.defaultText).toBe('96 mb');
    expect(findOption('1.10', 'taskmanager.memory.jvm-metaspace.size')?.defaultText).toBe('256 mb');
    expect(imageDefaultConf('1.10.0')['taskmanager.memory.process.size']).toBe('1568m');
    expect(imageDefaultConf('1.10')['taskmanager.memory.process.size']).toBe('1728m');
  });

  it('each release’s shipped TaskManager gives the same total Flink memory, 160 MiB of metaspace apart', () => {
    const shipped = (version: '1.10.0' | '1.10') => {
      const config = new Map(Object.entries(imageDefaultConf(version)));
      const result = deriveTaskManager(config, { flinkVersion: version });
      if (!result.ok) throw new Error(result.error);
      return result.memory;
    };
    const before = shipped('1.10.0');
    const after = shipped('1.10');
    expect(before.jvmMetaspace).toBe(96n << 20n);
    expect(after.jvmMetaspace).toBe(256n << 20n);
    expect(before.totalFlink).toBe(after.totalFlink);
    expect(before.taskHeap).toBe(after.taskHeap);
  });
});
