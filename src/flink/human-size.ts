const MIB = 1n << 20n;
const GIB = 1n << 30n;
/** From here on sizes read better in GiB. */
const GIB_FROM = 10n * GIB;

/** `value / unit` rounded half up to `digits` decimals, trailing zeros dropped. */
function scaled(value: bigint, unit: bigint, digits: number): string {
  const factor = 10n ** BigInt(digits);
  const units = (value * factor * 2n + unit) / (unit * 2n);
  const whole = units / factor;
  const fraction = (units % factor).toString().padStart(digits, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

function magnitude(bytes: bigint): string {
  if (bytes >= GIB_FROM) return `${scaled(bytes, GIB, 2)} GiB`;
  const mib = scaled(bytes, MIB, 1);
  // A few bytes would round to `0 MiB`, which hides that there are some.
  if (mib === '0' && bytes > 0n) return `${bytes} B`;
  return `${mib} MiB`;
}

/**
 * A size for people: below 10 GiB in MiB with at most one decimal (`1728 MiB`, `384.5 MiB`),
 * from 10 GiB in GiB with at most two (`16 GiB`).
 */
export function formatSize(bytes: bigint): string {
  return bytes < 0n ? `-${magnitude(-bytes)}` : magnitude(bytes);
}

/** A signed change between two sizes: `+2368 MiB`, `-512 MiB`, `±0`. */
export function formatChange(delta: bigint): string {
  if (delta === 0n) return '±0';
  return delta > 0n ? `+${magnitude(delta)}` : `-${magnitude(-delta)}`;
}
