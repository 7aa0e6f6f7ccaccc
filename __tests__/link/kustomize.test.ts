import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { readKustomization } from '../../src/sources/formats/kustomization.js';
import { writeFiles } from '../helpers/action-run.js';

const tree = path.resolve(import.meta.dirname, '../fixtures/trees/kustomize');

describe('Kustomize', () => {
  const report = lint({ cwd: tree, paths: ['.'], concurrency: 1 });
  const config = async (file: string) => (await report).configs.find((r) => r.config.file === file)!.config;

  test("a configMapGenerator's file runs in the base's containers that mount the generated ConfigMap", async () => {
    const base = await config('base/conf/flink-conf.yaml');
    expect(base.flinkVersion).toBe('1.18');
    expect(base.container.taskmanager?.source).toBe(
      'Deployment flink-taskmanager container taskmanager resources.limits.memory (base/taskmanager.yaml:15), role from args taskmanager',
    );
    expect(base.replicas).toEqual({ taskmanager: 2 });
  });

  test("an overlay's replacing generator runs in the base's containers, in the overlay's namespace", async () => {
    const prod = await config('overlays/prod/flink-conf-prod.yaml');
    expect(prod.container.taskmanager?.text).toBe('1728Mi');
    const findings = (await report).findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['overlays/prod/flink-conf-prod.yaml:5']);
    expect(findings[0].message).toContain('base/taskmanager.yaml:15');
  });

  test('paths leaving the tree name no file; nothing outside it is read', () => {
    const facts = readKustomization(
      'overlays/staging/kustomization.yaml',
      'namespace: x\nresources:\n  - ../../base\n  - ../../../../outside.yaml\n  - /etc/passwd\n  - https://example.com/r.yaml\nconfigMapGenerator:\n  - name: c\n    files:\n      - flink-conf.yaml=../../../../../etc/flink-conf.yaml\n      - conf/flink-conf.yaml\n',
    );
    expect(facts).toEqual({
      namespace: 'x',
      resources: ['base'],
      generated: [
        {
          name: 'c',
          key: 'flink-conf.yaml',
          path: 'overlays/staging/conf/flink-conf.yaml',
          location: expect.objectContaining({ line: 11 }),
        },
      ],
    });
  });

  test('kustomizations that include each other end, and still link', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-kustomize-'));
    try {
      writeFiles(root, {
        'a/kustomization.yaml':
          'namespace: a\nresources:\n  - ../b\nconfigMapGenerator:\n  - name: conf\n    files:\n      - flink-conf.yaml\n',
        'a/flink-conf.yaml': 'taskmanager.memory.process.size: 2g\njobmanager.memory.process.size: 1g\n',
        'b/kustomization.yaml': 'namespace: b\nresources:\n  - ../a\n  - tm.yaml\n',
        'b/tm.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tm\nspec:\n  template:\n    spec:\n      containers:\n        - name: taskmanager\n          resources:\n            limits:\n              memory: 1Gi\n          volumeMounts:\n            - name: c\n              mountPath: /opt/flink/conf\n      volumes:\n        - name: c\n          configMap:\n            name: conf\n',
      });
      const looped = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      const conf = looped.configs.find((r) => r.config.file === 'a/flink-conf.yaml')!.config;
      expect(conf.container.taskmanager?.text).toBe('1Gi');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
