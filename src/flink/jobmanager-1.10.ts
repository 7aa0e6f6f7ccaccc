import type { ConfigMap, Deployment, DerivationUnsupported } from '../model/index.js';
import { FlinkError } from './flink-error.js';
import { javaFloatToString, javaTrim } from './java-number.js';
import { findOption, OptionReader, rawText, type OptionDef } from './options.js';

const REASON =
  'Flink 1.10 has no JobManager memory model: its start-up scripts only set the JVM heap from jobmanager.heap.size.';
const INVALID =
  "[ERROR] Configured JobManager memory size is not a valid value. Please set 'jobmanager.heap.size' in flink-conf.yaml.";

const MIB_SHIFT: Record<string, bigint> = {
  '': 0n,
  b: 0n,
  bytes: 0n,
  k: 10n,
  kb: 10n,
  kibibytes: 10n,
  m: 20n,
  mb: 20n,
  mebibytes: 20n,
  g: 30n,
  gb: 30n,
  gibibytes: 30n,
  t: 40n,
  tb: 40n,
  tebibytes: 40n,
};

/** The bash port of `MemorySize.parseBytes` in 1.10's `config.sh`, in MiB; undefined when invalid. */
function scriptMebiBytes(text: string): bigint | undefined {
  const t = javaTrim(text);
  const match = /^(\d+)\s*([A-Za-z]*)$/.exec(t);
  if (!match) return undefined;
  const shift = MIB_SHIFT[match[2].toLowerCase()];
  if (shift === undefined) return undefined;
  return (BigInt(match[1]) << shift) >> 20n;
}

/**
 * What Flink 1.10 does for the JobManager (spec §5.6): standalone scripts pass `-Xms/-Xmx` from
 * `FLINK_JM_HEAP` / `jobmanager.heap.size` / `jobmanager.heap.mb`; YARN and Kubernetes subtract a cut-off.
 */
export function jobManager110(
  config: ConfigMap,
  deployment: Deployment,
  env: Readonly<Record<string, string>>,
): DerivationUnsupported {
  const base: DerivationUnsupported = { ok: false, unsupported: true, reason: REASON };
  const size = config.get('jobmanager.heap.size');
  const mb = config.get('jobmanager.heap.mb');
  let mib: bigint | undefined;
  if (deployment === 'standalone') {
    let text = env.FLINK_JM_HEAP ?? (size === undefined ? '0' : rawText(size));
    if (javaTrim(text) === '0') text = mb === undefined ? '0' : `${rawText(mb)}m`;
    mib = scriptMebiBytes(text);
  } else {
    const container =
      size !== undefined
        ? scriptMebiBytes(rawText(size))
        : mb !== undefined
          ? scriptMebiBytes(`${rawText(mb)}m`)
          : 1024n;
    if (container !== undefined) {
      const reader = new OptionReader(config);
      let ratio: number;
      let min: bigint;
      try {
        ratio = reader.number(findOption('1.10', 'containerized.heap-cutoff-ratio') as OptionDef);
        min = BigInt(reader.number(findOption('1.10', 'containerized.heap-cutoff-min') as OptionDef));
      } catch (err) {
        if (!(err instanceof FlinkError)) throw err;
        return { ...base, error: err.message };
      }
      if (!(ratio >= 0 && ratio <= 1)) {
        return {
          ...base,
          error: `The configuration value 'containerized.heap-cutoff-ratio' must be between 0 and 1. Value given=${javaFloatToString(ratio)}`,
        };
      }
      if (min > container) {
        return {
          ...base,
          error: `The configuration value 'containerized.heap-cutoff-min' is higher (${min}) than the requested amount of memory ${container}`,
        };
      }
      const cutoff = BigInt(Math.floor(Math.fround(Number(container) * Math.fround(ratio))));
      mib = container - (cutoff > min ? cutoff : min);
    }
  }
  if (mib === undefined || mib < 0n) return { ...base, error: INVALID };
  return mib > 0n ? { ...base, jvmArgs: `-Xms${mib}m -Xmx${mib}m` } : base;
}
