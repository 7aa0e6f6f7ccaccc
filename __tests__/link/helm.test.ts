import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { untaggedFlinkImage } from '../../src/flink/index.js';
import { writeFiles } from '../helpers/action-run.js';
import { lint } from '../../src/engine/lint.js';
import type { Report } from '../../src/model/index.js';
import { loadLinked } from '../helpers/load.js';

const tree = path.resolve(import.meta.dirname, '../fixtures/trees/helm-chart');
const byFile = (report: Report, file: string) => report.configs.find((r) => r.config.file === file)!.config;

describe('Helm charts', () => {
  const report = lint({ cwd: tree, paths: ['.'], concurrency: 1 });

  test('a chart of Flink itself gives its appVersion as the version, naming its Chart.yaml', async () => {
    const config = byFile(await report, 'charts/flink/values.yaml');
    expect([config.flinkVersion, config.flinkVersionSource]).toEqual([
      '1.17',
      'Chart.yaml appVersion 1.17.2 of chart flink (charts/flink/Chart.yaml:6), the tag of flink in charts/flink/values.yaml',
    ]);
  });

  test("an application chart's appVersion is not Flink's; its flink.image and flink.imageTag are", async () => {
    const orders = byFile(await report, 'charts/orders-app/values.yaml');
    expect([orders.flinkVersion, orders.flinkVersionSource]).toEqual(['2.0', 'image apache/flink:2.0.0']);
    const reporting = byFile(await report, 'charts/reporting/values.yaml');
    expect(reporting.flinkVersionSource).not.toMatch(/appVersion|image/);
  });

  test('--flink-version still wins over the chart', async () => {
    const forced = await lint({ cwd: tree, paths: ['charts/flink'], concurrency: 1, flinkVersion: '1.19' });
    expect(byFile(forced, 'charts/flink/values.yaml').flinkVersion).toBe('1.19');
  });

  test.each([
    ['image: flink\nimageTag: "1.18.1"\n', 'image flink:1.18.1'],
    ['global:\n  imageTag: 1.19.0\nimage:\n  repository: apache/flink\n', 'image apache/flink:1.19.0'],
    ['image:\n  repository: flink\n  tag: 1.16.3-scala_2.12\n', 'image flink:1.16.3-scala_2.12'],
    ['image: flink:1.20.1-java17\n', 'image flink:1.20.1-java17'],
    ['flinkVersion: v1_18\n', 'spec.flinkVersion v1_18'],
    ['imageTag: 1.0.0\n', 'no version given: newest supported (2.3)'],
  ])('values %j give the version: %s', (head, source) => {
    const text = `${head}flinkConfiguration:\n  taskmanager.memory.process.size: 1728m\n`;
    const [config] = loadLinked('values.yaml', text).configs;
    expect(config.flinkVersionSource).toBe(source);
  });
});

describe("a chart's appVersion", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const judged = async (chart: string, values: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fml-chart-'));
    dirs.push(dir);
    writeFiles(dir, {
      'chart/Chart.yaml': chart,
      'chart/values.yaml': `${values}flinkConfiguration:\n  taskmanager.memory.process.size: 1728m\n`,
    });
    const report = await lint({ cwd: dir, paths: ['.'], concurrency: 1 });
    return byFile(report, 'chart/values.yaml');
  };

  test('is the tag of a Flink image its values name without one (helm create: tag | default .Chart.AppVersion)', async () => {
    const config = await judged(
      'apiVersion: v2\nname: streaming\nversion: 0.1.0\nappVersion: "1.19.1"\n',
      'image:\n  repository: apache/flink\n  tag: ""\n',
    );
    expect([config.flinkVersion, config.flinkVersionSource]).toEqual([
      '1.19',
      'Chart.yaml appVersion 1.19.1 of chart streaming (chart/Chart.yaml:4), the tag of apache/flink: in chart/values.yaml',
    ]);
  });

  test("is an application's own version in a chart named after Flink whose image has a tag", async () => {
    const config = await judged(
      'apiVersion: v2\nname: orders-flink\nversion: 0.1.0\nappVersion: "2.4.0"\n',
      'image:\n  repository: registry.example.com/orders-job\n',
    );
    expect(config.flinkVersionSource).not.toMatch(/appVersion/);
  });

  test.each([
    ['flink', true],
    ['apache/flink:', true],
    ['"docker.io/library/flink"', true],
    ['flink:1.18', false],
    ['flink@sha256:abc', false],
    ['orders/flink-job', false],
    ['apache/flink-kubernetes-operator', false],
  ])('%s is a Flink image without a tag: %s', (ref, expected) => {
    expect(untaggedFlinkImage(ref)).toBe(expected);
  });
});
