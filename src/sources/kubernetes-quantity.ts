/** A decimal number as Java's `BigDecimal` holds it: `unscaled × 10^-scale`. */
interface Decimal {
  unscaled: bigint;
  scale: number;
}

/** Kubernetes quantity suffixes: binary powers of 1024, decimal SI powers of 1000. */
const SUFFIXES: Record<string, { base: bigint; exponent: number }> = {
  Ki: { base: 2n, exponent: 10 },
  Mi: { base: 2n, exponent: 20 },
  Gi: { base: 2n, exponent: 30 },
  Ti: { base: 2n, exponent: 40 },
  Pi: { base: 2n, exponent: 50 },
  Ei: { base: 2n, exponent: 60 },
  n: { base: 10n, exponent: -9 },
  u: { base: 10n, exponent: -6 },
  m: { base: 10n, exponent: -3 },
  '': { base: 10n, exponent: 0 },
  k: { base: 10n, exponent: 3 },
  M: { base: 10n, exponent: 6 },
  G: { base: 10n, exponent: 9 },
  T: { base: 10n, exponent: 12 },
  P: { base: 10n, exponent: 15 },
  E: { base: 10n, exponent: 18 },
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))((?:[KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** fabric8 computes suffix multipliers with `BigDecimal.pow(n, MathContext.DECIMAL64)`: 16 digits. */
const DECIMAL64_DIGITS = 16;

function parseDecimal(text: string): Decimal {
  const [whole, fraction = ''] = text.replace(/^\+/, '').split('.');
  return {
    unscaled: BigInt(`${whole === '' || whole === '-' ? `${whole}0` : whole}${fraction}`),
    scale: fraction.length,
  };
}

function roundToDigits(d: Decimal, digits: number): Decimal {
  const negative = d.unscaled < 0n;
  let unscaled = negative ? -d.unscaled : d.unscaled;
  let scale = d.scale;
  const excess = unscaled.toString().length - digits;
  if (excess > 0) {
    const divisor = 10n ** BigInt(excess);
    const quotient = unscaled / divisor;
    const remainder = unscaled % divisor;
    const twice = remainder * 2n;
    const up = twice > divisor || (twice === divisor && quotient % 2n === 1n);
    unscaled = quotient + (up ? 1n : 0n);
    scale -= excess;
  }
  return { unscaled: negative ? -unscaled : unscaled, scale };
}

function multiplier(base: bigint, exponent: number): Decimal {
  if (exponent === 0) return { unscaled: 1n, scale: 0 };
  if (exponent < 0) return { unscaled: 1n, scale: -exponent };
  return roundToDigits({ unscaled: base ** BigInt(exponent), scale: 0 }, DECIMAL64_DIGITS);
}

/** `BigDecimal.toString()`: plain digits, or scientific notation when the exponent is out of range. */
function decimalToString(d: Decimal): string {
  const negative = d.unscaled < 0n;
  const digits = (negative ? -d.unscaled : d.unscaled).toString();
  const sign = negative ? '-' : '';
  const adjusted = digits.length - 1 - d.scale;
  if (d.scale >= 0 && adjusted >= -6) {
    if (d.scale === 0) return sign + digits;
    const padded = digits.padStart(d.scale + 1, '0');
    return `${sign}${padded.slice(0, padded.length - d.scale)}.${padded.slice(padded.length - d.scale)}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

function parseQuantity(text: string): Decimal | undefined {
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const amount = parseDecimal(match[1]);
  const suffix = match[2] ?? '';
  const factor = /^[eE][+-]?\d+$/.test(suffix)
    ? multiplier(10n, Number(suffix.slice(1)))
    : multiplier(SUFFIXES[suffix].base, SUFFIXES[suffix].exponent);
  return { unscaled: amount.unscaled * factor.unscaled, scale: amount.scale + factor.scale };
}

/**
 * The text the Kubernetes operator stores for a quantity it could not read as a Flink memory size
 * (spec §9.3 step 2): whitespace removed, upper-cased, a trailing `B` dropped, `I` → `i`, then the
 * fabric8 `Quantity` amount as `BigDecimal.toString()`. Undefined when it is no quantity at all.
 */
export function operatorQuantityText(memory: string): string | undefined {
  let s = memory.trim().replace(/\s+/g, '').toUpperCase();
  if (s.endsWith('B')) s = s.slice(0, -1);
  if (s.endsWith('I')) s = `${s.slice(0, -1)}i`;
  // Upper-casing turned the lower-case suffixes (k, m, n, u) into others; fabric8 sees the same.
  const amount = parseQuantity(s);
  return amount && decimalToString(amount);
}

/** A Kubernetes memory quantity (`4Gi`, `1500M`, `2048Mi`) in bytes, rounded up; undefined if invalid. */
export function quantityBytes(text: string): bigint | undefined {
  const amount = parseQuantity(text.trim());
  if (!amount || amount.unscaled < 0n) return undefined;
  if (amount.scale <= 0) return amount.unscaled * 10n ** BigInt(-amount.scale);
  const divisor = 10n ** BigInt(amount.scale);
  return (amount.unscaled + divisor - 1n) / divisor;
}
