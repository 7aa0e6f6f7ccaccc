import { beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import type { Report } from '../../src/model/index.js';
import { FORMATS } from '../../src/report/index.js';

const tree = path.resolve(import.meta.dirname, '../fixtures/trees/compose-mounted');
const CONTEXT =
  'Flink 1.17 (docker-compose.yml:4 image: flink:1.17.1-scala_2.12-java11), TaskManager container 1024 MiB (docker-compose.yml:16 mem_limit), JobManager container 512 MiB (docker-compose.yml:8 mem_limit)';

describe('reports say what each config was judged with, and from where', () => {
  let report: Report;
  beforeAll(async () => (report = await lint({ cwd: tree, paths: ['.'] })));

  test('text', () => {
    expect(FORMATS.text(report)).toContain(
      `\nconf/flink-conf.yaml:1  flink-conf  ${CONTEXT}  TM 2048 MiB  JM 1024 MiB`,
    );
    expect(FORMATS.text(report, { verbose: true })).toContain(`\n  ${CONTEXT}, standalone\n`);
  });

  test('fixes come from what fits the linked container, or say the limit must grow', () => {
    const fixes = report.findings
      .filter((f) => f.ruleId === 'process-exceeds-container')
      .map((f) => [f.process, f.fix?.set, f.fix?.description]);
    expect(fixes).toEqual([
      // A JobManager needs its metaspace, overhead and off-heap memory: no 512 MiB process is one Flink starts.
      [
        'jobmanager',
        {},
        expect.stringMatching(
          /^No JobManager fits the 512 MiB container with these settings: Flink accepts \d+ MiB at the least\./,
        ),
      ],
      ['taskmanager', { 'taskmanager.memory.process.size': '1024m' }, expect.stringContaining('1024m')],
    ]);
  });

  test('markdown', () => {
    const markdown = FORMATS.markdown(report);
    expect(markdown).toContain('TaskManager container 1024 MiB (docker-compose.yml:16 mem&#95;limit)');
  });

  test('JSON', () => {
    const json = JSON.parse(FORMATS.json(report)) as {
      configs: {
        context: { text: string; containers: { name: string; role: string; limit: { bytes: number } }[] };
      }[];
    };
    const [config] = json.configs;
    expect(config.context.text).toBe(CONTEXT);
    expect(config.context.containers.map((c) => [c.name, c.role, c.limit.bytes])).toEqual([
      ['jobmanager', 'jobmanager', 512 * 2 ** 20],
      ['taskmanager', 'taskmanager', 1024 * 2 ** 20],
    ]);
  });

  test('SARIF', () => {
    const sarif = JSON.parse(FORMATS.sarif(report)) as {
      runs: { results: { ruleId: string; properties?: { judgedWith: string } }[] }[];
    };
    const exceeds = sarif.runs[0].results.filter((r) => r.ruleId === 'process-exceeds-container');
    expect(exceeds.map((r) => r.properties?.judgedWith)).toEqual([CONTEXT, CONTEXT]);
  });
});
