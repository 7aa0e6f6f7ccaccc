/**
 * Java's number parsing and printing, as Flink's typed options see them: `Float.parseFloat`,
 * `Double.parseDouble`, `Integer.parseInt`, `Long.parseLong` and `Double.toString`.
 * Parsers return `undefined` where Java throws a `NumberFormatException`.
 */

/** Java `String.trim()`: only code units up to U+0020 count as white space. */
export function javaTrim(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) <= 0x20) from++;
  while (to > from && s.charCodeAt(to - 1) <= 0x20) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** Java `Double.toString(d)`: shortest round-trip digits, scientific outside [10^-3, 10^7). */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  const sign = d < 0 ? '-' : '';
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(abs);
    return sign + (s.includes('.') ? s : `${s}.0`);
  }
  const [mantissa, exp] = abs.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${sign}${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

/** Java `Float.toString(f)`: the shortest digits that read back as the same float32. */
export function javaFloatToString(f: number): string {
  if (!Number.isFinite(f) || f === 0) return javaDoubleToString(f);
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(f.toPrecision(digits));
    if (Math.fround(candidate) === f) return javaDoubleToString(candidate);
  }
  return javaDoubleToString(f);
}

const PLUS = 43;
const MINUS = 45;
const DOT = 46;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function isTypeSuffix(c: number): boolean {
  return c === 102 || c === 70 || c === 100 || c === 68; // f F d D
}

interface BinaryFormat {
  precision: number;
  /** Exponent of the smallest subnormal's unit. */
  minUnitExp: number;
  /** Values at or above 2^maxExp round to infinity. */
  maxExp: number;
}
const FLOAT32: BinaryFormat = { precision: 24, minUnitExp: -149, maxExp: 128 };
const FLOAT64: BinaryFormat = { precision: 53, minUnitExp: -1074, maxExp: 1024 };

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Correctly rounds the positive rational num/den to the format (round half to even). */
function roundRational(num: bigint, den: bigint, fmt: BinaryFormat): number {
  if (num === 0n) return 0;
  const s = bitLength(num) - bitLength(den) - (fmt.precision + 2);
  let q: bigint;
  let r: bigint;
  if (s >= 0) {
    const d = den << BigInt(s);
    q = num / d;
    r = num % d;
  } else {
    const n = num << BigInt(-s);
    q = n / den;
    r = n % den;
  }
  const top = s + bitLength(q); // value < 2^top
  const unit = Math.max(top - fmt.precision, fmt.minUnitExp);
  const shift = unit - s;
  let m: bigint;
  if (shift > 0) {
    const b = BigInt(shift);
    m = q >> b;
    const rest = q & ((1n << b) - 1n);
    const half = 1n << (b - 1n);
    if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  } else {
    m = q << BigInt(-shift);
  }
  if (bitLength(m) + unit > fmt.maxExp) return Infinity;
  return Number(m) * 2 ** unit;
}

interface Scanned {
  negative: boolean;
  value: number;
}

/**
 * Java's `FloatingDecimal.readJavaFormatString`: optional sign, `NaN`, `Infinity`, decimal with
 * optional exponent, or hex with a binary exponent; one trailing `f`/`F`/`d`/`D` allowed.
 */
function parseJavaFloating(text: string, fmt: BinaryFormat): number | undefined {
  const s = javaTrim(text);
  const n = s.length;
  if (n === 0) return undefined;
  let i = 0;
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === PLUS || c0 === MINUS) {
    negative = c0 === MINUS;
    i++;
  }
  const rest = s.slice(i);
  if (rest === 'NaN') return NaN;
  if (rest === 'Infinity') return negative ? -Infinity : Infinity;
  const scanned =
    rest.startsWith('0x') || rest.startsWith('0X')
      ? scanHex(s, i + 2, fmt, negative)
      : scanDecimal(s, i, fmt, negative);
  return scanned === undefined ? undefined : scanned.negative ? -scanned.value : scanned.value;
}

/** A signed exponent from `start`, an optional type suffix, then the end of the text. */
function scanExponentAndEnd(s: string, start: number): number | undefined {
  const n = s.length;
  let i = start;
  let negative = false;
  if (i < n && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === MINUS)) {
    negative = s.charCodeAt(i) === MINUS;
    i++;
  }
  const digitsStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === digitsStart) return undefined;
  // Java saturates huge exponents; anything this large already means 0 or infinity.
  const e = Math.min(Number(s.slice(digitsStart, i)), 100000);
  if (i < n && isTypeSuffix(s.charCodeAt(i))) i++;
  if (i !== n) return undefined;
  return negative ? -e : e;
}

function scanDecimal(s: string, start: number, fmt: BinaryFormat, negative: boolean): Scanned | undefined {
  const n = s.length;
  let i = start;
  let digits = '';
  let fractionDigits = 0;
  let seenDot = false;
  let any = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      any = true;
      digits += s[i];
      if (seenDot) fractionDigits++;
    } else if (c === DOT && !seenDot) {
      seenDot = true;
    } else break;
  }
  if (!any) return undefined;
  let exp = 0;
  if (i < n && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
    const scanned = scanExponentAndEnd(s, i + 1);
    if (scanned === undefined) return undefined;
    exp = scanned;
  } else {
    if (i < n && isTypeSuffix(s.charCodeAt(i))) i++;
    if (i !== n) return undefined;
  }
  const value = decimalToBinary(digits, exp - fractionDigits, fmt);
  return { negative, value };
}

function decimalToBinary(digits: string, exp10: number, fmt: BinaryFormat): number {
  const d = Number(`${digits}e${exp10}`);
  if (fmt === FLOAT64) return d;
  const f = Math.fround(d);
  if (f === d || !Number.isFinite(d)) return f;
  // Double rounding can only go wrong when the double lands exactly on a midpoint between floats.
  const other = nextFloat(f, d > f);
  const mid = Number.isFinite(other) ? (f + other) / 2 : 2 ** 128 - 2 ** 103;
  if (d !== mid) return f;
  const big = BigInt(digits.replace(/^0+(?=\d)/, ''));
  return exp10 >= 0
    ? roundRational(big * 10n ** BigInt(exp10), 1n, fmt)
    : roundRational(big, 10n ** BigInt(-exp10), fmt);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function nextFloat(f: number, up: boolean): number {
  if (f === 0) return up ? 2 ** -149 : -(2 ** -149);
  f32[0] = f;
  u32[0] += f > 0 === up ? 1 : -1;
  return f32[0];
}

function scanHex(s: string, start: number, fmt: BinaryFormat, negative: boolean): Scanned | undefined {
  const n = s.length;
  let i = start;
  let mantissa = 0n;
  let fractionDigits = 0;
  let seenDot = false;
  let any = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const h = hexValue(c);
    if (h >= 0) {
      any = true;
      mantissa = (mantissa << 4n) | BigInt(h);
      if (seenDot) fractionDigits++;
    } else if (c === DOT && !seenDot) {
      seenDot = true;
    } else break;
  }
  if (!any || i >= n || (s.charCodeAt(i) !== 112 && s.charCodeAt(i) !== 80)) return undefined; // p P required
  const e = scanExponentAndEnd(s, i + 1);
  if (e === undefined) return undefined;
  const exp2 = e - 4 * fractionDigits;
  const value =
    exp2 >= 0
      ? roundRational(mantissa << BigInt(exp2), 1n, fmt)
      : roundRational(mantissa, 1n << BigInt(-exp2), fmt);
  return { negative, value };
}

/** Java `Float.parseFloat`, as a JS number holding the float32 value. */
export function parseJavaFloat(text: string): number | undefined {
  return parseJavaFloating(text, FLOAT32);
}

/** Java `Double.parseDouble`. */
export function parseJavaDouble(text: string): number | undefined {
  return parseJavaFloating(text, FLOAT64);
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function parseJavaInteger(text: string, min: bigint, max: bigint): bigint | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === PLUS || c0 === MINUS) {
    i = 1;
    if (n === 1) return undefined;
  }
  for (let j = i; j < n; j++) if (!isDigit(text.charCodeAt(j))) return undefined;
  const v = BigInt(text);
  return v < min || v > max ? undefined : v;
}

/** Java `Integer.parseInt`: no trimming, optional sign, ASCII decimal digits, 32-bit range. */
export function parseJavaInt(text: string): number | undefined {
  const v = parseJavaInteger(text, INT_MIN, INT_MAX);
  return v === undefined ? undefined : Number(v);
}

/** Java `Long.parseLong`. */
export function parseJavaLong(text: string): bigint | undefined {
  return parseJavaInteger(text, LONG_MIN, LONG_MAX);
}

export const JAVA_INT_MIN = INT_MIN;
export const JAVA_INT_MAX = INT_MAX;
