import { memorySizeToString, parseMemorySize } from '../../flink/index.js';
import type { MemoryValueFacts } from '../../model/index.js';

const KUBERNETES_BINARY = /^\s*[0-9.]+\s*[KMGTPE]i[Bb]?\s*$/;
const DECIMAL_STYLE = /^\s*\d+\s*[KMGTPE]\s*$/;
/** A Kubernetes quantity with a decimal suffix (`4G`, `500M`, `100k`). */
export const KUBERNETES_DECIMAL = /^\s*[0-9.]+\s*[kMGTPE]\s*$/;
/** Up to this many bytes, a bare number is a missing unit rather than a size in bytes. */
const MISSING_UNIT_MAX_BYTES = 1 << 20;

export function memoryValueFacts(text: string): MemoryValueFacts {
  const facts: MemoryValueFacts = {
    valid: true,
    unitless: /^\s*\d+\s*$/.test(text),
    kubernetesUnit: KUBERNETES_BINARY.test(text),
    decimalStyleUnit: DECIMAL_STYLE.test(text),
    missingUnit: false,
  };
  try {
    facts.bytes = Number(parseMemorySize(text));
  } catch (err) {
    facts.valid = false;
    facts.error = (err as Error).message;
  }
  facts.missingUnit =
    facts.unitless && facts.bytes !== undefined && facts.bytes > 0 && facts.bytes <= MISSING_UNIT_MAX_BYTES;
  const suggested = facts.missingUnit
    ? BigInt(text.trim()) * MIB
    : facts.valid
      ? undefined
      : meantBytes(text);
  if (suggested !== undefined) facts.suggested = memorySizeToString(suggested);
  return facts;
}

const MIB = 1n << 20n;
const BINARY_UNITS: Record<string, number> = { k: 10, m: 20, g: 30, t: 40 };

/** `512Mi`, `1.5g`, `2 gigabytes`: the whole number of bytes a binary unit (by its first letter) means. */
function meantBytes(text: string): bigint | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*([kmgt])[a-z]*\s*$/i.exec(text);
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  const scaled = BigInt(m[1] + fraction) << BigInt(BINARY_UNITS[m[3].toLowerCase()]);
  const divisor = 10n ** BigInt(fraction.length);
  return scaled % divisor === 0n ? scaled / divisor : undefined;
}

/**
 * Flink derives fractions in float arithmetic, so a size people think of as round comes out a few
 * bytes off it (0.4 × 1 GiB of managed memory leaves a task heap of 256 MiB − 8 bytes). Thresholds
 * compare sizes rounded to the nearest 64 KiB: below that, the difference is Flink's rounding (at
 * most about 64 bytes per GiB of Total Flink memory), not a smaller size.
 */
const ROUNDING = 64 * 1024;

export function rounded(bytes: number): number {
  return Math.round(bytes / ROUNDING) * ROUNDING;
}

/** The smallest size whose `rounded` value reaches `threshold`: what a fix must reach, exactly. */
export function smallestRoundingTo(threshold: bigint): bigint {
  const unit = BigInt(ROUNDING);
  const steps = (threshold + unit - 1n) / unit;
  return steps === 0n ? 0n : steps * unit - unit / 2n;
}
