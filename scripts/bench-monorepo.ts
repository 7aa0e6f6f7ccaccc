// `npm run bench` sections: `lint` over a generated monorepo against a baseline that only lists
// and parses the same files, and the cold start of the bundles against bare Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { generateMonorepo } from './generate-monorepo.js';

interface Row {
  measure: string;
  value: string;
}

/** The argument that makes the bench bundle run the baseline in a child process instead. */
export const BASELINE_FLAG = '--baseline';

const YAML_NAME = /\.ya?ml$/i;

/**
 * What any tool must do at least: list the tree as git does and parse every YAML file with the
 * same library and options (no conversion to JavaScript values). Prints the document count so nothing is optimised away.
 */
export function baseline(root: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let documents = 0;
  for (const file of listed.stdout.split('\0')) {
    if (!YAML_NAME.test(file)) continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    const parsed = parseAllDocuments(text, { intAsBigInt: true });
    documents += Array.isArray(parsed) ? parsed.length : 0;
  }
  console.log(documents);
}

interface Measured {
  ms: number;
  /** Peak resident set size in MB, where `/usr/bin/time` can tell. */
  mb?: number;
  status: number | null;
}

const TIME = '/usr/bin/time';

/** Wall time and peak RSS of one child process (through `/usr/bin/time -f %M` where it exists). */
function measure(args: string[], cwd: string): Measured {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'maxrss=%M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const child = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = /maxrss=(\d+)/.exec(child.stderr ?? '')?.[1];
  return { ms, mb: kb ? Number(kb) / 1024 : undefined, status: child.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median of several runs (the first is a warm-up for the file cache). */
function repeat(times: number, run: () => Measured): Measured {
  run();
  const runs = Array.from({ length: times }, run);
  return {
    ms: median(runs.map((r) => r.ms)),
    mb: runs.every((r) => r.mb !== undefined) ? Math.max(...runs.map((r) => r.mb as number)) : undefined,
    status: runs[runs.length - 1].status,
  };
}

function gitRepository(root: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'monorepo'],
  ])
    spawnSync('git', args, { cwd: root, env, stdio: 'ignore' });
}

const mb = (m: Measured): string => (m.mb === undefined ? 'n/a' : `${m.mb.toFixed(0)} MB`);

export const TARGETS = { ratio: 1.5, tenThousandMs: 5000, tenThousandMb: 300, coldStartMs: 300 };

export const monorepoSection = {
  name: 'monorepo',
  run(): Row[] {
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli))
      return [{ measure: 'lint over a monorepo', value: 'skipped: run npm run build first' }];
    const self = process.argv[1];
    const rows: Row[] = [];
    for (const files of [1000, 10000]) {
      const root = mkdtempSync(path.join(os.tmpdir(), `fml-bench-${files}-`));
      try {
        generateMonorepo(root, files);
        gitRepository(root);
        const lint = repeat(3, () =>
          measure(
            [
              cli,
              'lint',
              '--format',
              'json:' + path.join(os.tmpdir(), 'fml-bench.json'),
              '--fail-on',
              'never',
              '.',
            ],
            root,
          ),
        );
        const base = repeat(3, () => measure([self, BASELINE_FLAG, root], root));
        const ratio = lint.ms / base.ms;
        const n = files.toLocaleString('en-US');
        rows.push(
          {
            measure: `${n} files: lint wall time (median of 3, exit ${lint.status})`,
            value: `${lint.ms.toFixed(0)} ms`,
          },
          { measure: `${n} files: lint peak RSS`, value: mb(lint) },
          {
            measure: `${n} files: baseline (list + parse YAML) wall time`,
            value: `${base.ms.toFixed(0)} ms`,
          },
          { measure: `${n} files: baseline peak RSS`, value: mb(base) },
          { measure: `${n} files: ratio lint / baseline`, value: ratio.toFixed(2) },
        );
        if (files === 10000) {
          rows.push({
            measure: `targets: ratio ≤ ${TARGETS.ratio}, < ${TARGETS.tenThousandMs} ms, < ${TARGETS.tenThousandMb} MB`,
            value:
              ratio <= TARGETS.ratio &&
              lint.ms < TARGETS.tenThousandMs &&
              (lint.mb ?? 0) < TARGETS.tenThousandMb
                ? 'met'
                : 'MISSED',
          });
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    return rows;
  },
};

export const coldStartSection = {
  name: 'startup',
  run(): Row[] {
    const index = path.resolve('dist/index.js');
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(index) || !existsSync(cli))
      return [{ measure: 'cold start', value: 'skipped: run npm run build first' }];
    const empty = mkdtempSync(path.join(os.tmpdir(), 'fml-cold-'));
    const runner = path.join(empty, '.runner');
    mkdirSync(runner);
    writeFileSync(path.join(runner, 'event.json'), '{}');
    // The action on an empty workspace: no token, so nothing goes to the network.
    const actionEnv = {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: path.join(empty, 'tree'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
      GITHUB_REPOSITORY: 'acme/empty',
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_OUTPUT: path.join(runner, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      RUNNER_TEMP: runner,
    };
    mkdirSync(actionEnv.GITHUB_WORKSPACE);
    // The runner creates these files before a step starts.
    writeFileSync(actionEnv.GITHUB_OUTPUT, '');
    writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
    const time = (args: string[], env?: NodeJS.ProcessEnv): { ms: number; status: number | null } => {
      const runs: number[] = [];
      let status: number | null = null;
      for (let i = 0; i < 11; i++) {
        const t0 = process.hrtime.bigint();
        const child = spawnSync(process.execPath, args, {
          cwd: actionEnv.GITHUB_WORKSPACE,
          env,
          stdio: 'ignore',
        });
        runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        status = child.status;
      }
      return { ms: median(runs.slice(1)), status };
    };
    try {
      const bare = time(['-e', '0']);
      const action = time([index], actionEnv);
      const command = time([cli, 'lint', '.']);
      const over = (m: { ms: number }) => `${m.ms.toFixed(0)} ms (+${(m.ms - bare.ms).toFixed(0)})`;
      return [
        { measure: 'node -e 0 (median of 10)', value: `${bare.ms.toFixed(0)} ms` },
        { measure: `dist/index.js on an empty tree (exit ${action.status})`, value: over(action) },
        { measure: `dist/cli.js lint on an empty tree (exit ${command.status})`, value: over(command) },
        {
          measure: `target: < ${TARGETS.coldStartMs} ms`,
          value: Math.max(action.ms, command.ms) < TARGETS.coldStartMs ? 'met' : 'MISSED',
        },
      ];
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  },
};
