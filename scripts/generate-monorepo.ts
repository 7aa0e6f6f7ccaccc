// Writes a deterministic synthetic monorepo for benchmarks: Flink configs of every kind mixed with
// unrelated YAML, JSON and source files, in nested service folders, as real repositories are laid out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Mulberry32: a tiny seeded generator, so every run writes the same tree. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Maker = (n: number, pick: <T>(xs: readonly T[]) => T) => { path: string; text: string };

const sizes = ['1024m', '1728m', '2g', '4096m', '8g', '16g'] as const;
const versions = ['1.17', '1.18', '1.19', '1.20', '2.0', '2.1'] as const;

const flinkConf: Maker = (n, pick) => ({
  path: `services/svc-${n}/conf/flink-conf.yaml`,
  text: [
    '# Flink configuration',
    'jobmanager.rpc.address: jobmanager',
    `jobmanager.memory.process.size: ${pick(sizes)}`,
    `taskmanager.memory.process.size: ${pick(sizes)}`,
    `taskmanager.numberOfTaskSlots: ${pick([1, 2, 4, 8])}`,
    `state.backend.type: ${pick(['hashmap', 'rocksdb'])}`,
    'parallelism.default: 2',
    '',
  ].join('\n'),
});

const configYaml: Maker = (n, pick) => ({
  path: `services/svc-${n}/flink/config.yaml`,
  text: [
    'jobmanager:',
    '  memory:',
    `    process.size: ${pick(sizes)}`,
    'taskmanager:',
    `  numberOfTaskSlots: ${pick([1, 2, 4])}`,
    '  memory:',
    `    process.size: ${pick(sizes)}`,
    `    managed.fraction: ${pick(['0.4', '0.2', '0.0'])}`,
    '',
  ].join('\n'),
});

const flinkDeployment: Maker = (n, pick) => ({
  path: `deploy/k8s/job-${n}/flinkdeployment.yaml`,
  text: [
    'apiVersion: flink.apache.org/v1beta1',
    'kind: FlinkDeployment',
    'metadata:',
    `  name: job-${n}`,
    'spec:',
    `  image: flink:${pick(versions)}`,
    `  flinkVersion: v${pick(versions).replace('.', '_')}`,
    '  flinkConfiguration:',
    `    taskmanager.numberOfTaskSlots: "${pick([1, 2, 4])}"`,
    `    state.backend.type: ${pick(['hashmap', 'rocksdb'])}`,
    '  jobManager:',
    '    resource:',
    `      memory: "${pick(['1024m', '2048m', '2Gi'])}"`,
    '      cpu: 1',
    '  taskManager:',
    '    resource:',
    `      memory: "${pick(['2048m', '4096m', '4Gi'])}"`,
    '      cpu: 2',
    '  job:',
    `    jarURI: local:///opt/flink/usrlib/job-${n}.jar`,
    '    parallelism: 2',
    '',
  ].join('\n'),
});

const configMap: Maker = (n, pick) => ({
  path: `deploy/k8s/session-${n}/configmap.yaml`,
  text: [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: flink-config-${n}`,
    'data:',
    '  flink-conf.yaml: |+',
    '    jobmanager.rpc.address: flink-jobmanager',
    `    taskmanager.numberOfTaskSlots: ${pick([1, 2, 4])}`,
    `    jobmanager.memory.process.size: ${pick(sizes)}`,
    `    taskmanager.memory.process.size: ${pick(sizes)}`,
    '  log4j-console.properties: |+',
    '    rootLogger.level = INFO',
    '',
  ].join('\n'),
});

const compose: Maker = (n, pick) => ({
  path: `local/stack-${n}/docker-compose.yml`,
  text: [
    'services:',
    '  jobmanager:',
    `    image: flink:${pick(versions)}-scala_2.12`,
    '    command: jobmanager',
    '    environment:',
    '      - |',
    '        FLINK_PROPERTIES=',
    '        jobmanager.rpc.address: jobmanager',
    `        jobmanager.memory.process.size: ${pick(sizes)}`,
    '  taskmanager:',
    `    image: flink:${pick(versions)}-scala_2.12`,
    '    command: taskmanager',
    `    mem_limit: ${pick(['2g', '4g', '8g'])}`,
    '    environment:',
    '      - |',
    '        FLINK_PROPERTIES=',
    '        jobmanager.rpc.address: jobmanager',
    `        taskmanager.memory.process.size: ${pick(sizes)}`,
    '',
  ].join('\n'),
});

const helmValues: Maker = (n, pick) => ({
  path: `charts/flink-${n}/values.yaml`,
  text: [
    'image:',
    '  repository: flink',
    `  tag: "${pick(versions)}"`,
    'flinkConfiguration:',
    `  taskmanager.memory.process.size: ${pick(sizes)}`,
    `  taskmanager.numberOfTaskSlots: "${pick([1, 2, 4])}"`,
    'resources:',
    '  limits:',
    `    memory: ${pick(['2Gi', '4Gi'])}`,
    '',
  ].join('\n'),
});

const k8sService: Maker = (n) => ({
  path: `deploy/k8s/web-${n}/service.yaml`,
  text: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${n}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n  selector:\n    app: web-${n}\n`,
});

const workflow: Maker = (n) => ({
  path: `tools/ci-${n}/workflow.yml`,
  text: `name: build\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test-${n}\n`,
});

const otherYaml: Maker = (n, pick) => ({
  path: `apps/app-${n}/application.yml`,
  text: `server:\n  port: ${8000 + (n % 1000)}\nspring:\n  datasource:\n    url: jdbc:postgresql://db/app${n}\ncache:\n  memory: ${pick(['512m', '1g'])}\n`,
});

const json: Maker = (n) => ({
  path: `apps/app-${n}/package.json`,
  text: JSON.stringify({ name: `app-${n}`, version: '1.0.0', dependencies: { left: '^1.0.0' } }, null, 2),
});

const source: Maker = (n, pick) => {
  const ext = pick(['ts', 'java', 'py', 'go'] as const);
  return {
    path: `apps/app-${n}/src/main-${n}.${ext}`,
    text: `// service ${n}\n`.repeat(40),
  };
};

const FLINK_MAKERS: readonly Maker[] = [
  flinkConf,
  configYaml,
  flinkDeployment,
  configMap,
  compose,
  helmValues,
];

/** The mix: about a quarter Flink configs, the rest what else a monorepo holds. */
const MIX: readonly [Maker, number][] = [
  [flinkConf, 6],
  [configYaml, 4],
  [flinkDeployment, 6],
  [configMap, 3],
  [compose, 3],
  [helmValues, 3],
  [k8sService, 10],
  [workflow, 5],
  [otherYaml, 15],
  [json, 15],
  [source, 30],
];

/** `flinkShare` scales the Flink configs' weights: 0.1 writes a tree with a tenth as many. */
export function generateMonorepo(root: string, files: number, seed = 42, flinkShare = 1): void {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const mix = MIX.map(([maker, w]) => [maker, FLINK_MAKERS.includes(maker) ? w * flinkShare : w] as const);
  const total = mix.reduce((sum, [, w]) => sum + w, 0);
  for (let n = 0; n < files; n++) {
    let r = next() * total;
    const maker = mix.find(([, w]) => (r -= w) < 0)?.[0] ?? source;
    const { path, text } = maker(n, pick);
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
