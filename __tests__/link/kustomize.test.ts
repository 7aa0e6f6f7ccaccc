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

describe('Kustomize overlays with patches', () => {
  const tree = path.resolve(import.meta.dirname, '../fixtures/trees/kustomize-overlays');
  const report = lint({ cwd: tree, paths: ['.'], concurrency: 1 });
  const judged = async (file: string) =>
    (await report).configs.filter((r) => r.config.file === file).map((r) => r.config);
  const entry = (
    config: { entries: readonly { key: string; value: unknown; location: { file: string; line: number } }[] },
    key: string,
  ) => {
    const found = config.entries.find((e) => e.key === key && !('overriddenBy' in e && e.overriddenBy));
    return found && `${String(found.value)} @ ${found.location.file}:${found.location.line}`;
  };

  test('the base is judged as itself, and once more in each overlay that changes its memory', async () => {
    const configs = await judged('operator/base/flink-deployment.yaml');
    expect(configs.map((c) => c.contextName)).toEqual([
      undefined,
      'kustomize overlay operator/overlays/dev',
      'kustomize overlay operator/overlays/prod',
    ]);
    expect(configs.map((c) => c.flinkVersion)).toEqual(['1.18', '1.18', '1.18']);
    expect(configs[2].flinkVersionSource).toBe('spec.flinkVersion v1_18');
    expect(entry(configs[0], 'taskmanager.memory.process.size')).toBe(
      '2 gb @ operator/base/flink-deployment.yaml:18',
    );
  });

  test("a patch file's strategic merge and an inline JSON 6902 patch are located on the patches' lines", async () => {
    const prod = (await judged('operator/base/flink-deployment.yaml'))[2];
    expect(entry(prod, 'taskmanager.memory.process.size')).toBe(
      '8 gb @ operator/overlays/prod/taskmanager-memory.yaml:11',
    );
    expect(entry(prod, 'taskmanager.memory.managed.fraction')).toBe(
      '0.6 @ operator/overlays/prod/taskmanager-memory.yaml:8',
    );
    // The patch replaced the base's value of the same key, keeping the rest of spec.flinkConfiguration.
    expect(entry(prod, 'taskmanager.numberOfTaskSlots')).toBe(
      '4 @ operator/overlays/prod/taskmanager-memory.yaml:7',
    );
    expect(entry(prod, 'state.backend.type')).toBe('rocksdb @ operator/base/flink-deployment.yaml:10');
    expect(entry(prod, 'jobmanager.memory.process.size')).toBe(
      '2 gb @ operator/overlays/prod/kustomization.yaml:14',
    );
    expect(entry(prod, 'jobmanager.memory.jvm-overhead.max')).toBe(
      '256m @ operator/overlays/prod/kustomization.yaml:17',
    );
    expect(prod.container.taskmanager?.text).toBe('8g');
  });

  test('a patch file is judged with the resource it patches, not alone', async () => {
    expect(await judged('operator/overlays/prod/taskmanager-memory.yaml')).toEqual([]);
  });

  test("what Flink refuses in an overlay is found on the inline patch's line", async () => {
    const findings = (await report).findings.filter((f) => f.ruleId === 'derivation-failed');
    expect(findings.map((f) => `${f.file}:${f.line} ${f.process}`)).toEqual([
      'operator/overlays/dev/kustomization.yaml:17 taskmanager',
    ]);
    expect(findings[0].configId).toBe(
      'operator/base/flink-deployment.yaml#0@kustomize overlay operator/overlays/dev',
    );
  });

  test('a ConfigMap is judged with the containers an overlay patched: limit, role and replicas from the patch', async () => {
    const [base, small] = await judged('standalone/base/flink-configuration-configmap.yaml');
    expect(base.container.taskmanager?.text).toBe('1728Mi');
    expect(small.contextName).toBe('kustomize overlay standalone/overlays/small');
    expect(small.flinkVersion).toBe('1.17');
    expect(small.flinkVersionSource).toBe(
      'image flink:1.17.2-scala_2.12 (standalone/base/taskmanager-session-deployment.yaml:19, Deployment flink-taskmanager container taskmanager)',
    );
    expect(small.processes).toEqual(['taskmanager']);
    expect(small.container.taskmanager).toMatchObject({
      text: '1Gi',
      location: { file: 'standalone/overlays/small/taskmanager-limits.yaml', line: 13 },
    });
    expect(small.replicas).toEqual({ taskmanager: 4 });
    const exceeded = (await report).findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(exceeded.map((f) => `${f.file}:${f.line}`)).toEqual([
      'standalone/base/flink-configuration-configmap.yaml:15',
    ]);
    expect(exceeded[0].message).toContain('standalone/overlays/small/taskmanager-limits.yaml:13');
  });
});

describe('patch semantics', () => {
  const base =
    'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: job\nspec:\n  flinkVersion: v1_19\n  flinkConfiguration:\n    taskmanager.memory.process.size: 2g\n    jobmanager.memory.process.size: 1g\n    a/b: x\n  podTemplate:\n    spec:\n      containers:\n        - name: flink-main-container\n          resources:\n            limits:\n              memory: 3Gi\n        - name: sidecar\n          image: busybox\n';
  const run = async (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-overlay-'));
    try {
      writeFiles(root, {
        'base/kustomization.yaml': 'resources:\n  - job.yaml\n',
        'base/job.yaml': base,
        ...files,
      });
      const linted = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      return linted.configs.filter((r) => r.config.contextName?.startsWith('kustomize')).map((r) => r.config);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const keys = (config: {
    entries: readonly { key: string; value: unknown; location: { line: number } }[];
  }) => Object.fromEntries(config.entries.map((e) => [e.key, `${String(e.value)}:${e.location.line}`]));

  test('JSON 6902: remove, add with an escaped key, replace in a list by index', async () => {
    const [overlay] = await run({
      'over/kustomization.yaml':
        'resources:\n  - ../base\npatchesJson6902:\n  - target:\n      kind: FlinkDeployment\n      name: job\n    path: ops.yaml\n',
      'over/ops.yaml':
        '- op: remove\n  path: /spec/flinkConfiguration/jobmanager.memory.process.size\n- op: add\n  path: /spec/flinkConfiguration/x~1y\n  value: "1"\n- op: replace\n  path: /spec/podTemplate/spec/containers/0/resources/limits/memory\n  value: 1Gi\n- op: replace\n  path: /spec/missing/key\n  value: 1\n',
    });
    const entries = keys(overlay);
    expect(entries['jobmanager.memory.process.size']).toBeUndefined();
    expect(entries['x/y']).toBe('1:5');
    expect(entries['a/b']).toBe('x:10');
    expect(overlay.container.taskmanager).toMatchObject({
      text: '1Gi',
      location: { file: 'over/ops.yaml', line: 8 },
    });
  });

  test('strategic merge: null deletes a key, containers merge by name, $patch: delete drops one', async () => {
    const [overlay] = await run({
      'over/kustomization.yaml':
        'resources:\n  - ../base\npatches:\n  - patch: |-\n      apiVersion: flink.apache.org/v1beta1\n      kind: FlinkDeployment\n      metadata:\n        name: job\n      spec:\n        flinkConfiguration:\n          jobmanager.memory.process.size: null\n          taskmanager.memory.process.size: 4g\n        podTemplate:\n          spec:\n            containers:\n              - name: flink-main-container\n                resources:\n                  limits:\n                    memory: 5Gi\n              - name: sidecar\n                $patch: delete\n',
    });
    const entries = keys(overlay);
    expect(entries['jobmanager.memory.process.size']).toBeUndefined();
    expect(entries['taskmanager.memory.process.size']).toBe('4g:12');
    expect(overlay.podTemplateLimits?.taskmanager ?? overlay.container.taskmanager).toMatchObject({
      text: '5Gi',
    });
  });

  test.each([
    ['jo.*', '3g'],
    ['j(o|x)b', '3g'],
    ['jo', undefined],
    ['job.+', undefined],
  ])(
    'a target name pattern %j selects the FlinkDeployment job anchored, as RE2 reads it',
    async (name, size) => {
      const overlays = await run({
        'over/kustomization.yaml': `resources:\n  - ../base\npatches:\n  - target:\n      kind: FlinkDeployment\n      name: "${name}"\n    patch: |-\n      - op: replace\n        path: /spec/flinkConfiguration/taskmanager.memory.process.size\n        value: 3g\n`,
      });
      expect(overlays.map((c) => keys(c)['taskmanager.memory.process.size']?.split(':')[0])).toEqual(
        size ? [size] : [],
      );
    },
  );

  test('a patch that changes no memory makes no overlay of its own (the target name an anchored pattern)', async () => {
    expect(
      await run({
        'labels/kustomization.yaml':
          'resources:\n  - ../base\npatches:\n  - target:\n      kind: FlinkDeployment\n      name: "jo.*"\n    patch: |-\n      - op: add\n        path: /metadata/labels\n        value: {team: x}\n',
      }),
    ).toEqual([]);
  });
});

describe('configMapGenerator literals', () => {
  test('FLINK_PROPERTIES written as a literal runs in the containers that read the generated ConfigMap, located on its lines', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-literals-'));
    try {
      writeFiles(root, {
        'app/kustomization.yaml':
          'namespace: batch\nresources:\n  - job.yaml\nconfigMapGenerator:\n  - name: report-properties\n    literals:\n      - |-\n        FLINK_PROPERTIES=jobmanager.rpc.address: report\n        jobmanager.memory.process.size: 2g\n      - "LOG_LEVEL=INFO"\n',
        'app/job.yaml':
          'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  template:\n    spec:\n      containers:\n        - name: flink\n          image: flink:1.19.1-java17\n          args: ["standalone-job"]\n          envFrom:\n            - configMapRef:\n                name: report-properties\n          resources:\n            limits:\n              memory: 1Gi\n',
      });
      const linted = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      const props = linted.configs.find((r) => r.config.file === 'app/kustomization.yaml')!.config;
      expect(props.name).toBe('report-properties/FLINK_PROPERTIES');
      expect(props.flinkVersion).toBe('1.19');
      expect(props.processes).toEqual(['jobmanager']);
      expect(props.container.jobmanager?.text).toBe('1Gi');
      const size = props.entries.find((e) => e.key === 'jobmanager.memory.process.size')!;
      expect([size.value, size.location.line, size.location.column]).toEqual(['2g', 9, 9]);
      const address = props.entries.find((e) => e.key === 'jobmanager.rpc.address')!;
      expect([address.location.line, address.location.column]).toEqual([8, 26]);
      expect(linted.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toContain(
        'process-exceeds-container app/kustomization.yaml:9',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("an overlay's merging generator names the keys it replaces", () => {
    const facts = readKustomization(
      'o/kustomization.yaml',
      'resources:\n  - ../base\nconfigMapGenerator:\n  - name: flink-config\n    behavior: merge\n    files:\n      - flink-conf.yaml=prod.yaml\n    literals:\n      - LOG=1\n',
    );
    expect(facts?.overrides).toEqual([
      { name: 'flink-config', behavior: 'merge', keys: ['flink-conf.yaml', 'LOG'] },
    ]);
  });
});

describe('hostile kustomizations', () => {
  test('an overlay that lists itself, patches that name nothing, escape the tree or use a hostile pattern end quietly', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-hostile-kustomize-'));
    try {
      writeFiles(root, {
        'base/kustomization.yaml': 'resources:\n  - fd.yaml\n  - ../over\n',
        'base/fd.yaml':
          'apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: fd\nspec:\n  flinkVersion: v1_20\n  jobManager:\n    resource:\n      memory: 1g\n  taskManager:\n    resource:\n      memory: 2g\n',
        'over/kustomization.yaml': `resources:\n  - ../base\n  - .\npatches:\n  - path: ../../../etc/passwd\n  - path: /etc/passwd\n  - path: missing.yaml\n  - target:\n      kind: FlinkDeployment\n      name: "${'(a+)+'.repeat(50)}$"\n    patch: |-\n      - op: replace\n        path: /spec/taskManager/resource/memory\n        value: 1m\n  - target:\n      kind: FlinkDeployment\n    patch: |-\n      - op: move\n        from: /spec\n        path: /spec/taskManager\n      - op: add\n        path: /spec/taskManager/resource/memory\n        value: 4g\n`,
      });
      const linted = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      const contexts = linted.configs.map((r) => r.config.contextName ?? '(own)');
      expect(contexts[0]).toBe('(own)');
      // Only the last patch applies: moving a value into itself changes nothing, the add sets 4g.
      const over = linted.configs.find((r) => r.config.contextName === 'kustomize overlay over')?.config;
      expect(over?.container.taskmanager?.text).toBe('4g');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('Kustomize images', () => {
  test("an overlay's images: retags the containers that mount the ConfigMap: the version is the overlay's, located on its entry", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-images-'));
    try {
      writeFiles(root, {
        'base/kustomization.yaml': 'resources:\n  - conf.yaml\n  - tm.yaml\n',
        'base/conf.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: conf\ndata:\n  flink-conf.yaml: |\n    taskmanager.memory.process.size: 1728m\n',
        'base/tm.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: flink-taskmanager\nspec:\n  template:\n    spec:\n      containers:\n        - name: taskmanager\n          image: flink:1.16.3\n          args: [taskmanager]\n          volumeMounts:\n            - name: c\n              mountPath: /opt/flink/conf\n      volumes:\n        - name: c\n          configMap:\n            name: conf\n',
        'prod/kustomization.yaml':
          'resources:\n  - ../base\nimages:\n  - name: flink\n    newName: apache/flink\n    newTag: 1.19.1-java17\n  - name: other\n    newTag: "2"\n',
      });
      const linted = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      const [own, prod] = linted.configs
        .filter((r) => r.config.file === 'base/conf.yaml')
        .map((r) => r.config);
      expect(own.flinkVersion).toBe('1.16');
      expect(prod.contextName).toBe('kustomize overlay prod');
      expect(prod.flinkVersion).toBe('1.19');
      expect(prod.flinkVersionSource).toBe(
        'image apache/flink:1.19.1-java17 (prod/kustomization.yaml:4, Deployment flink-taskmanager container taskmanager)',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
