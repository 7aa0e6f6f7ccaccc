import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  FlinkError,
  javaDoubleToString,
  javaFloatToString,
  MAX_MEMORY_SIZE,
  memorySizeToHumanReadable,
  memorySizeToString,
  multiplyBytes,
  parseJavaFloat,
  parseMebiBytes,
  parseMemorySize,
} from '../../src/flink/index.js';

interface SizeCase {
  op: 'parse' | 'bytes' | 'multiply' | 'invmultiply' | 'parseMB';
  input: string | null;
  result: Record<string, string | number | boolean>;
}

const { cases } = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/flink/memorysize-cases.json', import.meta.url)), 'utf8'),
) as { cases: SizeCase[] };

function run(c: SizeCase): Record<string, string | number | boolean> {
  try {
    switch (c.op) {
      case 'parse':
      case 'bytes': {
        const bytes = c.op === 'parse' ? parseMemorySize(c.input) : BigInt(c.input ?? '');
        return {
          bytes: Number(bytes),
          toString: memorySizeToString(bytes),
          toHumanReadableString: memorySizeToHumanReadable(bytes),
        };
      }
      case 'parseMB':
        return { bytes: Number(parseMebiBytes(c.input ?? '')) };
      case 'multiply': {
        const [bytes, fraction] = (c.input ?? '').split(' ');
        const f = parseJavaFloat(fraction) as number;
        return { bytes: Number(multiplyBytes(BigInt(bytes), f)), fractionAsDouble: javaDoubleToString(f) };
      }
      case 'invmultiply': {
        const [bytes, fraction] = (c.input ?? '').split(' ');
        const f = parseJavaFloat(fraction) as number;
        const m = f / (1 - f);
        return { bytes: Number(multiplyBytes(BigInt(bytes), m)), multiplier: javaDoubleToString(m) };
      }
    }
  } catch (err) {
    if (!(err instanceof FlinkError)) throw err;
    return { fails: true, exception: err.errorType, message: err.message };
  }
}

describe('memorysize-cases.json', () => {
  it.each(cases.map((c) => [`${c.op} ${JSON.stringify(c.input)}`, c] as const))('%s', (_name, c) => {
    const got = run(c);
    const want = Object.fromEntries(Object.keys(c.result).map((k) => [k, c.result[k]]));
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want);
  });
});

describe('MemorySize edge cases', () => {
  it('uses Java trim, not Unicode trim', () => {
    expect(parseMemorySize('\t 64 m\r\n')).toBe(64n << 20n);
    expect(() => parseMemorySize('\u00a064m')).toThrow('text does not start with a number');
  });

  it('accepts the largest long and rejects one more', () => {
    expect(parseMemorySize('9223372036854775807')).toBe(MAX_MEMORY_SIZE);
    expect(parseMemorySize('8388607t')).toBe(8388607n << 40n);
  });

  it('fails multiply beyond a long with long overflow', () => {
    expect(() => multiplyBytes(MAX_MEMORY_SIZE, 1.5)).toThrow('long overflow');
    expect(multiplyBytes(MAX_MEMORY_SIZE, 1)).toBe(MAX_MEMORY_SIZE);
  });
});

describe('Java number printing', () => {
  it.each([
    [0.1, '0.1'],
    [1.5, '1.5'],
    [1e7, '1.0E7'],
    [0.0001, '1.0E-4'],
    [-0, '-0.0'],
  ])('Float.toString(%p) is %s', (v, text) => {
    expect(javaFloatToString(Math.fround(v))).toBe(text);
  });

  it('Double.toString of a widened float shows its binary value', () => {
    expect(javaDoubleToString(Math.fround(0.1))).toBe('0.10000000149011612');
    expect(javaDoubleToString(12345678.9)).toBe('1.23456789E7');
  });
});
