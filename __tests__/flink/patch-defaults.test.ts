import { describe, expect, it } from '@jest/globals';
import {
  deriveTaskManager,
  findOption,
  parseMemorySize,
  PATCH_DEFAULT_CHANGES,
} from '../../src/flink/index.js';

describe('memory defaults that changed inside a minor line', () => {
  it('end at the value the registry holds for the minor’s latest patch', () => {
    for (const change of PATCH_DEFAULT_CHANGES.filter((c) => c.kind === 'option')) {
      const option = findOption(change.minor, change.key);
      expect(option?.defaultValue).toBe(parseMemorySize(change.after));
    }
  });

  it('1.10.0’s shipped 1568m with its 96m metaspace leaves the same total Flink memory as 1.10.1’s 1728m', () => {
    const [metaspace, shipped] = PATCH_DEFAULT_CHANGES;
    const derive = (size: string, meta: string) =>
      deriveTaskManager(
        new Map([
          [shipped.key, size],
          [metaspace.key, meta],
        ]),
        { flinkVersion: '1.10' },
      );
    const before = derive(shipped.before, metaspace.before);
    const after = derive(shipped.after, metaspace.after);
    if (!before.ok || !after.ok) throw new Error('refused');
    expect(before.memory.totalFlink).toBe(after.memory.totalFlink);
    expect(before.memory.taskHeap).toBe(after.memory.taskHeap);
    expect(after.memory.jvmMetaspace - before.memory.jvmMetaspace).toBe(160n << 20n);
  });
});
