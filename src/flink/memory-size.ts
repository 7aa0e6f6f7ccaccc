import { FlinkError, iae, longOverflow } from './flink-error.js';
import { javaDoubleToString, javaTrim } from './java-number.js';

/** Flink's `MemorySize`: a byte count that is a non-negative signed 64-bit value. */
export const MAX_MEMORY_SIZE = 2n ** 63n - 1n;

const KB = 1024n;
const MB = KB * KB;
const GB = MB * KB;
const TB = GB * KB;

const UNITS: Readonly<Record<string, bigint>> = {
  '': 1n,
  b: 1n,
  bytes: 1n,
  k: KB,
  kb: KB,
  kibibytes: KB,
  m: MB,
  mb: MB,
  mebibytes: MB,
  g: GB,
  gb: GB,
  gibibytes: GB,
  t: TB,
  tb: TB,
  tebibytes: TB,
};

const UNIT_LIST =
  '(b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)';

/** `MemorySize.parse(text)`: Java trim, leading ASCII digits, optional binary unit. */
export function parseMemorySize(text: string | null | undefined): bigint {
  if (text === null || text === undefined)
    throw new FlinkError('NullPointerException', 'text cannot be null');
  const t = javaTrim(text);
  if (t.length === 0) throw iae('argument is an empty- or whitespace-only string');
  let end = 0;
  while (end < t.length) {
    const c = t.charCodeAt(end);
    if (c < 48 || c > 57) break;
    end++;
  }
  if (end === 0) throw new FlinkError('NumberFormatException', 'text does not start with a number');
  const numberText = t.slice(0, end);
  const value = BigInt(numberText);
  if (value > MAX_MEMORY_SIZE) {
    throw iae(`The value '${numberText}' cannot be re represented as 64bit number (numeric overflow).`);
  }
  const unit = end === t.length ? '' : javaTrim(t.slice(end)).toLowerCase();
  const multiplier = UNITS[unit];
  if (multiplier === undefined || !Object.hasOwn(UNITS, unit)) {
    throw iae(`Memory size unit '${unit}' does not match any of the recognized units: ${UNIT_LIST}`);
  }
  const bytes = value * multiplier;
  if (bytes > MAX_MEMORY_SIZE) {
    throw iae(`The value '${text}' cannot be re represented as 64bit number of bytes (numeric overflow).`);
  }
  return bytes;
}

/** `MemorySize.parse(text, MEGA_BYTES)`: a plain number means mebibytes. */
export function parseMebiBytes(text: string): bigint {
  const t = javaTrim(text);
  let end = 0;
  while (end < t.length && t.charCodeAt(end) >= 48 && t.charCodeAt(end) <= 57) end++;
  return parseMemorySize(end === t.length && end > 0 ? `${t}m` : text);
}

/** `MemorySize.parse(text)` returning `undefined` instead of throwing. */
export function tryParseMemorySize(text: string): bigint | undefined {
  try {
    return parseMemorySize(text);
  } catch {
    return undefined;
  }
}

const PRINT_UNITS: readonly [bigint, string][] = [
  [1n, 'bytes'],
  [KB, 'kb'],
  [MB, 'mb'],
  [GB, 'gb'],
  [TB, 'tb'],
];

/** `MemorySize.toString()`: the largest unit that divides the size exactly, bytes for multiples of 1 TiB. */
export function memorySizeToString(bytes: bigint): string {
  let chosen = PRINT_UNITS[0];
  for (let i = 1; i < PRINT_UNITS.length; i++) {
    if (bytes % PRINT_UNITS[i][0] !== 0n) {
      chosen = PRINT_UNITS[i - 1];
      break;
    }
  }
  return `${bytes / chosen[0]} ${chosen[1]}`;
}

/** `MemorySize.toHumanReadableString()`, e.g. `1.688gb (1811939328 bytes)`. */
export function memorySizeToHumanReadable(bytes: bigint): string {
  let unit: [bigint, string] | undefined;
  for (let i = PRINT_UNITS.length - 1; i >= 1; i--) {
    if (PRINT_UNITS[i][0] < bytes) {
      unit = PRINT_UNITS[i];
      break;
    }
  }
  if (!unit) return `${bytes} bytes`;
  return `${(Number(bytes) / Number(unit[0])).toFixed(3)}${unit[1]} (${bytes} bytes)`;
}

/** Exact `long` addition: Java's `Math.addExact`. */
export function addBytes(a: bigint, b: bigint): bigint {
  const sum = a + b;
  if (sum > MAX_MEMORY_SIZE) throw longOverflow();
  return sum;
}

/** `MemorySize.subtract`: a negative result is rejected by the constructor. */
export function subtractBytes(a: bigint, b: bigint): bigint {
  const diff = a - b;
  if (diff < 0n) throw iae('bytes must be >= 0');
  return diff;
}

/** The exact decimal of `BigDecimal.valueOf(d)` (Java `Double.toString`) as digits × 10^exponent. */
function decimalOf(d: number): Decimal {
  const text = javaDoubleToString(d);
  const e = text.indexOf('E');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? '' : mantissa.slice(dot + 1);
  const digits = BigInt((dot < 0 ? mantissa : mantissa.slice(0, dot)) + fraction);
  const exponent = (e < 0 ? 0 : Number(text.slice(e + 1))) - fraction.length;
  return { digits, exponent, scale: 10n ** BigInt(Math.abs(exponent)) };
}

/**
 * `MemorySize.multiply(double)`: the exact product of the bytes and the decimal Java prints for the
 * multiplier, truncated toward zero.
 */
export function multiplyBytes(bytes: bigint, multiplier: number): bigint {
  if (multiplier < 0) throw iae('multiplier must be >= 0');
  if (!Number.isFinite(multiplier)) throw new FlinkError('NumberFormatException', 'Infinite or NaN');
  let decimal = decimals.get(multiplier);
  if (!decimal) {
    decimal = decimalOf(multiplier);
    if (decimals.size > 4096) decimals.clear();
    decimals.set(multiplier, decimal);
  }
  const { digits, exponent, scale } = decimal;
  let product: bigint;
  if (exponent >= 0) {
    product = bytes * digits * scale;
    if (product > MAX_MEMORY_SIZE) throw longOverflow();
  } else {
    const exact = bytes * digits;
    // Java compares the exact product with Long.MAX_VALUE before truncating.
    if (exact > MAX_MEMORY_SIZE * scale) throw longOverflow();
    product = exact / scale;
  }
  return product;
}

interface Decimal {
  digits: bigint;
  exponent: number;
  /** 10^|exponent|. */
  scale: bigint;
}

const decimals = new Map<number, Decimal>();
