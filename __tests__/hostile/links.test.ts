import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { isPlaceholder } from '../../src/sources/yaml/document.js';
import { writeFiles } from '../helpers/action-run.js';

// What the link stage is given by hostile files: names and paths are compared, never read.

describe('links under hostile input', () => {
  it('reads nothing outside the tree whatever a kustomization, a ConfigMap or a chart names', async () => {
    const outer = mkdtempSync(path.join(os.tmpdir(), 'fml-links-'));
    try {
      const braces = '{{'.repeat(80_000);
      writeFiles(outer, {
        // Would give findings if read: it is outside the linted tree.
        'secret/flink-conf.yaml': 'taskmanager.memory.process.size: 100m\n',
        'repo/kustomization.yaml': `namespace: x\nresources:\n  - ../secret/flink-conf.yaml\n  - /etc/passwd\nconfigMapGenerator:\n  - name: conf\n    files:\n      - flink-conf.yaml=../secret/flink-conf.yaml\n      - /etc/hostname\n# ${braces}\n`,
        'repo/Chart.yaml': `name: flink\nappVersion: "{{ .Values.x }}"\ndescription: ${braces}\n`,
        'repo/values.yaml': `image: flink\nimageTag: "${braces}"\nflinkConfiguration:\n  taskmanager.memory.process.size: 1728m\n`,
        'repo/k8s/tm.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tm\n  namespace: "../../secret"\nspec:\n  template:\n    spec:\n      containers:\n        - name: taskmanager\n          image: flink:1.18\n          resources:\n            limits:\n              memory: 1Gi\n          volumeMounts:\n            - name: c\n              mountPath: /opt/flink/conf\n      volumes:\n        - name: c\n          configMap:\n            name: ../secret/flink-conf.yaml\n',
      });
      const started = Date.now();
      const report = await lint({ cwd: path.join(outer, 'repo'), paths: ['.'], concurrency: 1 });
      // Linear in the text: unclosed `{{` are not tried one by one against the rest.
      expect(Date.now() - started).toBeLessThan(8_000);
      const files = [
        ...report.configs.map((r) => r.config.file),
        ...report.findings.map((f) => f.file),
        ...report.notices.flatMap((n) => (n.location ? [n.location.file] : [])),
        ...report.configs.flatMap((r) =>
          Object.values(r.config.container).map((l) => l.location?.file ?? ''),
        ),
      ];
      for (const file of files) expect(file.startsWith('..') || path.isAbsolute(file)).toBe(false);
      expect(report.configs.map((r) => r.config.file)).toEqual(['values.yaml']);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // A placeholder appVersion and a tag of braces are no version.
      expect(report.configs[0].config.flinkVersionSource).not.toMatch(/appVersion|image/);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  it('a placeholder is what the lazy pattern found, in time linear in the text', () => {
    const lazy = /\{\{.*?\}\}|\$\{[^}]*\}|%[A-Z][A-Z0-9_]*%/;
    const samples = [
      '{{ .Values.x }}',
      'a {{ b\n}} c',
      'a {{ b\r\n c }}',
      '{{\u2028}}',
      '{{ x }} {{',
      '{{ {{ }}',
      '${VAR}',
      '${ x\n }',
      '$ {x}',
      '%HOME%',
      '%home%',
      '}} {{',
      'x\n{{y}}',
      '{{}',
      '',
    ];
    for (const text of samples) expect([text, isPlaceholder(text)]).toEqual([text, lazy.test(text)]);
    const started = Date.now();
    expect(isPlaceholder(`${'{{\n'.repeat(50_000)}}}`)).toBe(false);
    expect(isPlaceholder('${'.repeat(100_000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
