import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/lint.js';
import { MAX_FILE_BYTES } from '../../src/sources/discover.js';
import { loadFile } from '../../src/sources/load.js';
import { parseYamlFile, YAML_LIMITS } from '../../src/sources/yaml-document.js';

// Each limit that keeps a run bounded, reported and never a crash. The comment and summary size
// limits are tested with their renderers (__tests__/report/markdown-*.test.ts).

const DEPLOYMENT = (n: number) =>
  `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job-${n}\nspec:\n  flinkConfiguration:\n    taskmanager.memory.process.size: "2g"\n`;

describe('limits', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-limits-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function tree(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('file size: a file over the cap is a notice, not read', async () => {
    const dir = tree('size', {
      'flink-conf.yaml': `taskmanager.memory.process.size: 2g\n#${'x'.repeat(MAX_FILE_BYTES)}`,
    });
    const report = await lint({ cwd: dir, paths: ['.'] });
    expect(report.configs).toEqual([]);
    expect(report.notices).toContainEqual(
      expect.objectContaining({
        code: 'file-too-large',
        location: { file: 'flink-conf.yaml', line: 1, column: 1 },
      }),
    );
  });

  it('aliases: a document expanding more aliases than the limit is refused', () => {
    const anchors = `base: &b {taskmanager.memory.process.size: 2g}\n`;
    const uses = Array.from({ length: YAML_LIMITS.maxAliasCount + 1 }, (_, i) => `k${i}: *b`).join('\n');
    const { yaml, problems } = parseYamlFile(anchors + uses, 'a.yaml');
    expect(yaml.documents).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'yaml-error', message: expect.stringMatching(/alias/i) }),
    ]);
    const under = parseYamlFile(anchors + 'k: *b\n', 'a.yaml');
    expect(under.problems).toEqual([]);
  });

  it('nesting: a document deeper than the limit is a notice, in block and flow style', () => {
    for (const text of [
      `${'['.repeat(YAML_LIMITS.maxDepth + 2)}${']'.repeat(YAML_LIMITS.maxDepth + 2)}\n`,
      `k: ${'- '.repeat(YAML_LIMITS.maxDepth + 2)}x\n`,
      `k: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    ]) {
      const { yaml, problems } = parseYamlFile(text, 'deep.yaml');
      expect(yaml.documents).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(['limit', 'yaml-error']).toContain(problems[0].code);
    }
    const { problems } = parseYamlFile(
      `k: ${'['.repeat(YAML_LIMITS.maxDepth - 2)}${']'.repeat(YAML_LIMITS.maxDepth - 2)}\n`,
      'ok.yaml',
    );
    expect(problems).toEqual([]);
  });

  it('documents per file: only the first are read, with a notice', () => {
    const text = Array.from({ length: YAML_LIMITS.maxDocuments + 5 }, (_, i) => DEPLOYMENT(i)).join('---\n');
    const loaded = loadFile('deploy.yaml', text, {});
    expect(loaded.configs).toHaveLength(YAML_LIMITS.maxDocuments);
    expect(loaded.problems).toEqual([
      expect.objectContaining({
        code: 'limit',
        message: `The file has ${YAML_LIMITS.maxDocuments + 5} YAML documents; only the first ${YAML_LIMITS.maxDocuments} are read`,
      }),
    ]);
  });

  it('configs per run: the rest are left out with one notice naming where the cut falls', async () => {
    const dir = tree('configs', {
      'a/deploy.yaml': [1, 2, 3].map(DEPLOYMENT).join('---\n'),
      'b/deploy.yaml': DEPLOYMENT(4),
      'c/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\n',
    });
    const report = await lint({ cwd: dir, paths: ['.'], maxConfigs: 2 });
    expect(report.configs.map((r) => r.config.id)).toHaveLength(2);
    expect(report.summary.configs).toBe(2);
    expect(report.notices).toContainEqual({
      code: 'limit',
      message:
        'Only the first 2 configs are linted: 3 files from a/deploy.yaml on are left out, in whole or in part',
      location: { file: 'a/deploy.yaml', line: 1, column: 1 },
    });
    const all = await lint({ cwd: dir, paths: ['.'] });
    expect(all.configs).toHaveLength(5);
    expect(all.notices.filter((n) => n.code === 'limit')).toEqual([]);
  });
});
