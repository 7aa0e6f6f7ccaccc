import { describe, expect, it } from '@jest/globals';
import { formatChange, formatSize } from '../../src/flink/human-size.js';

const MIB = 1n << 20n;
const GIB = 1n << 30n;

describe('formatSize', () => {
  it.each([
    [1728n * MIB, '1728 MiB'],
    [384n * MIB + MIB / 2n, '384.5 MiB'],
    [16n * GIB, '16 GiB'],
    [0n, '0 MiB'],
    [10n * GIB - MIB, '10239 MiB'],
    [10n * GIB, '10 GiB'],
    [10n * GIB + GIB / 4n, '10.25 GiB'],
    [(GIB * 1234n) / 100n + 1n, '12.34 GiB'],
    [536870902n, '512 MiB'],
    [MIB + (MIB * 51n) / 1000n, '1.1 MiB'],
    [MIB + (MIB * 4n) / 100n, '1 MiB'],
    [1000n, '1000 B'],
    [1n << 62n, '4294967296 GiB'],
  ])('%p bytes is %p', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('keeps the sign of negative sizes', () => {
    expect(formatSize(-512n * MIB)).toBe('-512 MiB');
  });
});

describe('formatChange', () => {
  it('signs every change', () => {
    expect(formatChange(2368n * MIB)).toBe('+2368 MiB');
    expect(formatChange(-512n * MIB)).toBe('-512 MiB');
    expect(formatChange(12n * GIB)).toBe('+12 GiB');
    expect(formatChange(-(MIB / 2n))).toBe('-0.5 MiB');
    expect(formatChange(0n)).toBe('±0');
  });
});
