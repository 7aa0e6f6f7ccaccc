// `npm run bench` sections: `lint` over a generated monorepo against a baseline that only lists
// and parses the same files, and the cold start of the bundles against bare Node.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CACHED_FILES_MAX, SETTLE_MS } from '../src/engine/result-cache.js';
import { generateMonorepo } from './generate-monorepo.js';
import { measure, mb, median, paired, type BenchOptions, type Row } from './bench-measure.js';

/** The argument that makes the bench bundle run the baseline in a child process instead. */
export const BASELINE_FLAG = '--baseline';
/** The argument that makes it only list the tree and read its YAML files (the floor). */
export const FLOOR_FLAG = '--list-and-read';

const YAML_NAME = /\.ya?ml$/i;

/** The YAML files of the tree, listed as git lists them (tracked and untracked, not ignored). */
function yamlFiles(root: string): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return listed.stdout.split('\0').filter((file) => YAML_NAME.test(file));
}

/**
 * What any tool must do at least: list the tree as git does and parse every YAML file with the
 * same library and options (no conversion to JavaScript values). Prints the document count so nothing is optimised away.
 */
export function baseline(root: string): void {
  let documents = 0;
  for (const file of yamlFiles(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const parsed = parseAllDocuments(text, { intAsBigInt: true });
    documents += Array.isArray(parsed) ? parsed.length : 0;
  }
  console.log(documents);
}

/**
 * The baseline without its parsing: what a tool that reads every YAML file costs even if it did
 * nothing with them. Against the baseline, the least a lint ratio can be on this machine.
 */
export function listAndRead(root: string): void {
  let bytes = 0;
  for (const file of yamlFiles(root)) bytes += readFileSync(path.join(root, file)).length;
  console.log(bytes);
}

/** The tree's first `flink-conf.yaml`, as git lists it. */
function firstConfig(root: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--', '*flink-conf.yaml'], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed.stdout.split('\0')[0];
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
    // No automatic gc: it would run in the background of the measured runs.
    ['-c', 'gc.auto=0', 'commit', '-q', '-m', 'monorepo'],
  ])
    spawnSync('git', args, { cwd: root, env, stdio: 'ignore' });
}

/** The issue's targets, for the lead's bench on a quiet machine (not asserted anywhere). */
export const TARGETS = { ratio: 0.5, hundredThousandMb: 500, startupDerive: 1.5, startupLint: 2 };

export const monorepoSection = {
  name: 'monorepo',
  run({ quick }: BenchOptions): Row[] {
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli))
      return [{ measure: 'lint over a monorepo', value: 'skipped: run npm run build first' }];
    const self = process.argv[1];
    const rows: Row[] = [];
    const perFile: [number, number][] = [];
    /** Lint and the baseline over one generated tree, run in turn (`paired`); its rows. */
    const tree = (files: number, label: string, options: { flinkShare?: number } = {}): Row[] => {
      const root = mkdtempSync(path.join(os.tmpdir(), `fml-bench-${files}-`));
      // The cache folder outside the tree (git would list it), and this tree's alone.
      const xdg = mkdtempSync(path.join(os.tmpdir(), `fml-bench-cache-${files}-`));
      const env = { ...process.env, XDG_CACHE_HOME: xdg };
      try {
        generateMonorepo(root, files, 42, options.flinkShare);
        gitRepository(root);
        // The cache trusts a file's times only once they are this old (result-cache.ts).
        const settled = Date.now() + SETTLE_MS;
        while (Date.now() < settled) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        const times = quick || files >= 100000 ? 1 : 5;
        const json = path.join(root, '..', `fml-bench-${files}.json`);
        const lintArgs = [cli, 'lint', '--verbose', '--format', `json:${json}`, '--fail-on', 'never'];
        const baselineRun = () => measure([self, BASELINE_FLAG, root], root);
        const versus = (flags: string[], before: () => void = () => undefined) =>
          paired(
            times,
            () => {
              before();
              return measure([...lintArgs, ...flags, '.'], root, env);
            },
            baselineRun,
          );
        // Every file read, as on a first run or in CI.
        const { a: lint, b: base, ratio } = versus(['--no-cache']);
        const rows: Row[] = [
          {
            measure: `${label}: lint, every file read (--no-cache; median of ${times}, exit ${lint.status})`,
            value: `${lint.ms.toFixed(0)} ms, ${mb(lint)}`,
          },
          {
            measure: `${label}: parse-only baseline (list + parse every YAML)`,
            value: `${base.ms.toFixed(0)} ms, ${mb(base)}`,
          },
          {
            measure: `${label}: ratio lint (every file read) / parse-only, median of the pairs`,
            value: ratio.toFixed(2),
          },
        ];
        if (files <= CACHED_FILES_MAX) {
          // Run again over the same tree: what a hook or an editor sees, run after run.
          const again = versus([]);
          const config = path.join(root, firstConfig(root));
          // One config edited before each run, as between two runs of a pre-commit hook.
          const edited = versus([], () => appendFileSync(config, '# edited\n'));
          rows.push(
            {
              measure: `${label}: ratio lint again, no file changed (the cache) / parse-only (target ≤ ${TARGETS.ratio})`,
              value: `${again.ratio.toFixed(2)} (${again.a.ms.toFixed(0)} ms, ${mb(again.a)})`,
            },
            {
              measure: `${label}: ratio lint again, one config changed / parse-only`,
              value: `${edited.ratio.toFixed(2)} (${edited.a.ms.toFixed(0)} ms)`,
            },
          );
        }
        rmSync(json, { force: true });
        const floor = paired(times, () => measure([self, FLOOR_FLAG, root], root), baselineRun);
        const counted =
          /(\d+) files listed by name, (\d+) ruled out on their text before parsing, (\d+) configs/.exec(
            lint.stderr,
          );
        if (options.flinkShare === undefined) perFile.push([files, lint.ms / files]);
        rows.push(
          {
            measure: `${label}: floor, list + read every YAML without parsing / parse-only (median of the pairs)`,
            value: `${floor.ratio.toFixed(2)} (${floor.a.ms.toFixed(0)} ms)`,
          },
          {
            measure: `${label}: listed by name / ruled out unparsed by the prefilter / configs`,
            value: counted ? `${counted[1]} / ${counted[2]} / ${counted[3]}` : 'n/a',
          },
        );
        if (files === 100000)
          rows.push({
            measure: `100,000 files: peak memory under ${TARGETS.hundredThousandMb} MB`,
            value: (lint.mb ?? Infinity) < TARGETS.hundredThousandMb ? 'met' : 'MISSED',
          });
        return rows;
      } finally {
        rmSync(root, { recursive: true, force: true });
        rmSync(xdg, { recursive: true, force: true });
      }
    };
    for (const files of quick ? [300, 1000] : [1000, 10000, 100000])
      rows.push(...tree(files, `${files.toLocaleString('en-US')} files`));
    // The same tree where Flink configs are few, as in most monorepos: what the prefilter saves.
    const sparse = quick ? 1000 : 10000;
    rows.push(
      ...tree(sparse, `${sparse.toLocaleString('en-US')} files, a tenth of the Flink configs`, {
        flinkShare: 0.1,
      }),
    );
    // Linear: the time a file stays flat as the tree grows (start-up weighs on the smallest).
    const [first, last] = [perFile[0], perFile[perFile.length - 1]];
    rows.push({
      measure: `lint per file, ${first[0].toLocaleString('en-US')} → ${last[0].toLocaleString('en-US')} files`,
      value: `${(first[1] * 1000).toFixed(0)} → ${(last[1] * 1000).toFixed(0)} µs`,
    });
    return rows;
  },
};

export const coldStartSection = {
  name: 'startup',
  run({ quick }: BenchOptions): Row[] {
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
    const config = path.join(empty, 'flink-conf.yaml');
    writeFileSync(config, 'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n');
    const runs = quick ? 3 : 11;
    const once = (node: string, args: string[], env?: NodeJS.ProcessEnv) => {
      const t0 = process.hrtime.bigint();
      const child = spawnSync(node, args, { cwd: actionEnv.GITHUB_WORKSPACE, env, stdio: 'ignore' });
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: child.status };
    };
    /**
     * The command's runs, each right after one of bare Node: the machine's speed drifts less within
     * a pair than over a series, so the ratio is the median of the pairs' ratios.
     */
    const time = (node: string, args: string[], env?: NodeJS.ProcessEnv) => {
      const ms: number[] = [];
      const ratios: number[] = [];
      let status: number | null = null;
      for (let i = 0; i < runs; i++) {
        const bare = once(node, ['-e', '0']);
        const run = once(node, args, env);
        status = run.status;
        // The first run fills the file cache and the command line's code cache (src/cli-launcher.ts).
        if (i === 0) continue;
        ms.push(run.ms);
        ratios.push(run.ms / bare.ms);
      }
      return { ms: median(ms), ratio: median(ratios), status };
    };
    try {
      const rows: Row[] = [];
      // This Node, and any other given in BENCH_NODES (paths, `:` between them): the action runs on Node 24.
      const nodes = [process.execPath, ...(process.env.BENCH_NODES?.split(':').filter(Boolean) ?? [])];
      for (const node of nodes) {
        const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
        const bare = Array.from({ length: runs }, () => once(node, ['-e', '0']).ms);
        rows.push({
          measure: `Node ${version}: node -e 0 (median of ${runs - 1})`,
          value: `${median(bare.slice(1)).toFixed(0)} ms`,
        });
        const commands: [string, string[], NodeJS.ProcessEnv | undefined, number | undefined][] = [
          ['cli derive of one config', [cli, 'derive', config], undefined, TARGETS.startupDerive],
          [
            'cli derive of one config, without the code cache (as a first run)',
            [cli, 'derive', config],
            { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
            undefined,
          ],
          ['cli lint of an empty tree', [cli, 'lint', '.'], undefined, TARGETS.startupLint],
          ['cli explain (the rule list)', [cli, 'explain'], undefined, undefined],
          ['cli --help', [cli, '--help'], undefined, undefined],
          ['action on an empty tree', [index], actionEnv, undefined],
        ];
        for (const [what, args, env, target] of commands) {
          const { ms, ratio, status } = time(node, args, env);
          rows.push({
            measure: `Node ${version}: ${what} (exit ${status})${target ? `, target ≤ ${target}×` : ''}`,
            value: `${ms.toFixed(0)} ms, ${ratio.toFixed(2)}× node -e 0${target ? (ratio <= target ? ' met' : ' MISSED') : ''}`,
          });
        }
      }
      return rows;
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  },
};
