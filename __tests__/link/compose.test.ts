import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import type { ConfigResult, Report } from '../../src/model/index.js';
import { writeFiles } from '../helpers/action-run.js';

const trees = path.resolve(import.meta.dirname, '../fixtures/trees');
const lintTree = (name: string, flinkVersion?: string) =>
  lint({ cwd: path.join(trees, name), paths: ['.'], ...(flinkVersion ? { flinkVersion } : {}) });

function configsOf(report: Report, file: string): ConfigResult[] {
  return report.configs.filter((r) => r.config.file === file);
}

/** What the link stage gave a config, in a form a test can compare. */
function context({ config }: ConfigResult) {
  return {
    version: config.flinkVersion,
    source: config.flinkVersionSource,
    containers: (config.linkedContainers ?? []).map((c) => ({
      name: c.name,
      role: c.role,
      image: c.image,
      limit:
        c.limit &&
        `${c.limit.bytes} ${c.limit.evidence.file}:${c.limit.evidence.line} ${c.limit.evidence.text}`,
      via: c.via && `${c.via.file}:${c.via.line}`,
    })),
    limits: Object.fromEntries(
      Object.entries(config.container).map(([p, l]) => [p, `${l.bytes} ${l.source}`]),
    ),
  };
}

describe('a config mounted into compose services', () => {
  let report: Report;
  beforeAll(async () => (report = await lintTree('compose-mounted')));

  test('takes the services’ Flink version, roles and limits, each with its line', () => {
    const [conf, ...others] = configsOf(report, 'conf/flink-conf.yaml');
    expect(others).toEqual([]);
    expect(context(conf)).toEqual({
      version: '1.17',
      source: 'docker-compose.yml:4 image: flink:1.17.1-scala_2.12-java11',
      containers: [
        {
          name: 'jobmanager',
          role: 'jobmanager',
          image: 'flink:1.17.1-scala_2.12-java11',
          limit: `${512n << 20n} docker-compose.yml:8 mem_limit`,
          via: 'docker-compose.yml:10',
        },
        {
          name: 'taskmanager',
          role: 'taskmanager',
          image: 'flink:1.17.1-scala_2.12-java11',
          limit: `${1024n << 20n} docker-compose.yml:16 mem_limit`,
          via: 'docker-compose.yml:18',
        },
      ],
      limits: {
        jobmanager: `${512n << 20n} docker-compose.yml:8 mem_limit`,
        taskmanager: `${1024n << 20n} docker-compose.yml:16 mem_limit`,
      },
    });
  });

  test('both processes exceed their containers: errors on the config keys, naming the limit’s file and line', () => {
    const errors = report.findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(errors.map((f) => [f.severity, `${f.file}:${f.line}`, f.process])).toEqual([
      ['error', 'conf/flink-conf.yaml:2', 'jobmanager'],
      ['error', 'conf/flink-conf.yaml:3', 'taskmanager'],
    ]);
    expect(errors[0].message).toContain('from docker-compose.yml:8 mem_limit');
    expect(errors[1].message).toContain('from docker-compose.yml:16 mem_limit');
  });

  test('--flink-version still decides the version; the containers stay', async () => {
    const forced = await lintTree('compose-mounted', '1.19');
    const [conf] = configsOf(forced, 'conf/flink-conf.yaml');
    expect(conf.config.flinkVersion).toBe('1.19');
    expect(Object.keys(conf.config.container).sort()).toEqual(['jobmanager', 'taskmanager']);
  });
});

describe('services built from a Dockerfile', () => {
  let report: Report;
  beforeAll(async () => (report = await lintTree('compose-build')));

  test('the mounted config runs the Flink version the build resolves (build args over ARG defaults)', () => {
    const [conf, ...others] = configsOf(report, 'flink/conf/flink-conf.yaml');
    expect(others).toEqual([]);
    const c = context(conf);
    expect(c.version).toBe('1.20');
    expect(c.source).toBe(
      'flink/Dockerfile:2 FROM flink:${FLINK_VERSION}-scala_2.12-java17 with compose.yaml:2 build args FLINK_VERSION=1.20.3',
    );
    // standalone-job runs the JobManager only (StandaloneApplicationClusterEntryPoint): TaskManagers are their own services.
    expect(c.containers.map((x) => [x.name, x.role])).toEqual([
      ['jobmanager', 'jobmanager'],
      ['taskmanager', 'taskmanager'],
    ]);
    expect(c.limits).toEqual({
      jobmanager: `${2n << 30n} compose.yaml:13 deploy.resources.limits.memory`,
      taskmanager: `${2048n << 20n} compose.yaml:21 mem_limit`,
    });
    expect(conf.config.container.jobmanager?.requestBytes).toBe(2n << 30n);
  });

  test('a FLINK_PROPERTIES service built from the Dockerfile runs its version', () => {
    const [service] = report.configs.filter((r) => r.config.name === 'taskmanager-large');
    expect(service.config.flinkVersion).toBe('1.20');
    expect(service.config.flinkVersionSource).toBe(
      'flink/Dockerfile:2 FROM flink:${FLINK_VERSION}-scala_2.12-java17 with flink/Dockerfile:1 ARG FLINK_VERSION=1.20.3',
    );
  });
});

describe('override files and extends merge as Compose merges them', () => {
  let report: Report;
  beforeAll(async () => (report = await lintTree('compose-merge')));

  test('volumes merge by container path: the override’s mount replaces the base one', () => {
    const [dev] = configsOf(report, 'conf-dev/flink-conf.yaml');
    expect(context(dev).version).toBe('1.18');
    expect(context(dev).source).toBe('docker-compose.override.yml:3 image: flink:1.18.1-scala_2.12');
    expect(context(dev).containers.map((c) => [c.name, c.role, c.via])).toEqual([
      ['jobmanager', 'jobmanager', 'docker-compose.override.yml:5'],
    ]);
  });

  test('extends takes the base service’s image and mount; the override adds the limit', () => {
    const [conf] = configsOf(report, 'conf/flink-conf.yaml');
    expect(context(conf)).toMatchObject({
      version: '1.16',
      source: 'docker-compose.yml:3 image: flink:1.16.3-scala_2.12',
      limits: { taskmanager: `${1n << 30n} docker-compose.override.yml:7 mem_limit` },
    });
    expect(context(conf).containers.map((c) => [c.name, c.role])).toEqual([['taskmanager', 'taskmanager']]);
    const error = report.findings.find((f) => f.ruleId === 'process-exceeds-container');
    expect(error && `${error.file}:${error.line}`).toBe('conf/flink-conf.yaml:3');
  });
});

test('a config mounted by images of two Flink versions is judged under each, both named', async () => {
  const report = await lintTree('compose-versions');
  const results = configsOf(report, 'conf/flink-conf.yaml');
  expect(results.map((r) => [r.config.id, r.config.flinkVersion, r.config.contextName])).toEqual([
    ['conf/flink-conf.yaml#0', '1.14', 'compose services jobmanager, taskmanager, app'],
    ['conf/flink-conf.yaml#0@compose service jobmanager-next', '1.19', 'compose service jobmanager-next'],
  ]);
  // flink-app:1.0 is an application image: it names no Flink version.
  expect(results.map((r) => r.config.flinkVersionSource).join()).not.toContain('flink-app');
});

describe('Dockerfiles', () => {
  let report: Report;
  beforeAll(async () => (report = await lintTree('dockerfile-image')));

  test('a config copied into the image runs the version of the stage it is copied into', () => {
    const [conf] = configsOf(report, 'docker/conf/flink-conf.yaml');
    expect(conf.config.flinkVersion).toBe('1.17');
    expect(conf.config.flinkVersionSource).toBe(
      'docker/Dockerfile:10 FROM flink:${FLINK_VERSION}-scala_${SCALA}-java11 AS runtime with docker/Dockerfile:2 ARG FLINK_VERSION=1.17.1 with docker/Dockerfile:3 ARG SCALA=2.12, which copies it in (docker/Dockerfile:12)',
    );
  });

  test('a config nothing places takes the one version of the Dockerfiles above it, as weaker evidence', () => {
    const [conf] = configsOf(report, 'jobs/settings/config.yaml');
    expect(conf.config.flinkVersion).toBe('1.19');
    expect(conf.config.flinkVersionSource).toContain(
      'Dockerfile:1 FROM apache/flink:1.19.1-java17 AS base with Dockerfile:4 FROM base',
    );
    expect(conf.config.flinkVersionSource).toContain('nothing mounts or copies the config');
  });
});

describe('paths that lead out of the repository', () => {
  let root: string;
  let report: Report;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'fml-link-'));
    writeFiles(root, {
      // Outside the linted folder: must never be read or linked.
      'outside/conf/flink-conf.yaml': 'taskmanager.memory.process.size: 9g\n',
      'outside/Dockerfile': 'FROM flink:1.11\nCOPY conf /opt/flink/conf\n',
      'repo/conf/flink-conf.yaml':
        'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n',
      'repo/docker-compose.yml': `services:
  taskmanager:
    build:
      context: ../outside
      dockerfile: /etc/passwd
    command: taskmanager
    mem_limit: 1g
    volumes:
      - ../outside/conf:/opt/flink/conf
      - /etc:/opt/flink/conf
      - ~/flink:/opt/flink/conf
  jobmanager:
    image: flink:1.18
    command: jobmanager
    volumes:
      - ./conf/../../outside/conf:/opt/flink/conf
`,
    });
    symlinkSync(path.join(root, 'outside/Dockerfile'), path.join(root, 'repo/Dockerfile'));
    report = await lint({ cwd: path.join(root, 'repo'), paths: ['.'] });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('are never read nor linked; a symbolic link out of the tree is refused', () => {
    expect(report.configs.map((r) => r.config.file)).toEqual(['conf/flink-conf.yaml']);
    const [conf] = report.configs;
    expect(conf.config.linkedContainers).toBeUndefined();
    expect(conf.config.flinkVersion).toBe('1.20');
    expect(report.notices.some((n) => n.location?.file === 'Dockerfile')).toBe(true);
  });
});

describe('configs written for the memory model before Flink 1.10', () => {
  test('are judged as 1.10 and reported once: a warning where a version before 1.10 is named, a hint where none is', async () => {
    const report = await lintTree('dockerfile-legacy');
    const [copied] = configsOf(report, 'docker/conf/flink-conf.yaml');
    expect(copied.config.flinkVersion).toBe('1.10');
    expect(copied.config.versionBeforeMemoryModel).toBe('1.8.3');
    expect(copied.config.preMemoryModel).toEqual({ keys: ['taskmanager.heap.size'], certain: true });
    const [alone] = configsOf(report, 'standalone/flink-conf.yaml');
    expect(alone.config.flinkVersion).toBe('1.10');
    expect(alone.config.preMemoryModel).toEqual({
      keys: ['jobmanager.heap.mb', 'taskmanager.heap.mb'],
      certain: false,
    });
    const old = report.findings.filter((f) => !f.file.startsWith('upgraded/') && f.severity !== 'info');
    expect(old.map((f) => [f.ruleId, f.severity, `${f.file}:${f.line}`])).toEqual([
      ['pre-1-10-memory-model', 'warning', 'docker/conf/flink-conf.yaml:3'],
    ]);
    expect(old[0].message).toContain(
      'it runs on Flink 1.8.3 (docker/Dockerfile:1 FROM flink:1.8.3-scala_2.11',
    );
    expect(old[0].message).toContain(
      'Flink 1.10 reads the same file as a TaskManager of 1472 MiB Total Process memory',
    );
    const hint = report.findings.find(
      (f) => f.file === 'standalone/flink-conf.yaml' && f.ruleId === 'pre-1-10-memory-model',
    );
    expect(hint?.severity).toBe('info');
    // The same keys where the image names 1.11: judged as 1.11, each old key said how 1.11 reads it.
    const [upgraded] = configsOf(report, 'upgraded/conf/flink-conf.yaml');
    expect(upgraded.config.flinkVersion).toBe('1.11');
    expect(upgraded.config.preMemoryModel).toBeUndefined();
    expect(report.findings.some((f) => f.ruleId === 'derivation-failed')).toBe(false);
  });

  test('--flink-version still judges them as the version it names', async () => {
    const report = await lintTree('dockerfile-legacy', '1.20');
    expect(report.configs.every((r) => r.config.flinkVersion === '1.20' && !r.config.preMemoryModel)).toBe(
      true,
    );
    expect(report.findings.some((f) => f.ruleId === 'pre-1-10-memory-model')).toBe(false);
  });
});

test("a FLINK_PROPERTIES service's own build outranks the images of other services in its file", async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fml-link-'));
  try {
    writeFiles(root, {
      'flink/Dockerfile': 'FROM apache/flink:1.19.2-java17\n',
      'docker-compose.yml': `services:
  history:
    image: flink:1.14.6
    command: history-server
  taskmanager:
    build: ./flink
    command: taskmanager
    environment:
      FLINK_PROPERTIES: |
        taskmanager.memory.process.size: 1728m
`,
    });
    const report = await lint({ cwd: root, paths: ['.'] });
    const [tm] = report.configs;
    expect([tm.config.name, tm.config.flinkVersion, tm.config.flinkVersionSource]).toEqual([
      'taskmanager',
      '1.19',
      'flink/Dockerfile:1 FROM apache/flink:1.19.2-java17',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

describe("a compose project's .env and include", () => {
  const report = lintTree('compose-env-include');

  test("the included file's services mount the config; the project's .env sizes them and names the version", async () => {
    const [result] = configsOf(await report, 'flink/conf/flink-conf.yaml');
    const { config } = result;
    expect(config.flinkVersion).toBe('1.17');
    expect(config.flinkVersionSource).toBe(
      'flink/compose.yaml:3 image: flink:${FLINK_VERSION:?set FLINK_VERSION}-scala_2.12',
    );
    expect(config.processes).toEqual(['jobmanager', 'taskmanager']);
    expect(config.container.jobmanager).toMatchObject({
      bytes: 512n << 20n,
      text: '512m (${JM_MEMORY:-2g})',
      location: { file: 'flink/compose.yaml', line: 5 },
    });
    expect(config.container.taskmanager).toMatchObject({ bytes: 1024n << 20n, text: '1024m (${TM_MEMORY})' });
    const errors = (await report).findings.filter((f) => f.ruleId === 'process-exceeds-container');
    expect(errors.map((f) => `${f.file}:${f.line} ${f.process}`)).toEqual([
      'flink/conf/flink-conf.yaml:2 jobmanager',
      'flink/conf/flink-conf.yaml:3 taskmanager',
    ]);
  });

  test("an include's env_file and the included folder's own .env; the including project's values win", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fml-include-'));
    try {
      writeFiles(root, {
        '.env': 'TM_LIMIT=3g\n',
        'compose.yaml': 'include:\n  - path: stack/flink.yml\n    env_file: stack/prod.env\nservices: {}\n',
        'stack/prod.env': "TM_LIMIT=1g\nJM_LIMIT='768m'\n",
        'stack/.env': 'JM_LIMIT=4g\n',
        'stack/flink.yml':
          'services:\n  jm:\n    image: flink:1.19\n    command: jobmanager\n    mem_limit: ${JM_LIMIT}\n    volumes: ["./conf:/opt/flink/conf"]\n  tm:\n    image: flink:1.19\n    command: taskmanager\n    mem_limit: ${TM_LIMIT-512m}\n    volumes: ["./conf:/opt/flink/conf"]\n',
        'stack/conf/config.yaml':
          'jobmanager:\n  memory:\n    process:\n      size: 1g\ntaskmanager:\n  memory:\n    process:\n      size: 2g\n',
      });
      const linted = await lint({ cwd: root, paths: ['.'], concurrency: 1 });
      const config = linted.configs.find((r) => r.config.file === 'stack/conf/config.yaml')!.config;
      // env_file replaces the folder's .env; the including project's .env wins over both.
      expect(config.container.jobmanager?.text).toBe('768m (${JM_LIMIT})');
      expect(config.container.taskmanager?.text).toBe('3g (${TM_LIMIT-512m})');
      expect(config.flinkVersion).toBe('1.19');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('interpolation and .env files as Compose reads them', () => {
  test('defaults, required values, alternatives and nesting', async () => {
    const { interpolate } = await import('../../src/link/interpolate.js');
    const vars = { SET: '1', EMPTY: '' };
    expect(interpolate('${SET:-2}/${EMPTY:-2}/${EMPTY-2}/${UNSET-2}', vars)).toBe('1/2//2');
    expect(interpolate('${SET:?x}', vars)).toBe('1');
    expect(interpolate('${EMPTY:?x}', vars)).toBeUndefined();
    expect(interpolate('${EMPTY?x}', vars)).toBe('');
    expect(interpolate('${UNSET?x}', vars)).toBeUndefined();
    expect(interpolate('${SET:+on}${EMPTY:+on}${EMPTY+set}', vars)).toBe('onset');
    expect(interpolate('${UNSET:-${ALSO:-${SET}}}m', vars)).toBe('1m');
    expect(interpolate('$$SET $SET', vars)).toBe('$SET 1');
    expect(interpolate('${UNSET}', vars)).toBeUndefined();
    // Nesting without end is given up, not followed.
    expect(interpolate(`${'${A:-'.repeat(10_000)}x${'}'.repeat(10_000)}`, {})).toBeUndefined();
  });

  test('.env: comments, export, quotes, inline comments and earlier variables', async () => {
    const { readDotenv } = await import('../../src/link/dotenv.js');
    expect(
      readDotenv('# c\nexport A=1 # one\nB="${A}0\\n"\nC=\'${A}\'\nD: x\nFROM_SHELL\nE="two\nlines"\n'),
    ).toEqual({ A: '1', B: '10\n', C: '${A}', D: 'x', E: 'two\nlines' });
  });
});
