import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../src/engine/lint.js';
import type { ConfigKind, Report } from '../src/model/index.js';
import { isMemoryKey } from '../src/flink/memory-keys.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

interface ManifestEntry {
  file: string;
  repo: string;
  path: string;
  kind: ConfigKind | 'other';
  notes: string;
}

/** Where the manifest's flattened file lives in a laid-out tree: `<owner>__<repo>/<path>`. */
function treePath(entry: ManifestEntry): string {
  const flat = entry.path.split('/').join('__');
  return `${entry.file.slice(0, entry.file.length - flat.length - 2)}/${entry.path}`;
}

/** The `keys: a=1; b=2` part of the notes (a trailing `...` cut is dropped). */
function noteKeys(notes: string): [string, string][] {
  const part = notes.split(' | ').find((p) => p.startsWith('keys: '));
  if (!part) return [];
  return part
    .slice('keys: '.length)
    .split('; ')
    .filter((kv) => !kv.endsWith('...') && kv.includes('='))
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]);
}

function resourceMemoryValues(notes: string): string[] {
  const part = notes.split(' | ').find((p) => p.startsWith('resource memory values: '));
  return part ? part.slice('resource memory values: '.length).split(', ') : [];
}

/** 1-based lines of a file where a key (flat, or its last segment under nesting) is set to a value. */
function linesSetting(text: string, key: string, value: string): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const leaf = key.split('.').pop()!;
  const hits = (needle: (l: string) => boolean) =>
    lines.flatMap((l, i) => (needle(l.replace(/#.*$/, '')) ? [i + 1] : []));
  const flat = hits((l) => l.includes(`${key}:`) || l.includes(`${key}=`) || l.includes(`"${key}"`));
  return flat.length > 0
    ? flat
    : hits((l) =>
        new RegExp(`(^|\\s)${leaf}:\\s*["']?${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(l),
      );
}

const available = existsSync(path.join(corpus, 'MANIFEST.json'));
if (!available) console.log(`corpus suite skipped: ${corpus} not found`);

(available ? describe : describe.skip)('the real-world corpus laid out at its original paths', () => {
  const manifest = available
    ? (JSON.parse(readFileSync(path.join(corpus, 'MANIFEST.json'), 'utf8')) as ManifestEntry[])
    : [];
  let root: string;
  let report: Report;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'fml-corpus-'));
    for (const entry of manifest) {
      const target = path.join(root, treePath(entry));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(corpus, 'files', entry.file), target);
    }
    report = await lint({ cwd: root, paths: ['.'] });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const setsMemory = (e: ManifestEntry) =>
    noteKeys(e.notes).some(([k]) => isMemoryKey(k)) ||
    ((e.kind === 'flinkdeployment' || e.kind === 'flinksessionjob') &&
      resourceMemoryValues(e.notes).length > 0);

  test('every file is read without a crash', () => {
    // Every file is looked at: a Helm `.tpl` helper too, for the `define`s its chart's templates include.
    expect(report.summary.files).toBe(manifest.length);
    expect(report.notices.filter((n) => n.code === 'unreadable')).toEqual([]);
    for (const finding of report.findings) expect(finding.line).toBeGreaterThan(0);
  });

  test.each(
    manifest.filter((e) => e.kind !== 'other' && setsMemory(e)).map((e) => [treePath(e), e] as const),
  )('%s is found with its kind and the lines of its memory keys', (file, entry) => {
    const configs = report.configs
      .map((r) => r.config)
      .filter((c) => c.file === file && c.kind === entry.kind);
    expect(configs.length).toBeGreaterThan(0);
    const text = readFileSync(path.join(root, file), 'utf8');
    const entries = configs.flatMap((c) => c.entries);
    for (const [key, value] of noteKeys(entry.notes).filter(([k]) => isMemoryKey(k))) {
      const expected = linesSetting(text, key, value);
      expect(expected.length).toBeGreaterThan(0);
      const lines = entries.filter((e) => e.key === key).map((e) => e.location.line);
      expect({ key, lines: lines.filter((l) => expected.includes(l)).length > 0 ? 'found' : lines }).toEqual({
        key,
        lines: 'found',
      });
    }
    const resourceValues = entry.kind === 'flinkdeployment' ? resourceMemoryValues(entry.notes) : [];
    const lines = text.split(/\r\n|\n|\r/);
    const operator = entries.filter((e) => e.origin === 'operator' && e.key.endsWith('.memory.process.size'));
    const limits = configs.flatMap((c) => Object.values(c.container));
    const at = [...operator.map((e) => e.location.line), ...limits.map((l) => l.location?.line ?? 0)];
    const located = resourceValues.filter((value) => at.some((l) => lines[l - 1].includes(value)));
    // Every resource memory is located; a pod template's request (not a limit) is not a Flink value.
    const required = resourceValues.length === 0 ? 0 : operator.length > 0 ? resourceValues.length : 1;
    expect(located.length).toBeGreaterThanOrEqual(required);
  });

  test('configs that only look like Flink configs are not reported', () => {
    const traps = manifest.filter(
      (e) =>
        e.notes.includes('FALSE-POSITIVE') ||
        (e.repo === 'nextbreakpoint/flink-k8s-toolbox' && e.path.includes('integration/')),
    );
    expect(traps.length).toBeGreaterThanOrEqual(2);
    for (const trap of traps) {
      expect(
        report.configs.filter((r) => r.config.file === treePath(trap)).map((r) => r.config.kind),
      ).toEqual([]);
    }
  });

  test('a FlinkDeployment with resource.memory 2048m has a 2 GiB process whatever flinkConfiguration says', () => {
    const basic = report.configs.find((r) =>
      r.config.file.endsWith('flink-kubernetes-operator/examples/basic.yaml'),
    )!;
    expect(basic.breakdown.taskmanager.ok && basic.breakdown.taskmanager.memory.totalProcess).toBe(
      2048n << 20n,
    );
    expect(basic.config.flinkVersionSource).toBe('spec.flinkVersion v2_2');
  });
});
