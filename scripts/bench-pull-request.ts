// `npm run bench -- pull-request`: a pull request that changes N configs. `lint --base` next to a
// plain `lint` of the same tree, and the action end to end against the fake API
// (__tests__/helpers/fake-github.ts), with its requests counted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../__tests__/helpers/fake-github.js';
import { makePullRequestRepo, pushFeature, runAction } from '../__tests__/helpers/action-run.js';
import { measure, mb, paired, type BenchOptions, type Row } from './bench-measure.js';

const SIZES = ['1024m', '1728m', '2g', '4096m', '8g'];

/** N configs (flink-conf.yaml and FlinkDeployments, half each) and as many YAML files of other tools. */
function tree(configs: number, size: (i: number) => string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < configs; i++) {
    const memory = size(i);
    if (i % 2 === 0)
      files[`jobs/job-${i}/conf/flink-conf.yaml`] =
        `jobmanager.memory.process.size: 1600m\ntaskmanager.memory.process.size: ${memory}\ntaskmanager.numberOfTaskSlots: 2\n`;
    else
      files[`deploy/job-${i}/flinkdeployment.yaml`] = [
        'apiVersion: flink.apache.org/v1beta1',
        'kind: FlinkDeployment',
        `metadata:\n  name: job-${i}`,
        'spec:',
        '  image: flink:1.19',
        '  flinkVersion: v1_19',
        '  flinkConfiguration:',
        '    taskmanager.numberOfTaskSlots: "2"',
        '  jobManager:\n    resource:\n      memory: "2048m"\n      cpu: 1',
        `  taskManager:\n    resource:\n      memory: "${memory}"\n      cpu: 2`,
        '',
      ].join('\n');
    files[`deploy/web-${i}/service.yaml`] =
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\nspec:\n  ports:\n    - port: 80\n`;
  }
  return files;
}

export const pullRequestSection = {
  name: 'pull-request',
  async run({ quick }: BenchOptions): Promise<Row[]> {
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli) || !existsSync('dist/index.js'))
      return [{ measure: 'pull request', value: 'skipped: run npm run build first' }];
    const rows: Row[] = [];
    for (const changed of quick ? [60] : [300, 3000]) {
      const repo = makePullRequestRepo(
        tree(changed, (i) => SIZES[i % SIZES.length]),
        `fml-bench-pr-${changed}-`,
      );
      try {
        const head = tree(changed, (i) => SIZES[(i + 1) % SIZES.length]);
        const n = changed.toLocaleString('en-US');
        // Every file read, as in CI (the action keeps nothing between runs; the base side is read from git).
        const args = [
          'lint',
          '--no-cache',
          '--format',
          `json:${path.join(repo.root, 'out.json')}`,
          '--fail-on',
          'never',
        ];
        const times = quick ? 1 : 3;
        // Every config differs from the base: committed and pushed, and cloned shallowly as
        // actions/checkout does, for the action.
        const pushed = pushFeature(repo, head, 'head');
        const {
          a: based,
          b: plain,
          ratio,
        } = paired(
          times,
          () => measure([cli, ...args, '--base', repo.base, '.'], repo.author),
          () => measure([cli, ...args, '.'], repo.author),
        );
        // The same pull request in a clone, whose objects come packed, as a fetch (and a CI checkout)
        // leaves them; the author's repository above holds the commits' objects loose, one file each.
        const clone = path.join(repo.root, 'clone');
        spawnSync('git', ['clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone]);
        const packed = paired(
          times,
          () => measure([cli, ...args, '--base', repo.base, '.'], clone),
          () => measure([cli, ...args, '.'], clone),
        );
        rows.push(
          {
            measure: `${n} changed configs: lint (exit ${plain.status})`,
            value: `${plain.ms.toFixed(0)} ms`,
          },
          {
            measure: `${n} changed configs: lint --base (exit ${based.status})`,
            value: `${based.ms.toFixed(0)} ms, ${mb(based)}`,
          },
          {
            measure: `${n} changed configs: ratio lint --base / lint, median of the pairs`,
            value: ratio.toFixed(2),
          },
          {
            measure: `${n} changed configs, in a clone (packed objects): ratio lint --base / lint (exit ${packed.a.status})`,
            value: packed.ratio.toFixed(2),
          },
        );
        if (changed !== 3000 && !quick) continue;
        rows.push(...(await actionRun(repo, pushed, n)));
      } finally {
        rmSync(repo.root, { recursive: true, force: true });
      }
    }
    return rows;
  },
};

/** The action on the pull request, against the fake API: wall time and what it sent. */
async function actionRun(
  repo: ReturnType<typeof makePullRequestRepo>,
  { workspace, sha }: { workspace: string; sha: string },
  n: string,
): Promise<Row[]> {
  const fake = new FakeGitHub();
  const apiUrl = await fake.start();
  try {
    const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'fml-bench-runner-'));
    mkdirSync(runnerDir, { recursive: true });
    const run = await runAction({
      workspace,
      runnerDir,
      apiUrl,
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/flink-jobs' } },
          head: { sha, ref: 'feature', repo: { full_name: 'acme/flink-jobs' } },
        },
        repository: { name: 'flink-jobs', full_name: 'acme/flink-jobs', owner: { login: 'acme' } },
      },
      sha,
      inputs: { 'fail-on': 'never' },
    });
    rmSync(runnerDir, { recursive: true, force: true });
    const checks = fake.requests.filter((r) => r.path.includes('/check-runs')).length;
    return [
      {
        measure: `${n} changed configs: action against the fake API (exit ${run.status})`,
        value: `${(run.durationMs / 1000).toFixed(1)} s`,
      },
      {
        measure: `${n} changed configs: action requests (writes, check-run requests)`,
        value: `${fake.requests.length} (${fake.writes().length}, ${checks})`,
      },
      {
        measure: `${n} changed configs: action job summary`,
        value: `${(Buffer.byteLength(run.summary) / 1024).toFixed(0)} KB`,
      },
    ];
  } finally {
    await fake.stop();
  }
}
