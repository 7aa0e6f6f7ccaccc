import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { upgradeConfig } from '../../src/engine/index.js';
import { deriveTaskManager, rawText } from '../../src/flink/index.js';
import { readConfigYaml, readFlinkConf } from '../../src/sources/index.js';

// Real flink-conf.yaml files (origin in SOURCES.json), upgraded to Flink 2.0: the config.yaml
// written must load, with the project's config.yaml reader (which mirrors Flink 2.x's), to the
// file's entries less the keys 2.0 no longer reads, plus their successors.
const dir = fileURLToPath(new URL('../fixtures/upgrade/', import.meta.url));
const sources = JSON.parse(readFileSync(path.join(dir, 'SOURCES.json'), 'utf8')) as Record<
  string,
  { repo: string; path: string; commit: string; license: string }
>;

function flat(entries: readonly { key: string; value: unknown }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) out.set(e.key, rawText(e.value as string));
  return out;
}

describe('upgrade --to 2.0 over real flink-conf.yaml files', () => {
  const files = Object.keys(sources);

  it('has its fixtures, each with its origin', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) expect(sources[file].repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  it.each(files)('%s becomes a config.yaml that loads to the same entries', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const result = upgradeConfig({ file: { path: sources[file].path, text }, to: '2.0' });
    const outcome = result.configs[0];
    const original = flat(readFlinkConf(text, file).entries);
    const expected = new Map(original);
    for (const key of outcome.diff.edits.remove) expected.delete(key);
    for (const [key, value] of Object.entries(outcome.diff.edits.set)) expected.set(key, value);
    const migration = outcome.migration!;
    const read = migration.ok
      ? flat(readConfigYaml(result.rewritten!.text, 'config.yaml').entries)
      : undefined;
    if (migration.ok) for (const key of migration.dropped) expected.delete(key);
    // Flink's own nesting fails only where a key is also the prefix of another: it says which.
    const nestingConflict =
      !migration.ok &&
      [...expected.keys()].some(
        (k) => k.startsWith(`${migration.key}.`) || migration.key.startsWith(`${k}.`),
      );
    expect(migration.ok || nestingConflict).toBe(true);
    expect(read && Object.fromEntries(read)).toEqual(migration.ok ? Object.fromEntries(expected) : undefined);
    // Removed keys are gone; every successor is there.
    const missing = [...outcome.diff.removed, ...outcome.diff.renamed].filter(
      (c) =>
        read && (read.has(c.key) || (c.successor && expected.has(c.successor) && !read.has(c.successor))),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the task heap and the whole managed memory exactly with --keep-sizes', () => {
    const text =
      'taskmanager.memory.process.size: 16g\ntaskmanager.numberOfTaskSlots: 3\njobmanager.memory.process.size: 1600m\n';
    const result = upgradeConfig({
      file: { path: 'conf/flink-conf.yaml', text },
      from: '1.16',
      to: '2.0',
      keepSizes: true,
    });
    const outcome = result.configs[0];
    const before = deriveTaskManager(flat(readFlinkConf(text, 'f').entries), { flinkVersion: '1.16' });
    const after = deriveTaskManager(flat(readConfigYaml(result.rewritten!.text, 'c').entries), {
      flinkVersion: '2.0',
    });
    if (!before.ok || !after.ok) throw new Error('refused');
    expect(after.memory.managed).toBe(before.memory.managed);
    expect(after.memory.taskHeap >= before.memory.taskHeap).toBe(true);
    // 1.17 lifted the 1 GiB network cap, so 2.0 needs a larger process for the same heap and managed memory.
    expect(after.memory.network > before.memory.network).toBe(true);
    expect(after.memory.totalProcess > before.memory.totalProcess).toBe(true);
    expect(outcome.diff.defaults.some((d) => d.key === 'taskmanager.memory.network.max')).toBe(true);
  });

  it('judges 1.10.0 with its own metaspace default, within its minor line', () => {
    const text = 'taskmanager.memory.process.size: 1728m\n';
    const result = upgradeConfig({
      file: { path: 'conf/flink-conf.yaml', text },
      from: '1.10.0',
      to: '1.10',
    });
    const outcome = result.configs[0];
    expect(outcome.diff.defaults).toContainEqual(
      expect.objectContaining({
        key: 'taskmanager.memory.jvm-metaspace.size',
        before: '96 mb',
        after: '256 mb',
      }),
    );
    const metaspace = (b: typeof outcome.after) =>
      b.taskmanager.ok ? b.taskmanager.memory.jvmMetaspace : undefined;
    expect(metaspace(outcome.diff.before)).toBe(96n << 20n);
    expect(metaspace(outcome.after)).toBe(256n << 20n);
    // Neither file format nor keys change within the line: the file is rewritten as it is.
    expect(result.rewritten).toEqual({ name: 'flink-conf.yaml', text });
  });
});
