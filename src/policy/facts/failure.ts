import { failureArithmetic, formatSize, type SizedPart } from '../../flink/index.js';
import type { DerivationFailure, EntryFacts, OptionFacts } from '../../model/index.js';

/** The option a total of Flink's messages is, as the legacy heap keys are read. */
const LEGACY_TARGET: Readonly<Record<string, string>> = {
  'Total Flink Memory': '.memory.flink.size',
  'Total Process Memory': '.memory.process.size',
  'JVM Heap Memory': '.memory.heap.size',
};

const size = (bytes: bigint): string => formatSize(bytes);
const sum = (parts: readonly SizedPart[]): bigint => parts.reduce((a, p) => a + p.bytes, 0n);
const terms = (parts: readonly SizedPart[]): string =>
  parts.map((p) => `${p.name} ${size(p.bytes)}`).join(' + ');

/**
 * Flink's refusal with its arithmetic spelled out: what the configuration fixed, what was left for
 * it, and by how much it fell short, where Flink's message names the sizes.
 */
export function explainedFailure(
  failure: DerivationFailure,
  options: Record<string, OptionFacts>,
  entries: Record<string, EntryFacts>,
): string {
  const arithmetic = failureArithmetic([failure.error, ...(failure.causes ?? [])]);
  if (!arithmetic) return failure.error;
  let text: string;
  if (arithmetic.kind === 'out-of-range') {
    const { derived, min, max } = arithmetic;
    const off =
      derived.bytes < min
        ? `${size(min - derived.bytes)} below its minimum of ${size(min)}`
        : `${size(derived.bytes - max)} above its maximum of ${size(max)}`;
    text = `the ${derived.name} left over is ${size(derived.bytes)}, ${off}`;
  } else {
    const { parts, total } = arithmetic;
    const needed = sum(parts);
    const whole = `the ${size(total.bytes)} of ${total.name}${origin(total, options, entries)}`;
    const sums = parts.length > 1 ? `${terms(parts)} = ${size(needed)}` : terms(parts);
    if (arithmetic.kind === 'mismatch')
      text = `${sums}, not ${whole}: ${size(needed > total.bytes ? needed - total.bytes : total.bytes - needed)} apart`;
    else
      text =
        needed > total.bytes
          ? `${sums}, ${size(needed - total.bytes)} more than ${whole}`
          : `${sums}, all of ${whole}`;
  }
  return `${failure.error} In MiB: ${text}.`;
}

/**
 * Where a total came from when no key of its own sets it: a legacy heap key Flink reads as it, or
 * Total Process Memory less metaspace and overhead.
 */
function origin(
  total: SizedPart,
  options: Record<string, OptionFacts>,
  entries: Record<string, EntryFacts>,
): string {
  const legacy = Object.values(entries).find(
    (e) => e.legacy?.reading === 'read-as' && e.legacy.readAs?.endsWith(LEGACY_TARGET[total.name] ?? '\0'),
  );
  if (legacy) return ` (${legacy.key}: ${legacy.value}, which Flink reads as ${legacy.legacy?.readAs})`;
  const process = options['memory.process.size'];
  const metaspace = options['memory.jvm-metaspace.size']?.bytes;
  if (total.name !== 'Total Flink Memory' || process?.bytes === undefined || metaspace === undefined)
    return '';
  if (options['memory.flink.size']?.source !== undefined && options['memory.flink.size'].source !== 'default')
    return '';
  const overhead = BigInt(process.bytes) - BigInt(metaspace) - total.bytes;
  if (overhead < 0n) return '';
  return ` that Total Process Memory ${size(BigInt(process.bytes))} leaves after JVM Metaspace ${size(BigInt(metaspace))} and JVM Overhead ${size(overhead)}`;
}
