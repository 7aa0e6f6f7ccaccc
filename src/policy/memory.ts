import { tryParseMemorySize } from '../flink/index.js';

/** Bytes of a size given as a number of bytes or in Flink's `MemorySize` syntax (`2g`, `512 mb`). */
export function memoryBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const bytes = tryParseMemorySize(value);
  return bytes === undefined ? undefined : Number(bytes);
}
