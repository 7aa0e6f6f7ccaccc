import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { configJson } from '../../src/report/lint-json.js';
import type { ConfigResult, Report } from '../../src/model/index.js';

const trees = path.resolve(import.meta.dirname, '../fixtures/trees');
const lintTree = (name: string, flinkVersion?: string) =>
  lint({ cwd: path.join(trees, name), paths: ['.'], concurrency: 1, flinkVersion });
const config = (report: Report, name: string): ConfigResult['config'] => {
  const found = report.configs.find((r) => r.config.name === name);
  if (!found) throw new Error(`no config ${name} in ${report.configs.map((r) => r.config.name).join(', ')}`);
  return found.config;
};

describe('a ConfigMap mounted by workloads in other files', () => {
  const report = lintTree('k8s-configmap-mount');

  test('takes the version of the images of the containers that mount it, with where they are written', async () => {
    const conf = config(await report, 'flink-config/flink-conf.yaml');
    expect(conf.flinkVersion).toBe('1.17');
    expect(conf.flinkVersionSource).toBe(
      'image flink:1.17.2-scala_2.12-java11 (k8s/jobmanager.yaml:20, Deployment flink-jobmanager container jobmanager)',
    );
  });

  test('each process gets the limit of its own container: the role from args, or from the workload name', async () => {
    const conf = config(await report, 'flink-config/flink-conf.yaml');
    expect(conf.processes).toEqual(['jobmanager', 'taskmanager']);
    expect(conf.container.jobmanager).toMatchObject({
      bytes: 2n << 30n,
      requestBytes: 1600n << 20n,
      source:
        'Deployment flink-jobmanager container jobmanager resources.limits.memory (k8s/jobmanager.yaml:29), role from args jobmanager',
    });
    // The log shipper beside it mounts nothing; the staging namespace's TaskManager is another ConfigMap's.
    expect(conf.container.taskmanager).toMatchObject({
      bytes: 3n << 30n,
      source:
        'StatefulSet flink-taskmanager container flink resources.limits.memory (k8s/taskmanager.yaml:24), role from the StatefulSet name flink-taskmanager',
    });
    expect(conf.replicas).toEqual({ jobmanager: 1, taskmanager: 3 });
  });

  test('the container rule is located on the config key and names the limit in the other file', async () => {
    const findings = (await report).findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(findings.map((f) => [f.file, f.line, f.process])).toEqual([
      ['k8s/batch/properties.yaml', 8, 'jobmanager'],
      ['k8s/configmap.yaml', 16, 'taskmanager'],
    ]);
    expect(findings[1].message).toContain('k8s/taskmanager.yaml:24');
    // The JSON report names the file of a limit written elsewhere.
    const result = (await report).configs.find((r) => r.config.name === 'flink-config/flink-conf.yaml')!;
    expect(configJson(result).container).toMatchObject({
      taskmanager: { file: 'k8s/taskmanager.yaml', line: 24, text: '3Gi' },
    });
  });

  test('FLINK_PROPERTIES read through envFrom runs in a CronJob container; standalone-job is the JobManager', async () => {
    const props = config(await report, 'batch-properties/FLINK_PROPERTIES');
    expect(props.processes).toEqual(['jobmanager']);
    expect(props.flinkVersion).toBe('1.19');
    expect(props.flinkVersionSource).toBe(
      'image apache/flink:1.19.1-java17 (k8s/batch/cronjob.yaml:14, CronJob nightly-report container flink)',
    );
    expect(props.container.jobmanager?.text).toBe('1Gi');
    expect(props.base?.source).toContain('1.19');
  });

  test('--flink-version still wins over the images', async () => {
    const conf = config(await lintTree('k8s-configmap-mount', '1.20'), 'flink-config/flink-conf.yaml');
    expect(conf.flinkVersion).toBe('1.20');
    expect(conf.container.taskmanager?.text).toBe('3Gi');
  });
});

describe('FlinkSessionJobs and the FlinkDeployment they run on', () => {
  const report = lintTree('session-job');

  test("a session job takes its deployment's version, from another file of the same namespace", async () => {
    const job = config(await report, 'clicks');
    expect(job.kind).toBe('flinksessionjob');
    expect([job.flinkVersion, job.flinkVersionSource]).toEqual([
      '1.18',
      'FlinkDeployment shared-session (cluster/session.yaml) spec.flinkVersion v1_18',
    ]);
  });

  test('a session job whose deployment is not in the tree says so once, on its deploymentName', async () => {
    const notices = (await report).notices.filter((n) => n.code === 'unlinked');
    expect(notices.map((n) => [n.location?.file, n.location?.line])).toEqual([['jobs/orphan.yaml', 7]]);
    expect(notices[0].message).toContain('retired-session');
    expect(config(await report, 'orphan').flinkVersionSource).not.toContain('FlinkDeployment');
  });
});

describe("the operator's canary FlinkDeployments", () => {
  test('are not judged, with one notice each; a label other than true is a real deployment', async () => {
    const report = await lintTree('canary');
    expect(report.configs.map((r) => r.config.name)).toEqual(['not-a-canary']);
    expect(report.notices.filter((n) => n.code === 'not-judged').map((n) => n.location?.line)).toEqual([
      2, 10,
    ]);
    expect(report.findings.filter((f) => f.line < 20)).toEqual([]);
  });
});

describe('a ConfigMap mounted by containers of two Flink versions', () => {
  const report = lintTree('k8s-two-versions');
  const judged = async () =>
    (await report).configs.filter((r) => r.config.file === 'k8s/flink-config.yaml').map((r) => r.config);

  test('is judged under each version, each named with the containers and images that say it', async () => {
    const [old, next] = await judged();
    expect([old.flinkVersion, next.flinkVersion]).toEqual(['1.17', '1.19']);
    expect(old.flinkVersionSource).toBe(
      'image flink:1.17.2-scala_2.12-java11 (k8s/jobmanager.yaml:12, Deployment flink-jobmanager container jobmanager)',
    );
    expect(next.flinkVersionSource).toBe(
      'image apache/flink:1.19.1-scala_2.12-java17 (k8s/taskmanager.yaml:37, StatefulSet flink-taskmanager-next container taskmanager)',
    );
    expect(old.contextName).toBe(
      'Deployment flink-jobmanager container jobmanager, StatefulSet flink-taskmanager container taskmanager',
    );
    expect(next.contextName).toBe('StatefulSet flink-taskmanager-next container taskmanager');
    expect(next.id).toBe(
      'k8s/flink-config.yaml#0/flink-conf.yaml@StatefulSet flink-taskmanager-next container taskmanager',
    );
  });

  test('each version gets the roles and limits of its own containers', async () => {
    const [old, next] = await judged();
    expect(old.processes).toEqual(['jobmanager', 'taskmanager']);
    expect(old.container.taskmanager?.location).toMatchObject({ file: 'k8s/taskmanager.yaml', line: 16 });
    expect(next.processes).toEqual(['taskmanager']);
    expect(next.container.taskmanager?.location).toMatchObject({ file: 'k8s/taskmanager.yaml', line: 41 });
    expect(next.replicas).toEqual({ taskmanager: 1 });
    // Both read the same lines of the ConfigMap.
    expect(next.entries.find((e) => e.key === 'taskmanager.memory.process.size')?.location.line).toBe(11);
  });
});
