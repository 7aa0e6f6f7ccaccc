import { describe, expect, test } from '@jest/globals';
import { copiesOf, dockerStages, finalStage, readDockerfile } from '../../src/link/dockerfile.js';
import { interpolate } from '../../src/link/interpolate.js';
import { isDockerfileName } from '../../src/sources/index.js';

const finalImage = (text: string, args: Record<string, string> = {}, target?: string) => {
  const ev = { file: 'compose.yaml', line: 1, text: 'args' };
  const built = Object.fromEntries(Object.entries(args).map(([k, value]) => [k, { value, evidence: ev }]));
  return finalStage(dockerStages(readDockerfile(text), 'Dockerfile', built), target)?.image;
};

describe('the image a Dockerfile runs', () => {
  test.each([
    ['FROM flink:1.18', {}, 'flink:1.18'],
    ['from --platform=linux/amd64 apache/flink:2.0.0-java17 as app', {}, 'apache/flink:2.0.0-java17'],
    ['ARG FLINK_VERSION=1.17.1\nFROM flink:${FLINK_VERSION}', {}, 'flink:1.17.1'],
    ['ARG FLINK_VERSION=1.17.1\nFROM flink:$FLINK_VERSION-java11', {}, 'flink:1.17.1-java11'],
    ['ARG FLINK_VERSION\nFROM flink:${FLINK_VERSION:-1.16}', {}, 'flink:1.16'],
    ['ARG FLINK_VERSION\nFROM flink:${FLINK_VERSION}', {}, undefined],
    ['ARG FLINK_VERSION=1.17.1\nFROM flink:${FLINK_VERSION}', { FLINK_VERSION: '1.19.0' }, 'flink:1.19.0'],
    // A build argument the Dockerfile does not declare changes nothing.
    ['FROM flink:${FLINK_VERSION:-1.15}', { FLINK_VERSION: '1.19.0' }, 'flink:1.15'],
    // An ARG inside a stage is not seen by a later FROM.
    ['FROM busybox\nARG V=1.18\nFROM flink:${V:-1.14}', {}, 'flink:1.14'],
    ['FROM flink:1.18 AS base\nRUN echo\nFROM base AS final\nFROM final', {}, 'flink:1.18'],
    ['FROM flink:1.18 AS base\nFROM maven:3 AS build\nFROM base\nCOPY --from=build /a /b', {}, 'flink:1.18'],
    ['FROM \\\n  flink:1.13.6 \\\n  AS runtime', {}, 'flink:1.13.6'],
    ['# escape=`\nFROM `\n  flink:1.12', {}, 'flink:1.12'],
    ['RUN cat <<EOF > /x\nFROM flink:1.10\nEOF\nFROM flink:1.11', {}, 'flink:1.11'],
  ])('%p with %p runs %p', (text, args, image) => {
    expect(finalImage(text, args)).toBe(image);
  });

  test('a build target picks its stage', () => {
    expect(finalImage('FROM flink:1.17 AS dev\nFROM flink:1.18 AS prod', {}, 'dev')).toBe('flink:1.17');
  });

  test('FROM and ARG lines are the evidence', () => {
    const [stage] = dockerStages(readDockerfile('ARG V=1.17.1\n\nFROM flink:${V}'), 'docker/Dockerfile');
    expect(stage.evidence).toEqual([
      { file: 'docker/Dockerfile', line: 3, text: 'FROM flink:${V}' },
      { file: 'docker/Dockerfile', line: 1, text: 'ARG V=1.17.1' },
    ]);
  });
});

describe('the configs a Dockerfile copies in', () => {
  const facts = readDockerfile(
    'FROM maven AS build\nCOPY . /src\nFROM flink:1.18\nCOPY --from=build /src/x.jar /opt/flink/usrlib/\nADD ["conf/", "/opt/flink/conf/"]\nCOPY --chown=flink settings/*.yaml /opt/flink/conf/\n',
  );
  test.each([
    ['docker/conf/flink-conf.yaml', 1, 5],
    ['docker/settings/config.yaml', 1, 6],
    ['docker/other/flink-conf.yaml', 0, 2],
    ['elsewhere/flink-conf.yaml', undefined, undefined],
  ])('%s is copied in stage %p at line %p', (config, stage, line) => {
    const copied = copiesOf(facts, 'docker/Dockerfile', 'docker', config);
    expect(copied && [copied.stage, copied.evidence.line]).toEqual(
      stage === undefined ? undefined : [stage, line],
    );
  });

  test('a source that leads out of the build context copies nothing', () => {
    const out = readDockerfile('FROM flink:1.18\nCOPY ../../conf /opt/flink/conf\n');
    expect(copiesOf(out, 'a/b/Dockerfile', 'a/b', 'conf/flink-conf.yaml')).toBeUndefined();
  });
});

test.each([
  ['${A:-x}', {}, 'x'],
  ['${A:-x}', { A: '' }, 'x'],
  ['${A-x}', { A: '' }, ''],
  ['${A:+y}', { A: '1' }, 'y'],
  ['$A/${B}', { A: '1', B: '2' }, '1/2'],
  ['$$A', {}, '$A'],
  ['${A}', {}, undefined],
  ['${A:?required}', {}, undefined],
  ['${A:?required}', { A: 'v' }, 'v'],
])('interpolate %p with %p', (text, vars, expected) => {
  expect(interpolate(text, vars)).toBe(expected);
});

test.each([
  ['Dockerfile', true],
  ['docker/Dockerfile.flink', true],
  ['flink.Dockerfile', true],
  ['dockerfile', true],
  ['.dockerignore', false],
  ['Dockerfile.dockerignore', false],
  ['docker-compose.yml', false],
  ['Dockerfiles/readme.md', false],
])('%s is a Dockerfile: %p', (name, expected) => {
  expect(isDockerfileName(name)).toBe(expected);
});

test('a hostile wildcard source costs linear time', () => {
  const facts = readDockerfile(`FROM flink:1.18\nCOPY ${'*a'.repeat(5000)}b /opt/flink/conf/\n`);
  const started = performance.now();
  expect(copiesOf(facts, 'Dockerfile', '.', 'a'.repeat(200))).toBeUndefined();
  expect(performance.now() - started).toBeLessThan(1000);
});
