import { describe, expect, test } from '@jest/globals';
import { flinkImageVersion as imageVersion } from '../../src/flink/index.js';
import { resolveFlinkVersion } from '../../src/link/index.js';

describe('the Flink version a config is judged against', () => {
  test.each([
    ['flink:1.18.1-scala_2.12', '1.18.1'],
    ['apache/flink:1.12.1-scala_2.12-java11', '1.12.1'],
    ['ghcr.io/apache/flink-docker:2.0.0-java17', '2.0.0'],
    ['registry:5000/flink:1.17', '1.17'],
    ['flink:latest', undefined],
    ['my/job:1.2.3', undefined],
    ['apache/flink-statefun:3.3.0', undefined],
    ['flink@sha256:abc', undefined],
  ])('image %s names %p', (image, version) => {
    expect(imageVersion(image)).toBe(version);
  });

  test('the strongest evidence wins and is named', () => {
    expect(
      resolveFlinkVersion(
        { specVersion: 'v1_17', images: ['flink:1.16'], format: 'none' },
        { override: '1.19' },
      ),
    ).toEqual({
      flinkVersion: '1.19',
      flinkVersionSource: '--flink-version 1.19',
    });
    expect(
      resolveFlinkVersion({ specVersion: 'v1_17', images: ['flink:1.16'], format: 'none' })
        .flinkVersionSource,
    ).toBe('spec.flinkVersion v1_17');
    expect(resolveFlinkVersion({ images: ['busybox:1.36', 'flink:1.16.3'], format: 'flink-conf' })).toEqual({
      flinkVersion: '1.16',
      flinkVersionSource: 'image flink:1.16.3',
    });
  });

  test('else the format says: flink-conf.yaml is read only up to 1.20, config.yaml by the newest', () => {
    expect(resolveFlinkVersion({ format: 'flink-conf' })).toEqual({
      flinkVersion: '1.20',
      flinkVersionSource: 'format: flink-conf.yaml is read only up to 1.20',
    });
    expect(resolveFlinkVersion({ format: 'config-yaml' }).flinkVersion).toBe('2.3');
  });

  test('versions outside the supported range are judged as the nearest one, and said so', () => {
    expect(resolveFlinkVersion({ images: ['flink:1.9.2'], format: 'flink-conf' })).toEqual({
      flinkVersion: '1.10',
      flinkVersionSource: 'image flink:1.9.2 (outside 1.10–2.3: judged as 1.10)',
    });
  });
});
