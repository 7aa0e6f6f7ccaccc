import {
  backendMemoryPrefix,
  defaultStateBackend,
  parseJavaDouble,
  stateBackendKeys,
  stateBackendName,
  usesManagedMemory,
} from '../../flink/index.js';
import type { ConfigMap, ConfigValue, FlinkVersion, StateBackendFacts } from '../../model/index.js';
import { valueText } from './entries.js';
import { memoryValueFacts } from './memory-values.js';

/** The state backend Flink loads for a config, and what its native memory settings come to. */
export function stateBackendFacts(view: ConfigMap, version: FlinkVersion, slots: number): StateBackendFacts {
  const key = stateBackendKeys(version).find((k) => view.has(k));
  const value = key ? String(view.get(key)).trim() : defaultStateBackend(version);
  const name = stateBackendName(value, version);
  const prefix = backendMemoryPrefix(name);
  const managedText = view.get(`${prefix}managed`);
  const facts: StateBackendFacts = {
    name,
    value,
    explicit: key !== undefined,
    key,
    origin: key ? `${key}: ${value}` : `the default of Flink ${version}`,
    usesManagedMemory: usesManagedMemory(name),
    memoryKeyPrefix: prefix,
    memoryManaged: managedText === undefined ? true : String(managedText).toLowerCase() !== 'false',
    writeBufferRatio: doubleValue(view.get(`${prefix}write-buffer-ratio`)) ?? 0.5,
    highPrioPoolRatio: doubleValue(view.get(`${prefix}high-prio-pool-ratio`)) ?? 0.1,
  };
  const perSlot = sizeValue(view.get(`${prefix}fixed-per-slot`));
  if (perSlot !== undefined) facts.fixedPerSlot = perSlot;
  const perTm = sizeValue(view.get(`${prefix}fixed-per-tm`));
  if (perTm !== undefined) facts.fixedPerTm = perTm;
  // fixed-per-slot wins over fixed-per-tm (spec §10.4).
  if (perSlot !== undefined) facts.fixedTotal = perSlot * Math.max(slots, 1);
  else if (perTm !== undefined) facts.fixedTotal = perTm;
  const w = facts.writeBufferRatio ?? 0.5;
  facts.cacheRatioSum = (2 * w) / (3 - w) + (facts.highPrioPoolRatio ?? 0.1);
  return facts;
}

function doubleValue(value: ConfigValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  return parseJavaDouble(String(value));
}

function sizeValue(value: ConfigValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  return memoryValueFacts(valueText(value)).bytes;
}
