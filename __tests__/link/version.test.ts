import { describe, expect, test } from '@jest/globals';
import { flinkImageVersion as imageVersion } from '../../src/link/index.js';
import { resolveFlinkVersion } from '../../src/link/index.js';

describe('the Flink version a config is judged against', () => {
  test.each([
    ['flink:1.18.1-scala_2.12', '1.18.1'],
    ['apache/flink:1.12.1-scala_2.12-java11', '1.12.1'],
    ['ghcr.io/apache/flink-docker:2.0.0-java17', '2.0.0'],
    ['flink:1.17', '1.17'],
    ['flink:1.20.3', '1.20.3'],
    ['docker.io/library/flink:1.19.1-java11', '1.19.1'],
    ['bitnami/flink:1.18.1-debian-12-r0', '1.18.1'],
    ['registry.ververica.com/v2.13/flink:1.17.2-stream1-scala_2.12-java11', '1.17.2'],
    ['ververica/flink:1.13.1-stream1-scala_2.12', '1.13.1'],
    ['confluentinc/cp-flink:1.19.1-cp1-java17', '1.19.1'],
    ['localhost:5000/flink:1.16.3', '1.16.3'],
    ['123456789.dkr.ecr.eu-west-1.amazonaws.com/team/flink:1.15.4-scala_2.12', '1.15.4'],
    ['flink:1.18@sha256:0123abcd', '1.18'],
    ['flink:1.9.2-scala_2.11', '1.9.2'],
    ['"flink:1.14.3"', '1.14.3'],
    ['flink:scala_2.12-java11', undefined],
    ['flink:1', undefined],
    ['flink:1.18-SNAPSHOT', '1.18'],
    ['flink-app:1.0', undefined],
    ['myorg/flink-app:1.0', undefined],
    ['flink-kubernetes-operator:1.9', undefined],
    ['apache/flink-kubernetes-operator:1.9.0', undefined],
    ['ghcr.io/apache/flink-kubernetes-operator:1.9.0', undefined],
    ['flink-statefun:3.3.0', undefined],
    ['myorg/flink:latest', undefined],
    ['flinkjobs/wordcount:1.2', undefined],
    ['apache/flink@sha256:0123abcd', undefined],
    ['flink', undefined],
    ['my-flink:1.18', undefined],
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

  test("an application's or the operator's image names no Flink version", () => {
    expect(
      resolveFlinkVersion({
        images: ['flink-app:1.0', 'flink-kubernetes-operator:1.9', 'flink:1.17'],
        format: 'none',
      }),
    ).toEqual({ flinkVersion: '1.17', flinkVersionSource: 'image flink:1.17' });
    expect(resolveFlinkVersion({ images: ['flink-app:1.0'], format: 'flink-conf' }).flinkVersionSource).toBe(
      'format: flink-conf.yaml is read only up to 1.20',
    );
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
      versionBeforeMemoryModel: '1.9.2',
    });
  });
});
