import { describe, expect, test } from '@jest/globals';
import { operatorQuantityText, quantityBytes } from '../../src/sources/kubernetes-quantity.js';
import { operatorMemory } from '../../src/sources/formats/operator-memory.js';

describe('the operator reading resource.memory (spec §9.3)', () => {
  test.each([
    ['2048m', '2 gb'],
    ['2g', '2 gb'],
    ['2G', '2 gb'],
    ['2 g', '2 gb'],
    ['2gb', '2 gb'],
    ['512m', '512 mb'],
    ['1024m', '1 gb'],
    ['1000m', '1000 mb'],
    ['1536m', '1536 mb'],
    ['2Gi', '2147483648'],
    ['2gi', '2147483648'],
    ['2 Gi', '2147483648'],
    ['2gib', '2147483648'],
    ['512mi', '536870912'],
    ['100Ki', '102400'],
    ['1Pi', '1125899906842624'],
    ['1P', '1000000000000000'],
    ['2e9', '2000000000'],
    ['500MiB', '524288000'],
  ])('%s → %s', (memory, value) => {
    expect(operatorMemory(memory, 'TaskManager').value).toBe(value);
  });

  test.each([
    ['1.5Gi', '1610612736.0'],
    ['1.5G', '1500000000.0'],
    ['1.5GB', '1500000000.0'],
    ['1.0Gi', '1073741824.0'],
    ['.5Gi', '536870912.0'],
    ['1.5gi', '1610612736.0'],
    ['1E', '1.000000000000000E+18'],
    ['1Ei', '1.152921504606847E+18'],
  ])('%s keeps the quantity form %s, which Flink then rejects', (memory, value) => {
    expect(operatorQuantityText(memory)).toBe(value);
    expect(operatorMemory(memory, 'JobManager').error).toMatch(/^JobManager resource memory parse error: /);
  });

  test('text that is no quantity is rejected', () => {
    expect(operatorMemory('lots', 'TaskManager')).toMatchObject({
      value: 'lots',
      error: expect.stringContaining('TaskManager resource memory parse error') as unknown,
    });
  });
});

describe('container limits', () => {
  test.each([
    ['4Gi', 4n << 30n],
    ['1500M', 1_500_000_000n],
    ['2048Mi', 2048n << 20n],
    ['1.5Gi', 3n << 29n],
    ['0.5k', 500n],
    ['100m', 1n],
    ['nonsense', undefined],
    ['-1Gi', undefined],
  ])('%s is %p bytes', (text, bytes) => {
    expect(quantityBytes(text)).toBe(bytes);
  });
});
