import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const tree = path.resolve(import.meta.dirname, '../fixtures/trees/compose-mounted');

test('the built bundle links a mounted flink-conf.yaml to its compose services and fails on both limits', () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first`);
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.status).toBe(1);
  const json = JSON.parse(result.stdout) as {
    configs: { file: string; flinkVersion: string; context: { text: string } }[];
    findings: { ruleId: string; severity: string; file: string; line: number; message: string }[];
  };
  expect(json.configs.map((c) => [c.file, c.flinkVersion])).toEqual([['conf/flink-conf.yaml', '1.17']]);
  expect(json.configs[0].context.text).toContain(
    'TaskManager container 1024 MiB (docker-compose.yml:16 mem_limit)',
  );
  expect(
    json.findings
      .filter((f) => f.severity === 'error')
      .map((f) => [
        f.ruleId,
        `${f.file}:${f.line}`,
        /from (docker-compose\.yml:\d+ mem_limit)/.exec(f.message)?.[1],
      ]),
  ).toEqual([
    ['process-exceeds-container', 'conf/flink-conf.yaml:2', 'docker-compose.yml:8 mem_limit'],
    ['process-exceeds-container', 'conf/flink-conf.yaml:3', 'docker-compose.yml:16 mem_limit'],
  ]);
});
