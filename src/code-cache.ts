// Runs a bundle with V8's cache of its compiled code: the command line's (dist/cli.js) and the lint
// worker's (dist/lint-worker.js). Every run would otherwise parse the bundle and compile each
// function again on its first call: about half of a one-file `derive`, and a worker thread's start.
// Node 20 keeps no such cache, and Node 22's compile cache holds only what compiles before the
// program runs; this one is made at the end of a run, so it holds every function the run used.
// A cache is read only where it can be this run's own: the bundles' hash (written into each
// launcher by scripts/build.mjs) and the Node version name the file, only a folder of this user's
// that no one else can write is read, and V8 itself rejects a cache made by another V8, under
// other flags or for a source of another length (then it is written again).
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
  writevSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The process event a bundle started here emits to have V8's compiled code kept at once instead
 * of at exit: a worker thread ended by the process's end keeps nothing.
 */
export const KEEP_CODE_EVENT = 'flink-memory-lint:keep-code';

type Main = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

/**
 * Compiles `bundle` (a CommonJS body wrapped in a function, scripts/build.mjs) with the cache named
 * `name` (one per command: each runs its own functions), and runs it with the launcher's `require`,
 * which resolves as the bundle's would (same folder) without loading node:module.
 */
export function runCached(bundle: string, id: string, name: string, require: NodeJS.Require): void {
  const cacheFile = cachePath(id, name);
  let cached: Buffer | undefined;
  try {
    if (cacheFile) cached = readFileSync(cacheFile);
  } catch {
    // No cache yet.
  }
  // The bundle is ASCII (scripts/build.mjs): read as Latin-1, it needs no decoding.
  const script = new vm.Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData: cached });
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    // At exit, or earlier where the bundle says its work is done (KEEP_CODE_EVENT); once.
    const keepOnce = () => {
      process.off('exit', keepOnce).off(KEEP_CODE_EVENT, keepOnce);
      keep(cacheFile, script, id);
    };
    process.once('exit', keepOnce).once(KEEP_CODE_EVENT, keepOnce);
  }
  const module = { exports: {} };
  (script.runInThisContext() as Main)(module.exports, require, module, bundle, path.dirname(bundle));
}

/**
 * The cache of these bundles for this Node and `name`, in `$XDG_CACHE_HOME` (or `~/.cache`); none
 * when `NODE_DISABLE_COMPILE_CACHE` is set, as for Node's own cache, or when the folder is not
 * this user's alone.
 */
function cachePath(id: string, name: string): string | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = cacheFolder();
  return dir && path.join(dir, `${id}-${process.version}-${process.arch}-${name}.cache`);
}

/**
 * The tool's folder in `$XDG_CACHE_HOME` (or `~/.cache`), made if need be; undefined when it is not
 * this user's alone (a cache anyone else could write is never read).
 */
export function cacheFolder(): string | undefined {
  try {
    const home = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    const dir = path.join(home, 'flink-memory-lint');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0)
      return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Writes what V8 compiled in this run (`keepWhole`). */
function keep(file: string, compiled: vm.Script, id: string): void {
  if (keepWhole(file, () => [compiled.createCachedData()]))
    prune(path.dirname(file), `${id}-${process.version}-`);
}

/**
 * Writes a cache file whole or not at all: into a new file, then renamed over the old one, so a
 * reader sees one or the other. False where it could not be written: a cache is never needed, a
 * run that cannot write one only misses it next time.
 */
export function keepWhole(file: string, parts: () => readonly Uint8Array[]): boolean {
  const partial = `${file}.${process.pid}`;
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      writeParts(fd, parts());
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    return true;
  } catch {
    rmSync(partial, { force: true });
    return false;
  }
}

/** Most parts one call writes (the system's IOV_MAX). */
const PARTS_A_CALL = 1024;

/** Writes the parts in order, a batch a call, without first copying them into one buffer. */
function writeParts(fd: number, parts: readonly Uint8Array[]): void {
  for (let at = 0; at < parts.length; at += PARTS_A_CALL) {
    const batch = parts.slice(at, at + PARTS_A_CALL);
    let written = writevSync(fd, batch);
    // A call may write less than asked: the rest of the batch, part by part.
    for (const part of batch) {
      for (let from = Math.min(written, part.length); from < part.length;) from += writeSync(fd, part, from);
      written = Math.max(0, written - part.length);
    }
  }
}

/** A cache of other bundles or another Node unused this long is removed: the folder does not grow forever. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Removes the caches of other bundles (an earlier version of the tool) and other Nodes that no run
 * wrote for a week; one still in use is only written again by its next run. Also a week-old partial
 * file (`….cache.<pid>`): a worker ended with its process while it wrote one.
 */
function prune(dir: string, current: string): void {
  for (const name of readdirSync(dir)) {
    const partial = /\.cache\.\d+$/.test(name);
    if (!partial && (!name.endsWith('.cache') || name.startsWith(current))) continue;
    const file = path.join(dir, name);
    if (Date.now() - lstatSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}
