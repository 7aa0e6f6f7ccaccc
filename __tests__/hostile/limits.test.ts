import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { MAX_FILE_BYTES } from '../../src/sources/discover/discover.js';
import { readConfigYaml } from '../../src/sources/formats/config-yaml.js';
import { loadLinked as loadFile } from '../helpers/load.js';
import { parseYamlFile, YAML_LIMITS } from '../../src/sources/yaml/document.js';

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
    const over = YAML_LIMITS.maxDepth + 2;
    for (const [text, line, column] of [
      [`${'['.repeat(over)}${']'.repeat(over)}\n`, 1, YAML_LIMITS.maxDepth + 1],
      [`k:\n  ${'- '.repeat(over)}x\n`, 2, 3 + 2 * (YAML_LIMITS.maxDepth - 1)],
      [`k: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 1, 4 + YAML_LIMITS.maxDepth - 1],
      [`k: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 1, 4 + 4 * (YAML_LIMITS.maxDepth - 1)],
    ] as const) {
      const { yaml, problems } = parseYamlFile(text, 'deep.yaml');
      expect(yaml.documents).toEqual([]);
      expect(problems).toEqual([
        {
          code: 'limit',
          message: `Collections nest deeper than ${YAML_LIMITS.maxDepth} levels at line ${line}, column ${column}; the YAML document is not read`,
          location: { file: 'deep.yaml', line, column },
        },
      ]);
    }
    const { problems } = parseYamlFile(
      `k: ${'['.repeat(YAML_LIMITS.maxDepth - 1)}${']'.repeat(YAML_LIMITS.maxDepth - 1)}\n`,
      'ok.yaml',
    );
    expect(problems).toEqual([]);
  });

  it('nesting: only the deep document of a stream is left out, the others keep their place', () => {
    const deep = `x: ${'['.repeat(10_000)}\n...\n`;
    const { configs, problems } = loadFile(
      'deploy.yaml',
      [DEPLOYMENT(0), deep, DEPLOYMENT(2)].join('---\n'),
      {},
    );
    expect(configs.map((c) => [c.id, c.name])).toEqual([
      ['deploy.yaml#0', 'job-0'],
      ['deploy.yaml#2', 'job-2'],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'limit', location: expect.objectContaining({ line: 9 }) }),
    ]);
  });

  it('nesting: a 10,000-deep config.yaml is reported at its line, never a stack overflow', async () => {
    const flow = `taskmanager.memory.process.size: 2g\nnest: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const block = `taskmanager.memory.process.size: 2g\nnest:\n  ${'- '.repeat(10_000)}x\n`;
    const message = (line: number, column: number) =>
      `Collections nest deeper than ${YAML_LIMITS.maxDepth} levels at line ${line}, column ${column}; the YAML document is not read`;
    expect(readConfigYaml(flow, 'config.yaml')).toEqual({
      entries: [],
      problems: [
        {
          code: 'limit',
          message: message(2, 7 + YAML_LIMITS.maxDepth - 1),
          location: { file: 'config.yaml', line: 2, column: 70 },
        },
      ],
    });
    const embedded = loadFile(
      'flink-config.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flink-config\ndata:\n  config.yaml: |\n    ${flow.replace('\n', '\n    ')}`,
      {},
    );
    expect(embedded.configs[0].problems).toEqual([
      expect.objectContaining({
        code: 'limit',
        message: message(8, 74),
        location: expect.objectContaining({ line: 8 }),
      }),
    ]);
    const dir = tree('deep', { 'flow/config.yaml': flow, 'block/config.yaml': block });
    const report = await lint({ cwd: dir, paths: ['.'] });
    const said = [...report.notices, ...report.findings].map((n) => n.message).join('\n');
    expect(said).not.toMatch(/call stack/i);
    expect(report.notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'limit', message: message(2, 70) }),
        expect.objectContaining({ code: 'limit', message: message(3, 3 + 2 * (YAML_LIMITS.maxDepth - 1)) }),
      ]),
    );
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
