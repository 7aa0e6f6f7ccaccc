// `derive` runs from a bundle of its own (dist/derive-main.js, src/cli-derive.ts) that the launcher
// picks for it: what a command line prints and returns must be what the whole command line's
// bundle (dist/cli-main.js) makes of it. Needs `npm run build`.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/**
 * Runs a bundle as its launcher does (one function of CommonJS's five arguments), without a code
 * cache; the bundle's path stands where the script's would in `process.argv`.
 */
const BOOT = `
const file = process.argv[1];
const main = require('node:vm').runInThisContext(require('node:fs').readFileSync(file, 'latin1'), { filename: file });
main(module.exports, require, module, file, require('node:path').dirname(file));
`;

function run(bundle: string | undefined, args: string[], cwd: string, input = '') {
  const argv = bundle ? ['-e', BOOT, path.join(DIST, bundle), ...args] : [path.join(DIST, 'cli.js'), ...args];
  const r = spawnSync(process.execPath, argv, {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('derive in a bundle of its own', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fml-derive-bundle-'));
  writeFileSync(
    path.join(dir, 'flink-conf.yaml'),
    'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n',
  );
  writeFileSync(path.join(dir, 'bad.yaml'), 'taskmanager.memory.process.size: 2Gi\n');
  // Each with its standard input ('' for none).
  const lines: [string[], string][] = [
    [['derive', 'flink-conf.yaml'], ''],
    [['derive', '--format', 'json', '--flink-version', '1.17', 'flink-conf.yaml'], ''],
    [
      [
        'derive',
        '--set',
        'taskmanager.memory.managed.fraction=0.2',
        '--only',
        'taskmanager',
        'flink-conf.yaml',
      ],
      '',
    ],
    [['derive', 'bad.yaml'], ''],
    [['derive', 'missing.yaml'], ''],
    [['derive', '--bogus'], ''],
    [['derive', '--help'], ''],
    [['-h', 'derive'], ''],
    [['derive', '-'], 'taskmanager:\n  memory:\n    process.size: 2g\n'],
    [
      ['derive', '--jsonl'],
      '{"flinkVersion":"1.18","config":{"taskmanager.memory.process.size":"2g"}}\nnot json\n',
    ],
  ];

  it.each(lines)('%j prints and returns what the whole command line does', (args, input) => {
    const whole = run('cli-main.js', args, dir, input);
    const own = run('derive-main.js', args, dir, input);
    expect(own).toEqual(whole);
    // And the launcher runs it so.
    expect(run(undefined, args, dir, input)).toEqual(whole);
    expect(whole.stdout + whole.stderr).not.toBe('');
  });

  it('is the one the launcher starts for derive, and only for derive', () => {
    // The launcher beside two stand-in bundles that say which they are.
    const copy = mkdtempSync(path.join(os.tmpdir(), 'fml-launcher-'));
    copyFileSync(path.join(DIST, 'cli.js'), path.join(copy, 'cli.js'));
    for (const name of ['cli-main.js', 'derive-main.js'])
      writeFileSync(
        path.join(copy, name),
        `(function () { process.stdout.write(${JSON.stringify(name)}); })`,
      );
    const started = (args: string[]) =>
      spawnSync(process.execPath, [path.join(copy, 'cli.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
      }).stdout;
    expect(started(['derive', 'flink-conf.yaml'])).toBe('derive-main.js');
    expect(started(['--help', 'derive'])).toBe('derive-main.js');
    for (const args of [['lint', '.'], ['size', '--container', '4g'], ['--help'], ['--version'], ['derived']])
      expect(started(args)).toBe('cli-main.js');
  });

  it('holds half the code of the whole command line or less', () => {
    const size = (file: string) => statSync(path.join(DIST, file)).size;
    expect(size('derive-main.js')).toBeLessThan(size('cli-main.js') * 0.6);
    // None of the other commands is in it.
    const text = readFileSync(path.join(DIST, 'derive-main.js'), 'latin1');
    for (const option of ['--fail-on', '--keep-sizes', '--container']) expect(text).not.toContain(option);
  });
});
