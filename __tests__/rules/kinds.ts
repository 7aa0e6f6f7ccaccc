/**
 * One Flink config written as a user would write it in each kind of file the linter reads, with
 * the line each key lands on, so that per-kind tests can say where a finding belongs.
 */

export type Kind = 'flink-conf' | 'config-yaml' | 'flinkdeployment' | 'configmap' | 'docker-compose' | 'helm';

export const KINDS: readonly Kind[] = [
  'flink-conf',
  'config-yaml',
  'flinkdeployment',
  'configmap',
  'docker-compose',
  'helm',
];

export interface Scenario {
  /** Flat Flink options: `taskmanager.*` go to the TaskManager, `jobmanager.*` to the JobManager. */
  config: Record<string, string>;
  /** Container memory limits (Kubernetes quantities); files without containers get them from the settings. */
  container?: Partial<Record<'taskmanager' | 'jobmanager', string>>;
  /** `major.minor`; the files name it through their image or `flinkVersion`. */
  version?: string;
  /**
   * Lines written verbatim after the config's keys (to break it: a key written twice); the first
   * lands at `at.raw`. In FLINK_PROPERTIES they go to the TaskManager's.
   */
  rawTail?: string;
  /** Memory requests (Kubernetes quantities) beside the limits, where a kind has both. */
  requests?: Partial<Record<Process, string>>;
  /** Environment of the TaskManager container (docker-compose `environment`). */
  env?: Record<string, string>;
  /** Policy parameters in the settings file (`quota: 8g`). */
  parameters?: Record<string, string>;
  /** FlinkDeployment: `spec.<process>.resource.memory` apart from the config, which keeps its process size. */
  operatorResource?: Partial<Record<Process, string | null>>;
  /** FlinkDeployment: a TaskManager pod template whose `flink-main-container` has this memory limit. */
  podTemplateLimit?: string;
}

type Process = 'taskmanager' | 'jobmanager';

export interface Rendered {
  files: Record<string, string>;
  /** `file:line` of each key (`container:taskmanager` for a limit, `file` for the config itself). */
  at: Record<string, string>;
}

const JM_KEYS = /^(jobmanager\.)/;

/** The keys of each process's own FLINK_PROPERTIES, where a kind has one per process. */
function perProcess(config: Record<string, string>) {
  const jm: Array<[string, string]> = [];
  const tm: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(config)) (JM_KEYS.test(k) ? jm : tm).push([k, v]);
  return { jm, tm };
}

class Writer {
  lines: string[] = [];
  at: Record<string, string> = {};
  constructor(readonly file: string) {}
  add(line: string, key?: string): this {
    this.lines.push(line);
    if (key) this.at[key] = `${this.file}:${this.lines.length}`;
    return this;
  }
  get text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function flat(w: Writer, config: Record<string, string>, indent: string, quote = false): void {
  for (const [k, v] of Object.entries(config)) w.add(`${indent}${k}: ${quote ? JSON.stringify(v) : v}`, k);
}

/** Nested YAML as people write `config.yaml` (`taskmanager:\n  memory:\n    process:\n      size: 4g`). */
function nested(w: Writer, config: Record<string, string>, indent: string): void {
  type Tree = { [part: string]: Tree | string };
  const root: Tree = {};
  for (const [k, v] of Object.entries(config)) {
    const parts = k.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts[parts.length - 1]] = v;
  }
  const emit = (node: Tree, depth: number, prefix: string) => {
    for (const [part, value] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${part}` : part;
      const pad = indent + '  '.repeat(depth);
      if (typeof value === 'string') w.add(`${pad}${part}: ${value}`, key);
      else {
        w.add(`${pad}${part}:`);
        emit(value, depth + 1, key);
      }
    }
  };
  emit(root, 0, '');
}

function tail(w: Writer, text: string | undefined, indent: string): void {
  text?.split('\n').forEach((line, i) => w.add(`${indent}${line}`, i === 0 ? 'raw' : undefined));
}

function imageTag(version: string): string {
  return `flink:${version}.0-java17`;
}

export function render(kind: Kind, s: Scenario): Rendered {
  const version = s.version ?? (kind === 'config-yaml' ? '2.0' : '1.20');
  const { jm, tm } = perProcess(s.config);
  const files: Record<string, string> = {};
  let at: Record<string, string> = {};
  /**
   * The settings file: files without images or containers (a bare flink-conf.yaml or config.yaml)
   * get their version and container limits from it, as users give them; every kind gets parameters.
   */
  const settings = (context: boolean) => {
    const lines: string[] = [];
    if (context && s.version) lines.push(`flinkVersion: "${s.version}"`);
    const limits = context ? Object.entries(s.container ?? {}) : [];
    if (limits.length > 0 || s.parameters) lines.push('parameters:');
    for (const [name, value] of Object.entries(s.parameters ?? {})) lines.push(`  ${name}: ${value}`);
    if (limits.length > 0) lines.push('  containerMemory:');
    for (const [p, q] of limits) lines.push(`    ${p}: ${q}`);
    if (lines.length > 0) files['.flink-memory-lint.yaml'] = `${lines.join('\n')}\n`;
  };
  switch (kind) {
    case 'flink-conf': {
      const w = new Writer('conf/flink-conf.yaml');
      w.add('jobmanager.rpc.address: flink-jobmanager');
      flat(w, s.config, '');
      tail(w, s.rawTail, '');
      files[w.file] = w.text;
      at = { ...w.at, file: `${w.file}:1` };
      settings(true);
      break;
    }
    case 'config-yaml': {
      const w = new Writer('conf/config.yaml');
      w.add('# Flink configuration');
      nested(w, s.config, '');
      tail(w, s.rawTail, '');
      files[w.file] = w.text;
      at = { ...w.at, file: `${w.file}:1` };
      settings(true);
      break;
    }
    case 'flinkdeployment': {
      const w = new Writer('k8s/job.yaml');
      w.add('apiVersion: flink.apache.org/v1beta1').add('kind: FlinkDeployment').add('metadata:');
      w.add('  name: orders')
        .add('spec:')
        .add(`  image: ${imageTag(version)}`);
      w.add(`  flinkVersion: v${version.replace('.', '_')}`).add('  flinkConfiguration:');
      // The operator sizes each process from its resource memory: the config's process sizes move there.
      const resource = (name: Process): string | null =>
        s.operatorResource && name in s.operatorResource
          ? (s.operatorResource[name] ?? null)
          : (s.config[`${name}.memory.process.size`] ?? (name === 'jobmanager' ? '1600m' : '4g'));
      const conf = Object.fromEntries(
        Object.entries(s.config).filter(
          ([k]) => s.operatorResource !== undefined || !/memory\.process\.size$/.test(k),
        ),
      );
      flat(w, conf, '    ', true);
      w.add('  serviceAccount: flink');
      for (const [spec, name] of [
        ['jobManager', 'jobmanager'],
        ['taskManager', 'taskmanager'],
      ] as const) {
        w.add(`  ${spec}:`).add('    resource:');
        const memory = resource(name);
        if (memory !== null) w.add(`      memory: ${memory}`, `container:${name}`);
        w.add('      cpu: 1');
        if (name === 'taskmanager' && s.podTemplateLimit) {
          w.add('    podTemplate:').add('      spec:').add('        containers:');
          w.add('          - name: flink-main-container').add('            resources:');
          w.add('              limits:').add(`                memory: ${s.podTemplateLimit}`, 'podTemplate');
        }
      }
      w.add('  job:')
        .add('    jarURI: local:///opt/flink/usrlib/orders.jar')
        .add('    upgradeMode: savepoint');
      files[w.file] = w.text;
      at = { ...w.at, file: `${w.file}:1` };
      if (!s.operatorResource)
        for (const name of ['jobmanager', 'taskmanager'])
          at[`${name}.memory.process.size`] = at[`container:${name}`];
      settings(false);
      break;
    }
    case 'configmap': {
      const w = new Writer('k8s/flink.yaml');
      const legacy = Number(version.split('.')[0]) < 2;
      const data = legacy ? 'flink-conf.yaml' : 'config.yaml';
      w.add('apiVersion: v1')
        .add('kind: ConfigMap')
        .add('metadata:')
        .add('  name: flink-config')
        .add('data:');
      w.add(`  ${data}: |`);
      const start = w.lines.length + 1;
      w.add('    jobmanager.rpc.address: flink-jobmanager');
      if (legacy) flat(w, s.config, '    ');
      else nested(w, s.config, '    ');
      tail(w, s.rawTail, '    ');
      for (const [name, role] of [
        ['flink-jobmanager', 'jobmanager'],
        ['flink-taskmanager', 'taskmanager'],
      ] as const) {
        w.add('---')
          .add('apiVersion: apps/v1')
          .add('kind: Deployment')
          .add('metadata:')
          .add(`  name: ${name}`);
        w.add('spec:')
          .add('  template:')
          .add('    spec:')
          .add('      containers:')
          .add(`        - name: ${role}`);
        w.add(`          image: ${imageTag(version)}`).add(`          args: ["${role}"]`);
        const limit = s.container?.[role];
        const request = s.requests?.[role];
        if (limit || request) w.add('          resources:');
        if (request)
          w.add('            requests:').add(`              memory: ${request}`, `request:${role}`);
        if (limit) w.add('            limits:').add(`              memory: ${limit}`, `container:${role}`);
        w.add('          volumeMounts:')
          .add('            - name: flink-config-volume')
          .add('              mountPath: /opt/flink/conf/');
        w.add('      volumes:')
          .add('        - name: flink-config-volume')
          .add('          configMap:')
          .add('            name: flink-config');
      }
      files[w.file] = w.text;
      at = { ...w.at, file: `${w.file}:${start}` };
      settings(false);
      break;
    }
    case 'docker-compose': {
      const w = new Writer('docker-compose.yml');
      w.add('services:');
      for (const [role, keys] of [
        ['jobmanager', jm],
        ['taskmanager', tm],
      ] as const) {
        w.add(`  ${role}:`, `service:${role}`)
          .add(`    image: ${imageTag(version)}`)
          .add(`    command: ${role}`);
        const limit = s.container?.[role];
        if (limit) w.add(`    mem_limit: ${limit.replace(/i$/, '').toLowerCase()}`, `container:${role}`);
        w.add('    environment:');
        if (role === 'taskmanager')
          for (const [name, value] of Object.entries(s.env ?? {}))
            w.add(`      ${name}: ${JSON.stringify(value)}`, `env:${name}`);
        w.add('      FLINK_PROPERTIES: |').add('        jobmanager.rpc.address: jobmanager');
        flat(w, Object.fromEntries(keys), '        ');
        if (role === 'taskmanager') tail(w, s.rawTail, '        ');
      }
      files[w.file] = w.text;
      at = w.at;
      settings(false);
      break;
    }
    case 'helm': {
      files['charts/flink/Chart.yaml'] =
        `apiVersion: v2\nname: flink\nversion: 0.1.0\nappVersion: "${version}.0"\n`;
      const w = new Writer('charts/flink/values.yaml');
      w.add('image:').add('  repository: flink').add(`  tag: ${version}.0-java17`);
      for (const [role, keys] of [
        ['jobmanager', jm],
        ['taskmanager', tm],
      ] as const) {
        w.add('').add(`${role}:`);
        const limit = s.container?.[role];
        const request = s.requests?.[role];
        if (limit || request) w.add('  resources:');
        if (request) w.add('    requests:').add(`      memory: ${request}`, `request:${role}`);
        if (limit) w.add('    limits:').add(`      memory: ${limit}`, `container:${role}`);
        w.add('  env:').add('    - name: FLINK_PROPERTIES').add('      value: |');
        flat(w, Object.fromEntries(keys), '        ');
        if (role === 'taskmanager') tail(w, s.rawTail, '        ');
      }
      files[w.file] = w.text;
      at = w.at;
      settings(false);
      break;
    }
  }
  return { files, at };
}
