// What a command loads at start-up, seen from outside: the bundled CLI runs with V8's coverage
// on (NODE_V8_COVERAGE), and every function it ran is traced through the bundle's source maps to
// the module it comes from. `derive` of one config and `lint` of a tree without configs must not
// run ajv (nor Octokit); a lint that judges a config must (so the test can tell).
// Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const CLI = path.join(DIST, 'cli.js');

/** How the bundler's wrapper of a lazily evaluated module starts (`() => { "use strict"; …`). */
const MODULE_WRAPPER = /^(\(\)|[\w$]+)\s*=>\s*\{\s*"use strict";/;

interface Coverage {
  result: {
    url: string;
    functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
  }[];
}

/**
 * The original sources of every function of the bundle that ran, the bundle files loaded, and
 * Node's built-in modules the process loaded (its `moduleLoadList`, written as it exits).
 */
function run(
  args: string[],
  cwd: string,
): { status: number | null; sources: Set<string>; files: string[]; builtins: Set<string> } {
  const coverage = mkdtempSync(path.join(os.tmpdir(), 'fml-coverage-'));
  try {
    const listed = path.join(coverage, 'builtins.txt');
    const preload = path.join(coverage, 'builtins.cjs');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listed)}, process.moduleLoadList.join('\\n')));\n`,
    );
    const child = spawnSync(process.execPath, ['--require', preload, CLI, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_V8_COVERAGE: coverage, NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    const builtins = new Set(
      readFileSync(listed, 'utf8')
        .split('\n')
        .flatMap((entry) => (entry.startsWith('NativeModule ') ? [entry.slice('NativeModule '.length)] : [])),
    );
    const sources = new Set<string>();
    const files: string[] = [];
    for (const name of readdirSync(coverage).filter((n) => n.endsWith('.json'))) {
      const { result } = JSON.parse(readFileSync(path.join(coverage, name), 'utf8')) as Coverage;
      for (const script of result) {
        if (!script.url.startsWith('file:')) continue;
        const file = fileURLToPath(script.url);
        if (path.dirname(file) !== DIST) continue;
        files.push(path.basename(file));
        // The built-in pack's validators are generated code, shipped without a map.
        if (!existsSync(`${file}.map`)) continue;
        const text = readFileSync(file, 'utf8');
        const map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
        const lineStarts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
        for (const fn of script.functions) {
          const [range] = fn.ranges;
          // The script itself (offset 0) is no module's function.
          if (!range || range.count === 0 || range.startOffset === 0) continue;
          let line = lineStarts.length - 1;
          while (lineStarts[line] > range.startOffset) line--;
          const entry = map.findEntry(line, range.startOffset - lineStarts[line]) as {
            originalSource?: string;
          };
          // Nor is the bundler's wrapper of a module, an arrow function whose body opens with the
          // module's "use strict": it evaluates the module's top level, no function of it.
          if (MODULE_WRAPPER.test(text.slice(range.startOffset, range.startOffset + 40))) continue;
          if (entry.originalSource) sources.add(entry.originalSource);
        }
      }
    }
    return { status: child.status, sources, files, builtins };
  } finally {
    rmSync(coverage, { recursive: true, force: true });
  }
}

const ran = (sources: Set<string>, pattern: RegExp) => [...sources].filter((s) => pattern.test(s));
const AJV = /node_modules\/ajv\//;
/** ajv compiling a schema (`Ajv.compile`, `compileSchema`), not merely loaded. */
const AJV_COMPILER = /node_modules\/ajv\/(dist|lib)\/(core|compile\/index)\.[jt]s$/;
const OCTOKIT = /node_modules\/@octokit\//;
/**
 * Built-in modules only some runs use (hashing, threads, V8's flags, reading standard input, and
 * Node's streams: reports go to standard output in blocking writes, cli/standard-streams.ts).
 */
const LATE_BUILTINS = ['crypto', 'worker_threads', 'v8', 'readline', 'stream'];
const late = (builtins: Set<string>) => LATE_BUILTINS.filter((name) => builtins.has(name));

describe('start-up loads only what the command needs (the bundle)', () => {
  let root: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('run npm run build first');
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-startup-'));
    mkdirSync(path.join(root, 'empty'));
    mkdirSync(path.join(root, 'one'));
    writeFileSync(
      path.join(root, 'one', 'flink-conf.yaml'),
      'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n',
    );
    writeFileSync(path.join(root, 'empty', 'ci.yaml'), 'on: [push]\n');
    mkdirSync(path.join(root, 'policies'));
    // A built-in rule under another id: a valid policy of the user's, compiled at run time.
    const builtin = path.resolve(import.meta.dirname, '../../policies/task-heap-too-small/policy.json');
    const policy = JSON.parse(readFileSync(builtin, 'utf8')) as { id: string };
    writeFileSync(
      path.join(root, 'policies', 'own.json'),
      JSON.stringify({ ...policy, id: 'own-task-heap' }),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('derive of one config runs neither ajv nor Octokit, nor the lint command', () => {
    const { status, sources, files, builtins } = run(['derive', 'one/flink-conf.yaml'], root);
    expect(status).toBe(0);
    expect(builtins.has('fs')).toBe(true);
    expect(late(builtins)).toEqual([]);
    expect(ran(sources, /src\/flink\/taskmanager\.ts$/)).toHaveLength(1);
    expect(ran(sources, AJV)).toEqual([]);
    expect(ran(sources, OCTOKIT)).toEqual([]);
    expect(ran(sources, /src\/(cli\/lint|engine\/lint)\.ts$/)).toEqual([]);
    expect(files).toContain('cli.js');
  });

  it('lint of a tree without configs runs neither ajv nor Octokit', () => {
    const { status, sources, builtins } = run(['lint', '.'], path.join(root, 'empty'));
    expect(status).toBe(0);
    // V8's flags are set for every lint (engine/compiler-tier.ts), and Node's module for them loads
    // its streams; nothing is hashed, no thread starts.
    expect(late(builtins)).toEqual(['v8', 'stream']);
    expect(ran(sources, /src\/engine\/lint\.ts$/)).toHaveLength(1);
    expect(ran(sources, AJV)).toEqual([]);
    expect(ran(sources, OCTOKIT)).toEqual([]);
  });

  it('lint of a config runs the validators the build compiled: no schema is compiled', () => {
    const { sources, files } = run(['lint', '--fail-on', 'never', '.'], path.join(root, 'one'));
    expect(files).toContain('policy-validators.js');
    expect(ran(sources, AJV_COMPILER)).toEqual([]);
    expect(ran(sources, OCTOKIT)).toEqual([]);
  });

  it("lint with a user's policy compiles that one with ajv", () => {
    const { sources } = run(
      ['lint', '--fail-on', 'never', '--policies', path.join(root, 'policies'), '.'],
      path.join(root, 'one'),
    );
    expect(ran(sources, AJV_COMPILER).length).toBeGreaterThan(0);
  });
});
