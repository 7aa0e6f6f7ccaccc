import type { ConfigMap, FlinkVersion } from '../model/index.js';
import { effectiveOption, findOption, suppliedKey } from './options.js';
import { traitsOf } from './versions.js';

export const LEGACY_BUFFERS_KEY = 'taskmanager.network.numberOfBuffers';

/**
 * Whether a 1.x configuration sizes the network by the legacy buffer count: the count is set and
 * none of network min, max and fraction (nor their deprecated keys) is (spec §3.3).
 */
export function usesLegacyBuffers(config: ConfigMap, version: FlinkVersion): boolean {
  if (!traitsOf(version).legacyNetworkBuffers || !findOption(version, LEGACY_BUFFERS_KEY)) return false;
  if (!config.has(LEGACY_BUFFERS_KEY)) return false;
  return ['min', 'max', 'fraction'].every((part) => {
    const option = findOption(version, `taskmanager.memory.network.${part}`);
    return option !== undefined && suppliedKey(config, option) === undefined;
  });
}

/** The legacy network size, buffers × segment size; undefined where either is unreadable. */
export function legacyNetworkBytes(config: ConfigMap, version: FlinkVersion): bigint | undefined {
  const buffers = effectiveOption(config, version, LEGACY_BUFFERS_KEY);
  const segment = effectiveOption(config, version, 'taskmanager.memory.segment-size');
  if (!buffers || buffers.error || !segment || segment.error) return undefined;
  const bytes = BigInt(buffers.value as number) * (segment.value as bigint);
  return bytes >= 0n ? bytes : undefined;
}
