// The code caches of the command line and its worker threads (src/code-cache.ts), seen from
// outside: the bundled CLI run as a child process with its cache folder in a temporary
// XDG_CACHE_HOME. Needs `npm run build`.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const CLI = path.join(DIST, 'cli.js');
const CONFIG = 'taskmanager.memory.process.size: 1728m\njobmanager.memory.process.size: 1600m\n';

/** What the build names this build's caches by: one hash of the cached bundles. */
const bundleId = () =>
  createHash('sha256')
    .update(readFileSync(path.join(DIST, 'cli-main.js')))
    .update(readFileSync(path.join(DIST, 'derive-main.js')))
    .update(readFileSync(path.join(DIST, 'lint-worker-main.js')))
    .digest('hex')
    .slice(0, 16);

describe('the command line keeps what V8 compiled, per command', () => {
  let root: string;
  let cache: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'fml-code-cache-'));
    cache = path.join(root, 'xdg', 'flink-memory-lint');
    writeFileSync(path.join(root, 'flink-conf.yaml'), CONFIG);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = {}) => {
    const child = spawnSync(process.execPath, [CLI, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', XDG_CACHE_HOME: path.join(root, 'xdg'), ...env },
    });
    expect(child.stderr).toBe('');
    return child;
  };
  const files = () => readdirSync(cache).sort();
  const written = (file: string) => {
    const stat = statSync(path.join(cache, file));
    return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  };

  it('every bundle is ASCII: the launcher reads the command line as Latin-1, one byte a character', () => {
    for (const name of readdirSync(DIST).filter((n) => n.endsWith('.js'))) {
      const bytes = readFileSync(path.join(DIST, name));
      expect({ name, outside: bytes.findIndex((b) => b > 0x7f) }).toEqual({ name, outside: -1 });
    }
  });

  it('the first run writes the cache, named for the bundle, this Node and the command; the next reads it', () => {
    const first = run(['derive', 'flink-conf.yaml']);
    expect(first.status).toBe(0);
    const id = bundleId();
    expect(files()).toEqual([`${id}-${process.version}-${process.arch}-derive.cache`]);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const before = written(files()[0]);
    const second = run(['derive', 'flink-conf.yaml']);
    expect(second.stdout).toBe(first.stdout);
    // Accepted by V8, so not written again.
    expect(written(files()[0])).toBe(before);
  });

  it('lint, which turns TurboFan off, reads its cache under the flags it was made with', () => {
    writeFileSync(path.join(root, 'flink-conf.yaml'), CONFIG);
    const first = run(['lint', '--fail-on', 'never', '--format', 'json', '.']);
    const [file] = files();
    expect(file).toMatch(/-lint\.cache$/);
    const before = written(file);
    const second = run(['lint', '--fail-on', 'never', '--format', 'json', '.']);
    expect(second.stdout).toBe(first.stdout);
    expect(written(file)).toBe(before);
  });

  it('a lint in two threads keeps the worker’s compiled code too, and the next lint reads it', () => {
    mkdirSync(path.join(root, 'conf'));
    writeFileSync(path.join(root, 'conf/flink-conf.yaml'), CONFIG.replace('1728m', '4g'));
    const lint = ['lint', '--concurrency', '2', '--fail-on', 'never', '--format', 'json', '.'];
    const first = run(lint);
    expect(files().map((f) => f.replace(/^.*-/, ''))).toEqual(['lint.cache', 'worker.cache']);
    const worker = files()[1];
    const before = written(worker);
    const second = run(lint);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout).configs).toHaveLength(2);
    // Accepted by V8 in the worker thread, so not written again.
    expect(written(worker)).toBe(before);
    // Rejected (here: not a cache at all), it is written again and the run is the same.
    writeFileSync(path.join(cache, worker), 'not a code cache');
    expect(run(lint).stdout).toBe(first.stdout);
    expect(readFileSync(path.join(cache, worker), 'latin1')).not.toBe('not a code cache');
  });

  it('a cache V8 rejects is replaced, and the run is the same', () => {
    const plain = run(['derive', 'flink-conf.yaml']);
    const [file] = files();
    writeFileSync(path.join(cache, file), 'not a code cache');
    const again = run(['derive', 'flink-conf.yaml']);
    expect(again.stdout).toBe(plain.stdout);
    expect(readFileSync(path.join(cache, file), 'latin1')).not.toBe('not a code cache');
    expect(files()).toEqual([file]);
  });

  it('writing a cache removes those of other bundles or Nodes unused for a week, and no other', () => {
    mkdirSync(cache, { recursive: true, mode: 0o700 });
    const weekAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const old = path.join(cache, `0000000000000000-v0.0.0-${process.arch}-derive.cache`);
    const recent = path.join(cache, `1111111111111111-v0.0.0-${process.arch}-derive.cache`);
    const unrelated = path.join(cache, 'notes.txt');
    // A partial write of this very build, left by a thread ended with its process.
    const id = bundleId();
    const partial = path.join(cache, `${id}-${process.version}-${process.arch}-worker.cache.12345`);
    for (const file of [old, recent, unrelated, partial]) writeFileSync(file, 'x');
    for (const file of [old, unrelated, partial]) utimesSync(file, weekAgo, weekAgo);
    run(['derive', 'flink-conf.yaml']);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    expect(files().filter((f) => f.endsWith('-derive.cache'))).toHaveLength(2);
  });

  it('a folder others can write is neither read nor written', () => {
    mkdirSync(cache, { recursive: true });
    chmodSync(cache, 0o777);
    const child = run(['derive', 'flink-conf.yaml']);
    expect(child.status).toBe(0);
    expect(files()).toEqual([]);
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off, as it does Node’s own', () => {
    const child = run(['derive', 'flink-conf.yaml'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(child.status).toBe(0);
    expect(() => readdirSync(cache)).toThrow();
  });
});
