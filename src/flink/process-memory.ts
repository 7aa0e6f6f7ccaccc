import type { FlinkVersion } from '../model/index.js';
import { ice, iae } from './flink-error.js';
import { javaDoubleToString } from './java-number.js';
import {
  addBytes,
  MAX_MEMORY_SIZE,
  memorySizeToHumanReadable as hr,
  multiplyBytes,
  subtractBytes,
} from './memory-size.js';
import { optionToString, requireOption, type OptionDef, type OptionReader } from './options.js';
import { traitsOf } from './versions.js';

/** The options shared by both processes' outer layers: totals, metaspace, overhead (`ProcessMemoryOptions`). */
export interface ProcessOptions {
  process: OptionDef;
  flink: OptionDef;
  metaspace: OptionDef;
  overheadMin: OptionDef;
  overheadMax: OptionDef;
  overheadFraction: OptionDef;
}

export function processOptions(version: FlinkVersion, prefix: 'taskmanager' | 'jobmanager'): ProcessOptions {
  const opt = (suffix: string): OptionDef => requireOption(version, `${prefix}.memory.${suffix}`);
  return {
    process: opt('process.size'),
    flink: opt('flink.size'),
    metaspace: opt('jvm-metaspace.size'),
    overheadMin: opt('jvm-overhead.min'),
    overheadMax: opt('jvm-overhead.max'),
    overheadFraction: opt('jvm-overhead.fraction'),
  };
}

/** A component sized as a fraction of a base, capped to [min, max] (Flink's `RangeFraction`). */
export interface RangeFraction {
  min: bigint;
  max: bigint;
  fraction: number;
  fractionOption: OptionDef;
}

function checkedRangeFraction(
  min: bigint,
  max: bigint,
  fraction: number,
  fractionOption: OptionDef,
): RangeFraction {
  let problem: string | undefined;
  if (min > max) problem = 'min value must be less or equal to max value';
  else if (!(fraction >= 0 && fraction < 1)) problem = 'fraction must be in range [0, 1)';
  if (problem) {
    throw ice(
      `Inconsistently configured ${optionToString(fractionOption)} (${javaDoubleToString(fraction)}) and its min (${hr(min)}), max (${hr(max)}) value`,
      iae(problem),
    );
  }
  return { min, max, fraction, fractionOption };
}

/** Reads min, max and fraction in Flink's order and validates them. */
export function rangeFraction(
  reader: OptionReader,
  minOption: OptionDef,
  maxOption: OptionDef,
  fractionOption: OptionDef,
): RangeFraction {
  const min = reader.memory(minOption);
  const max = reader.memory(maxOption);
  return checkedRangeFraction(min, max, reader.number(fractionOption), fractionOption);
}

/** Managed memory: a fraction between 0 and `MemorySize.MAX_VALUE`. */
export function unboundedFraction(reader: OptionReader, fractionOption: OptionDef): RangeFraction {
  return checkedRangeFraction(0n, MAX_MEMORY_SIZE, reader.number(fractionOption), fractionOption);
}

function cap(bytes: bigint, range: RangeFraction): bigint {
  return bytes > range.max ? range.max : bytes < range.min ? range.min : bytes;
}

export function deriveWithFraction(base: bigint, range: RangeFraction): bigint {
  return cap(multiplyBytes(base, range.fraction), range);
}

/** For a base that excludes the component: the component is then about `fraction` of base + component. */
export function deriveWithInverseFraction(base: bigint, range: RangeFraction): bigint {
  return cap(multiplyBytes(base, range.fraction / (1 - range.fraction)), range);
}

export interface MetaspaceAndOverhead {
  metaspace: bigint;
  overhead: bigint;
}

function overheadRange(reader: OptionReader, options: ProcessOptions): RangeFraction {
  return rangeFraction(reader, options.overheadMin, options.overheadMax, options.overheadFraction);
}

/** Case C: overhead from the process size, and what is left for total Flink memory. */
export function deriveFromTotalProcess(
  reader: OptionReader,
  options: ProcessOptions,
  totalProcess: bigint,
): MetaspaceAndOverhead & { totalFlink: bigint } {
  const metaspace = reader.memory(options.metaspace);
  const overhead = deriveWithFraction(totalProcess, overheadRange(reader, options));
  const jvm = addBytes(metaspace, overhead);
  if (jvm > totalProcess) {
    throw ice(
      `Sum of configured JVM Metaspace (${hr(metaspace)}) and JVM Overhead (${hr(overhead)}) exceed configured Total Process Memory (${hr(totalProcess)}).`,
    );
  }
  return { metaspace, overhead, totalFlink: totalProcess - jvm };
}

/** Step 3: metaspace and overhead around a known total Flink size. */
export function deriveMetaspaceAndOverhead(
  reader: OptionReader,
  options: ProcessOptions,
  version: FlinkVersion,
  totalFlink: bigint,
): MetaspaceAndOverhead {
  const metaspace = reader.memory(options.metaspace);
  const flinkAndMetaspace = addBytes(totalFlink, metaspace);
  if (!reader.contains(options.process)) {
    return {
      metaspace,
      overhead: deriveWithInverseFraction(flinkAndMetaspace, overheadRange(reader, options)),
    };
  }
  const totalProcess = reader.memory(options.process);
  if (traitsOf(version).checkProcessCoversFlink && totalProcess < flinkAndMetaspace) {
    throw ice(
      `The configured Total Process Memory size (${hr(totalProcess)}) is less than the sum of the derived Total Flink Memory size (${hr(totalFlink)}) and the configured or default JVM Metaspace size  (${hr(metaspace)}).`,
    );
  }
  const overhead = subtractBytes(totalProcess, flinkAndMetaspace);
  const range = overheadRange(reader, options);
  if (overhead > range.max || overhead < range.min) {
    throw ice(
      `Derived JVM Overhead size (${hr(overhead)}) is not in configured JVM Overhead range [${hr(range.min)}, ${hr(range.max)}].`,
    );
  }
  return { metaspace, overhead };
}
