/**
 * The sums behind Flink's memory configuration errors, read back from its own messages: each size
 * there is written as `MemorySize.toHumanReadableString` (`128.000mb (134217728 bytes)`, `0 bytes`),
 * named by the component it is (`TaskExecutorFlinkMemoryUtils`, `ProcessMemoryUtils`,
 * `JobManagerFlinkMemoryUtils`).
 */

/** A component of a message with its size. */
export interface SizedPart {
  name: string;
  bytes: bigint;
}

export type FailureArithmetic =
  /** The parts together do not fit the total (`Sum of configured ... exceed configured ...`). */
  | { kind: 'exceeds'; parts: SizedPart[]; total: SizedPart }
  /** The parts must add up to the total exactly and do not. */
  | { kind: 'mismatch'; parts: SizedPart[]; total: SizedPart }
  /** A size derived as what is left lies outside the range its options give it. */
  | { kind: 'out-of-range'; derived: SizedPart; min: bigint; max: bigint };

const SIZE = String.raw`(?:\d+\.\d{3}[kmgtp]?b \((\d+) bytes\)|(\d+) bytes)`;
const NAMED = new RegExp(
  String.raw`(?:the )?(?:configured |derived |configured or default )?([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*?)(?: size)?\s+\(${SIZE}\)`,
  'g',
);

function bytesOf(match: RegExpMatchArray, at: number): bigint {
  return BigInt(match[at] ?? match[at + 1]);
}

function namedParts(text: string): SizedPart[] {
  return [...text.matchAll(NAMED)].map((m) => ({ name: m[1], bytes: bytesOf(m, 2) }));
}

const RULES: readonly [RegExp, (m: RegExpExecArray) => FailureArithmetic | undefined][] = [
  [
    /Sum of (?:the )?configured (.+) (exceed|does not match) (?:the )?configured (.+)$/,
    (m) => {
      const parts = namedParts(m[1]);
      const [total] = namedParts(m[3]);
      if (parts.length === 0 || !total) return undefined;
      return { kind: m[2] === 'exceed' ? 'exceeds' : 'mismatch', parts, total };
    },
  ],
  [
    /The configured (Total Process Memory .+) is less than the sum of (.+)$/,
    (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
  ],
  [
    /The configured (Total Flink Memory .+) is less than the configured (.+)$/,
    (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
  ],
  [
    /The configured (JVM Heap Memory .+) exceeds the configured (Total Flink Memory .+)$/,
    (m) => ({ kind: 'exceeds', parts: namedParts(m[1]), total: namedParts(m[2])[0] }),
  ],
  [
    new RegExp(
      String.raw`Derived ([A-Za-z -]+?) size \(${SIZE}\) is not in configured .+? range \[${SIZE}, ${SIZE}\]`,
    ),
    (m) => ({
      kind: 'out-of-range',
      derived: { name: m[1], bytes: bytesOf(m, 2) },
      min: bytesOf(m, 4),
      max: bytesOf(m, 6),
    }),
  ],
];

/**
 * The arithmetic of a derivation failure, from its message and then its causes (the network
 * remainder's range is in the cause); undefined for errors that are not about sizes.
 */
export function failureArithmetic(messages: readonly string[]): FailureArithmetic | undefined {
  for (const message of messages) {
    for (const [pattern, read] of RULES) {
      const m = pattern.exec(message);
      const arithmetic = m && read(m);
      if (arithmetic) return arithmetic;
    }
  }
  return undefined;
}
