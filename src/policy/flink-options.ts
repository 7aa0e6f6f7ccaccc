import type { ConfigValue } from '../model/config-value.js';
import type { OptionFacts } from '../model/facts.js';
import { javaDoubleToString, parseJavaDouble, parseJavaInt } from '../flink/java-number.js';
import { tryParseMemorySize } from '../flink/memory-size.js';

type OptionType = 'MemorySize' | 'Float' | 'Double' | 'Integer' | 'Boolean' | 'String';

interface OptionSpec {
  key: string;
  type: OptionType;
  /** Default per version: `[fromVersionCode, value]`, newest last; absent = no default. */
  defaults?: Array<[number, string]>;
  /** Deprecated/fallback keys, read when the main key is absent (spec §2.5). */
  fallback?: string[];
}

const size = (key: string, d?: string, fallback?: string[]): OptionSpec => ({
  key,
  type: 'MemorySize',
  defaults: d === undefined ? undefined : [[110, d]],
  fallback,
});
const float = (key: string, d: string, fallback?: string[]): OptionSpec => ({
  key,
  type: 'Float',
  defaults: [[110, d]],
  fallback,
});

/** The options the Facts document exposes with their effective values (spec §1, §9.4, §10). */
const OPTIONS: OptionSpec[] = [
  size('taskmanager.memory.process.size'),
  size('taskmanager.memory.flink.size'),
  size('taskmanager.memory.framework.heap.size', '128m'),
  size('taskmanager.memory.framework.off-heap.size', '128m'),
  size('taskmanager.memory.task.heap.size'),
  size('taskmanager.memory.task.off-heap.size', '0'),
  size('taskmanager.memory.managed.size', undefined, ['taskmanager.memory.size']),
  float('taskmanager.memory.managed.fraction', '0.4'),
  size('taskmanager.memory.network.min', '64m', ['taskmanager.network.memory.min']),
  {
    key: 'taskmanager.memory.network.max',
    type: 'MemorySize',
    defaults: [
      [110, '1g'],
      [117, '9223372036854775807'],
    ],
    fallback: ['taskmanager.network.memory.max'],
  },
  float('taskmanager.memory.network.fraction', '0.1', ['taskmanager.network.memory.fraction']),
  size('taskmanager.memory.jvm-metaspace.size', '256m'),
  size('taskmanager.memory.jvm-overhead.min', '192m'),
  size('taskmanager.memory.jvm-overhead.max', '1g'),
  float('taskmanager.memory.jvm-overhead.fraction', '0.1'),
  { key: 'taskmanager.numberOfTaskSlots', type: 'Integer', defaults: [[110, '1']] },
  size('jobmanager.memory.process.size'),
  size('jobmanager.memory.flink.size'),
  size('jobmanager.memory.heap.size'),
  size('jobmanager.memory.off-heap.size', '128m'),
  size('jobmanager.memory.jvm-metaspace.size', '256m'),
  size('jobmanager.memory.jvm-overhead.min', '192m'),
  size('jobmanager.memory.jvm-overhead.max', '1g'),
  float('jobmanager.memory.jvm-overhead.fraction', '0.1'),
  { key: 'jobmanager.memory.enable-jvm-direct-memory-limit', type: 'Boolean', defaults: [[111, 'false']] },
  { key: 'kubernetes.taskmanager.memory.limit-factor', type: 'Double', defaults: [[115, '1.0']] },
  { key: 'kubernetes.jobmanager.memory.limit-factor', type: 'Double', defaults: [[115, '1.0']] },
  size('state.backend.rocksdb.memory.fixed-per-slot'),
  size('state.backend.rocksdb.memory.fixed-per-tm'),
  { key: 'state.backend.rocksdb.memory.managed', type: 'Boolean', defaults: [[110, 'true']] },
  size('state.backend.forst.memory.fixed-per-slot'),
  size('state.backend.forst.memory.fixed-per-tm'),
  { key: 'state.backend.forst.memory.managed', type: 'Boolean', defaults: [[200, 'true']] },
  { key: 'python.fn-execution.memory.managed', type: 'Boolean', defaults: [[110, 'true']] },
];

const BY_KEY = new Map(OPTIONS.map((o) => [o.key, o]));
const FALLBACK_OF = new Map(OPTIONS.flatMap((o) => (o.fallback ?? []).map((k) => [k, o] as const)));

/** Memory-size keys outside the exposed options that Flink also reads as sizes. */
const OTHER_SIZES = new Set([
  'taskmanager.heap.size',
  'jobmanager.heap.size',
  'taskmanager.memory.segment-size',
  'taskmanager.memory.min-segment-size',
  'taskmanager.memory.framework.off-heap.batch-shuffle.size',
]);

/** The type of the option behind a key (its own or the option it is a fallback key of). */
export function optionType(key: string): OptionType | undefined {
  if (OTHER_SIZES.has(key)) return 'MemorySize';
  return (BY_KEY.get(key) ?? FALLBACK_OF.get(key))?.type;
}

function text(value: ConfigValue): string {
  return typeof value === 'number' ? javaDoubleToString(value) : String(value);
}

/** Effective value of every exposed option: main key, fallback keys, then the version's default. */
export function optionFacts(
  values: ReadonlyMap<string, ConfigValue>,
  version: string,
): Record<string, OptionFacts> {
  const [major, minor] = version.split('.').map(Number);
  const code = major * 100 + minor;
  const out: Record<string, OptionFacts> = {};
  for (const spec of OPTIONS) {
    let fact: OptionFacts | undefined;
    const explicit = values.get(spec.key);
    if (explicit !== undefined) fact = { value: text(explicit), source: 'explicit', key: spec.key };
    else {
      const key = spec.fallback?.find((k) => values.has(k));
      if (key) fact = { value: text(values.get(key)!), source: 'fallback', key };
      else {
        const d = spec.defaults?.filter(([from]) => code >= from).pop();
        if (d) fact = { value: d[1], source: 'default' };
      }
    }
    if (!fact) continue;
    if (spec.type === 'MemorySize') {
      const bytes = tryParseMemorySize(fact.value);
      if (bytes !== undefined) fact.bytes = Number(bytes);
    } else if (spec.type === 'Integer') {
      fact.number = parseJavaInt(fact.value);
    } else if (spec.type === 'Float' || spec.type === 'Double') {
      fact.number = parseJavaDouble(fact.value);
    }
    out[spec.key] = fact;
  }
  return out;
}
