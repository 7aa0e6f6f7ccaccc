import { expect } from '@jest/globals';
import { deriveConfig } from '../../src/derive/index.js';
import type { UpgradeOutcome } from '../../src/engine/index.js';
import { rawText, tryParseMemorySize } from '../../src/flink/index.js';
import { linkAlone } from '../../src/link/index.js';
import type { FlinkConfig, FlinkVersion } from '../../src/model/index.js';
import { loadFile } from '../../src/sources/index.js';

/** A value as compared: sizes as bytes. */
export function normal(key: string, value: string): string {
  const bytes = key.endsWith('.size') ? tryParseMemorySize(value) : undefined;
  return bytes === undefined ? value.trim() : `${bytes}b`;
}

/** A config's own keys (not the image's default file) as Flink reads them, placeholders as written. */
export function own(config: FlinkConfig): Map<string, string> {
  const out = new Map<string, string>();
  // Template placeholders too: the rewrite keeps them as written.
  for (const e of config.entries) out.set(e.key, normal(e.key, rawText(e.value)));
  return out;
}

/** A file loaded and linked as lint does (`to` as --flink-version, where given). */
export function load(path: string, text: string, to?: FlinkVersion): FlinkConfig[] {
  const loaded = loadFile(path, text);
  expect(loaded.problems.filter((p) => p.code === 'yaml-error')).toEqual([]);
  return linkAlone(path, loaded.configs, to ? { override: to } : {});
}

/**
 * The configs of a rewritten file, loaded again, against the upgrade: each holds its entries less
 * the removed keys plus the ones set, and the target accepts it where the upgrade said it would.
 */
export function expectRewritten(configs: readonly UpgradeOutcome[], again: readonly FlinkConfig[]): void {
  for (const outcome of configs) {
    const expected = own(outcome.config);
    for (const key of outcome.remove) expected.delete(key);
    for (const [key, value] of Object.entries(outcome.set)) expected.set(key, normal(key, value));
    // A ConfigMap's migrated file is read under its new data key.
    const name = outcome.migration
      ? outcome.config.name?.replace(/flink-conf\.yaml$/, 'config.yaml')
      : outcome.config.name;
    // A flink-conf.yaml migrated for 2.0 is read back as the config.yaml it became.
    const kind =
      outcome.migration && outcome.config.kind === 'flink-conf' ? 'config-yaml' : outcome.config.kind;
    const read = again.find((c) => c.name === name && c.kind === kind);
    expect(read).toBeDefined();
    expect(Object.fromEntries(own(read!))).toEqual(Object.fromEntries(expected));
    const breakdown = deriveConfig(read!);
    for (const process of read!.processes) expect(breakdown[process].ok).toBe(outcome.after[process].ok);
  }
}
