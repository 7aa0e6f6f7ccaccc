import { describe, expect, test } from '@jest/globals';
import { loadLinked as loadFile } from '../helpers/load.js';

const manifests = `apiVersion: v1
kind: ConfigMap
metadata:
  name: flink-config
data:
  flink-conf.yaml: |+
    jobmanager.rpc.address: flink-jobmanager

    taskmanager.memory.process.size: 1728m
    jobmanager.memory.process.size: {{ .Values.jm.size }}
  log4j.properties: |
    rootLogger.level = INFO
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: flink-taskmanager
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: taskmanager
          image: flink:1.17.2-scala_2.12
          args: ["taskmanager"]
          resources:
            limits:
              memory: 2Gi
          volumeMounts:
            - name: conf
              mountPath: /opt/flink/conf
      volumes:
        - name: conf
          configMap:
            name: flink-config
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: flink-jobmanager
spec:
  template:
    spec:
      containers:
        - name: jobmanager
          image: flink:1.17.2
          env:
            - name: FLINK_PROPERTIES
              value: |
                jobmanager.memory.process.size: 1g
          resources:
            limits:
              memory: 1500Mi
`;

describe('ConfigMap and workloads', () => {
  const { configs, problems } = loadFile('k8s/flink.yaml', manifests, {});

  test('an embedded flink-conf.yaml is read with its real lines, placeholders left unresolved', () => {
    expect(problems).toEqual([]);
    const [map] = configs;
    expect([map.kind, map.name, map.line, map.deployment]).toEqual([
      'configmap',
      'flink-config/flink-conf.yaml',
      6,
      'standalone',
    ]);
    expect(
      map.entries.map((e) => [e.key, e.location.line, e.location.column, e.unresolved ?? false]),
    ).toEqual([
      ['jobmanager.rpc.address', 7, 5, false],
      ['taskmanager.memory.process.size', 9, 5, false],
      ['jobmanager.memory.process.size', 10, 5, true],
    ]);
    expect(map.problems.map((p) => [p.code, p.location.line])).toEqual([['unresolved-template', 10]]);
  });

  test('workloads mounting the ConfigMap give its container limits, replicas and image version', () => {
    const [map] = configs;
    expect(map.container.taskmanager).toMatchObject({ bytes: 2n << 30n, location: { line: 28 } });
    expect(map.replicas).toEqual({ taskmanager: 2 });
    expect(map.processes).toEqual(['taskmanager']);
    expect(map.container.taskmanager?.source).toBe(
      'Deployment flink-taskmanager container taskmanager resources.limits.memory (k8s/flink.yaml:28), role from args taskmanager',
    );
    expect(map.flinkVersionSource).toBe(
      'image flink:1.17.2-scala_2.12 (k8s/flink.yaml:24, Deployment flink-taskmanager container taskmanager)',
    );
  });

  test('a pod that does not mount the volume into the container does not run the config', () => {
    const unmounted = manifests.replace(/ {10}volumeMounts:\n.*\n.*\n/, '');
    const [map] = loadFile('k8s/flink.yaml', unmounted, {}).configs;
    expect(map.container).toEqual({});
    expect(map.flinkVersionSource).not.toMatch(/image/);
  });

  test('a container setting FLINK_PROPERTIES is a config of its own', () => {
    const workload = configs[1];
    expect([workload.kind, workload.name, workload.processes]).toEqual([
      'kubernetes-workload',
      'flink-jobmanager/jobmanager',
      ['jobmanager'],
    ]);
    expect(workload.entries.map((e) => [e.key, e.value, e.location.line, e.location.column])).toEqual([
      ['jobmanager.memory.process.size', '1g', 50, 17],
    ]);
    expect(workload.container.jobmanager).toMatchObject({ bytes: 1500n << 20n, text: '1500Mi' });
  });
});
