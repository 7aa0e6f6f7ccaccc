import {
  convertValue,
  FlinkError,
  findOption,
  OptionReader,
  optionRegistry,
  rawText,
  suppliedKey,
  type OptionType,
  type OptionValue,
} from '../../flink/index.js';
import type { ConfigMap, ConfigValue, FlinkVersion, OptionFacts } from '../../model/index.js';

/** The type of the option behind a key (its own, or the option it is a deprecated key of). */
export function optionType(key: string, version: FlinkVersion): OptionType | undefined {
  const own = findOption(version, key)?.type;
  if (own) return own;
  for (const option of optionRegistry(version).values()) {
    if (option.fallbackKeys.some((f) => f.key === key)) return option.type;
  }
  return undefined;
}

function typed(fact: OptionFacts, value: OptionValue | undefined): OptionFacts {
  if (typeof value === 'bigint') fact.bytes = Number(value);
  else if (typeof value === 'number') fact.number = value;
  return fact;
}

/** Effective value of every option of the version's registry: main key, fallback keys, then the default. */
export function optionFacts(config: ConfigMap, version: FlinkVersion): Record<string, OptionFacts> {
  const out: Record<string, OptionFacts> = {};
  const defaults = defaultFacts(version);
  const reader = new OptionReader(config);
  for (const [key, option] of optionRegistry(version)) {
    const by = suppliedKey(config, option);
    if (by === undefined) {
      const fact = defaults.get(key);
      if (fact) out[key] = fact;
      continue;
    }
    let typedValue: OptionValue | undefined;
    try {
      typedValue = reader.get(option);
    } catch (err) {
      if (!(err instanceof FlinkError)) throw err;
    }
    const source = by === key ? 'explicit' : 'fallback';
    out[key] = typed({ value: rawText(config.get(by) as ConfigValue), source, key: by }, typedValue);
  }
  return out;
}

/**
 * The facts of options a config leaves at their default: the same for every config of a version,
 * so built once and shared (facts are read, never changed).
 */
const DEFAULT_FACTS = new Map<FlinkVersion, ReadonlyMap<string, OptionFacts>>();

function defaultFacts(version: FlinkVersion): ReadonlyMap<string, OptionFacts> {
  let facts = DEFAULT_FACTS.get(version);
  if (facts) return facts;
  const built = new Map<string, OptionFacts>();
  for (const [key, option] of optionRegistry(version)) {
    if (option.defaultValue === undefined) continue;
    built.set(
      key,
      typed({ value: option.defaultText, source: 'default', key: undefined }, option.defaultValue),
    );
  }
  DEFAULT_FACTS.set(version, (facts = built));
  return facts;
}

/** A raw value converted as the option's type, undefined where Flink would refuse it. */
export function converted(type: OptionType, value: ConfigValue): OptionValue | undefined {
  try {
    return convertValue(type, value);
  } catch {
    return undefined;
  }
}
