import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
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
      'Chart.yaml appVersion 1.17.2 of chart flink (charts/flink/Chart.yaml:6)',
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
