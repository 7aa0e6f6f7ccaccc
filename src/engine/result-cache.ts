// What a lint learnt of each file, kept between runs of the command line in the user's cache
// folder (src/code-cache.ts): what loading the file gave, keyed by its status as git's index keys
// a file (device, inode, size, modification and change times); and what deriving and judging its
// configs gave, keyed besides by their links and by everything else judging reads (the settings,
// the baseline, the policy folders). A file whose times are too recent to tell a later write from
// this one (git's "racily clean" entries) is read every time until they are not. A cache can only
// spare work: with it or without, a report is the same, byte for byte.
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, keepWhole } from '../code-cache.js';
import { TOOL } from '../model/index.js';

/** What every thread of a run needs to use the cache: plain data. */
export interface CacheSetup {
  file: string;
  /** The tree, the listing's options and the build: a file of another is never read. */
  key: string;
  /** Everything judging reads besides a file and its links, serialised; absent: judging is not kept. */
  judging?: Uint8Array;
  /**
   * What else a whole report depends on (a run's options), where the run's report is kept whole;
   * absent: it is not (files given from git, or judging not kept).
   */
  run?: string;
}

/**
 * A run's report, kept whole: it holds while every listed file and the listing are as they were,
 * and every file outside the listing that the links read has the status it had.
 */
export interface StoredRun {
  /** Made anew each time a report is kept: what is kept of its rendering is kept under it. */
  id: string;
  /** Path (relative to the tree) and status of each file the link stage read outside the listing. */
  reads: [string, string][];
  /** Read when asked for: undefined where it cannot be. */
  head: () => Uint8Array | undefined;
  body: () => Uint8Array | undefined;
}

/** One file's part of the cache file. */
interface Stored {
  stat: string;
  /** What loading gave (`files.ts` serialises it). */
  load: Uint8Array;
  /** Its configs' links and what judging gave, where the file held anything to judge. */
  links?: Uint8Array;
  judged?: Uint8Array;
}

/**
 * What a thread tells the main thread to keep of one file: new parts as bytes, `null` for a part
 * it found in the cache as it is and used.
 */
export interface CacheEntry {
  path: string;
  stat: string;
  load: Uint8Array | null;
  links?: Uint8Array;
  judged?: Uint8Array | null;
}

/** A file changed within this long of being read may change again unseen (same times, same size). */
export const SETTLE_MS = 2000;

/** Most files a cached run lists: the cache holds a copy of what a run keeps of every file. */
export const CACHED_FILES_MAX = 20_000;

/** A file's status as the cache compares it; undefined while it is not settled. */
export function statKey(stat: Stats, now: number): string | undefined {
  if (Math.max(stat.mtimeMs, stat.ctimeMs) > now - SETTLE_MS) return undefined;
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.mode}`;
}

/**
 * The cache of a run of the command line over `root` with these listing options, where the run
 * comes from the built bundles (running from the sources, nothing tells one build from another)
 * and the user has a cache folder of their own; `policyDirs`, `judged` (the settings and the
 * baseline) name what else the findings depend on.
 */
export function cacheSetup(
  root: string,
  listing: unknown,
  policyDirs: readonly string[],
  judged: unknown,
): CacheSetup | undefined {
  const build = buildStatus();
  const folder = build && cacheFolder();
  if (!folder) return undefined;
  const key = JSON.stringify([TOOL.version, process.version, build, root, listing]);
  const policies = policyStatus(policyDirs);
  return {
    file: path.join(folder, `lint-results-${hashName(key)}.cache`),
    key,
    ...(policies ? { judging: serialize([policies, judged]) } : {}),
  };
}

/** The built bundles' status, beside this module; undefined when running from the sources. */
function buildStatus(): string | undefined {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  try {
    return ['cli-main.js', 'lint-worker-main.js']
      .map((name) => statKey(lstatSync(path.join(dir, name)), Infinity) ?? '')
      .join(' ');
  } catch {
    return undefined;
  }
}

/** Most files of policy folders whose status is compared; a larger folder is judged afresh. */
const POLICY_FILES_MAX = 5000;

/**
 * Every file of the policy folders with its status, in order; undefined (judging is never kept)
 * where one is a link, since its target could change unseen, or there are too many.
 */
function policyStatus(dirs: readonly string[]): string[] | undefined {
  const status: string[] = [];
  const visit = (dir: string): boolean => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      status.push(`${dir}: none`);
      return true;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const stat = lstatSync(file, { throwIfNoEntry: false });
      if (!stat || stat.isSymbolicLink() || status.length >= POLICY_FILES_MAX) return false;
      if (stat.isDirectory()) {
        if (!visit(file)) return false;
      } else status.push(`${file} ${statKey(stat, Infinity)}`);
    }
    return true;
  };
  return dirs.every(visit) ? status : undefined;
}

/** A short name for a long key: the file holds the key, so two keys sharing a name only miss. */
export function hashName(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    a = Math.imul(a ^ key.charCodeAt(i), 0x01000193);
    b = Math.imul(b + key.charCodeAt(i), 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a file the cache holds costs against one it does not: a status and, for a config, decoding
 * what was kept (measured on 4,148 files: a second thread cost more to start than it saved).
 */
const HELD_WORK = 0.1;

/** The work of the listed files, in files to read (threads.ts sizes a run by it). */
export function listedWork(listed: readonly { relative: string }[], setup: CacheSetup): number {
  const stored = storedStatus(setup);
  let held = 0;
  for (const file of listed) if (stored.has(file.relative)) held++;
  return listed.length - held + held * HELD_WORK;
}

/** The same, before the files are listed: a guess of how many there are, less those the cache holds. */
export function cacheWork(files: number, setup: CacheSetup | undefined): number {
  if (!setup) return files;
  const held = Math.min(files, storedStatus(setup).size);
  return files - held + held * HELD_WORK;
}

/** The cache file as this thread opened it, once, by its path. */
const opened = new Map<string, Opened>();

function openedFile(setup: CacheSetup): Opened {
  let stored = opened.get(setup.file);
  if (!stored) opened.set(setup.file, (stored = openStored(setup)));
  return stored;
}

/** Each file the cache holds, with its status: its header alone. */
export function storedStatus(setup: CacheSetup): ReadonlyMap<string, string> {
  return openedFile(setup).status;
}

/** What the cache held when the run began (empty if nothing, or another tree's, or unreadable). */
export function storedFiles(setup: CacheSetup): ReadonlyMap<string, Stored> {
  const file = openedFile(setup);
  return (file.files ??= readParts(file));
}

/** The report the cache holds whole for a run like this one, if any (still to be checked: `lint.ts`). */
export function storedRun(setup: CacheSetup): StoredRun | undefined {
  return openedFile(setup).run;
}

/**
 * The cache file: the length of its header (4 bytes, little-endian), the header (JSON: the key,
 * each file's path, status and where its parts lie), then the parts, back to back. The header is
 * read first; the parts, where a thread looks at files, in one call, and are views of it, decoded
 * only for the files it looks at; a run whose report is kept whole reads that part alone.
 */
interface Header {
  key: string;
  /** The parts' length in all: a file cut short is not read. */
  size: number;
  judging?: Span;
  files: [string, string, Span, Span?, Span?][];
  run?: { key: string; id: string; reads: [string, string][]; head: Span; body: Span };
}

/** The cache file as a thread opened it: its header, and the parts once read. */
interface Opened {
  status: Map<string, string>;
  /** Open until the parts are read: another run may replace the file meanwhile. */
  fd?: number;
  header?: Header;
  /** Where the parts begin. */
  at: number;
  /** Whether its configs were judged with what this run judges with (else only loading holds). */
  judged: boolean;
  files?: Map<string, Stored>;
  run?: StoredRun;
}

/** Where a part lies: offset after the header, length. */
type Span = [number, number];

/** Reads the header of the cache file; the parts stay on disk, the file open. */
function openStored(setup: CacheSetup): Opened {
  const none: Opened = { status: new Map(), at: 0, judged: false };
  let fd: number | undefined;
  try {
    fd = openSync(setup.file, 'r');
    const length = readAt(fd, 0, 4).readUInt32LE(0);
    const header = JSON.parse(readAt(fd, 4, length).toString('utf8')) as Header;
    const at = 4 + length;
    if (header.key !== setup.key || fstatSync(fd).size !== at + header.size) throw new Error('another');
    const status = new Map(header.files.map(([file, stat]) => [file, stat]));
    const file: Opened = { status, fd, header, at, judged: false };
    file.judged = header.judging !== undefined && sameBytes(readPart(file, header.judging), setup.judging);
    const { run } = header;
    if (run && setup.run !== undefined && run.key === setup.run && file.judged)
      file.run = {
        id: run.id,
        reads: run.reads,
        head: () => readPart(file, run.head),
        body: () => readPart(file, run.body),
      };
    return file;
  } catch {
    // None yet, or not one this build can read: the run reads every file.
    if (fd !== undefined) closeSync(fd);
    return none;
  }
}

/** The parts of every file the cache holds, read in one call; the file is closed. */
function readParts(file: Opened): Map<string, Stored> {
  const stored = new Map<string, Stored>();
  const { header, fd, at, judged } = file;
  if (!header || fd === undefined) return stored;
  try {
    const bytes = readAt(fd, at, header.size);
    const part = ([offset, size]: Span) => bytes.subarray(offset, offset + size);
    for (const [path, stat, load, links, judgedPart] of header.files)
      stored.set(
        path,
        judged && links && judgedPart
          ? { stat, load: part(load), links: part(links), judged: part(judgedPart) }
          : { stat, load: part(load) },
      );
  } catch {
    stored.clear();
  } finally {
    closeSync(fd);
    file.fd = undefined;
  }
  return stored;
}

/** One part on its own, while the file is open; undefined once it is closed, or on a failed read. */
function readPart(file: Opened, [offset, size]: Span): Uint8Array | undefined {
  if (file.fd === undefined) return undefined;
  try {
    return readAt(file.fd, file.at + offset, size);
  } catch {
    return undefined;
  }
}

/** `size` bytes of an open file from `position`; throws where the file is shorter. */
function readAt(fd: number, position: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  for (let done = 0; done < size;) {
    const read = readSync(fd, bytes, done, size - done, position + done);
    if (read === 0) throw new Error('cut short');
    done += read;
  }
  return bytes;
}

/** Plain data as the cache keeps a part of it. */
export const serialize = (value: unknown): Uint8Array => process.getBuiltinModule('node:v8').serialize(value);

/** What the cache kept, decoded; undefined where it is not there or does not decode (then it is made again). */
export function decoded<T>(bytes: Uint8Array | undefined): T | undefined {
  try {
    return bytes && (process.getBuiltinModule('node:v8').deserialize(bytes) as T);
  } catch {
    return undefined;
  }
}

/** Whether two byte strings are there and equal. */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** A run's report to keep whole: where the listing was `listed` files, each of them kept. */
export interface RunToKeep {
  listed: number;
  /** As `StoredRun`'s; undefined where one of them was too recent to tell a later write. */
  reads: [string, string][] | undefined;
  /**
   * The report, serialised on demand (only when something changed) in two parts: what a run that
   * reuses it reads first, and the rest; undefined if it cannot be.
   */
  report: () => [Uint8Array, Uint8Array] | undefined;
}

/**
 * Writes the cache of this run's files (main thread, once the run is over): the parts each thread
 * made or used; the files the run did not list are dropped; the run's report, where every listed
 * file is kept. Nothing is written when nothing changed.
 */
export function keepFiles(
  setup: CacheSetup,
  entries: readonly CacheEntry[],
  run?: RunToKeep,
): string | undefined {
  const stored = storedFiles(setup);
  const storedWhole = openedFile(setup).run;
  const files: [string, Stored][] = [];
  let changed = entries.length !== stored.size;
  for (const entry of entries) {
    // A part a thread found as it is: this thread's copy, unless another run rewrote the file
    // between the two threads' reads (then only a part of the same status is the same).
    const found = stored.get(entry.path);
    const old = found?.stat === entry.stat ? found : undefined;
    const load = entry.load ?? old?.load;
    if (!load) continue;
    changed ||= entry.load !== null || (entry.judged !== undefined && entry.judged !== null);
    const parts: Stored = { stat: entry.stat, load };
    const judged = entry.judged === null ? old?.judged : entry.judged;
    const links = entry.judged === null ? old?.links : entry.links;
    if (judged && links) Object.assign(parts, { links, judged });
    files.push([entry.path, parts]);
  }
  const whole =
    setup.run !== undefined && setup.judging && run?.reads && files.length === run.listed ? run : undefined;
  changed ||=
    whole !== undefined &&
    (!storedWhole || JSON.stringify(storedWhole.reads) !== JSON.stringify(whole.reads));
  if (!changed) return undefined;
  const parts: Uint8Array[] = [];
  let offset = 0;
  const place = (bytes: Uint8Array): Span => {
    parts.push(bytes);
    offset += bytes.length;
    return [offset - bytes.length, bytes.length];
  };
  const judging = setup.judging && place(setup.judging);
  const spans = files.map(([file, { stat, load, links, judged }]) => {
    const at: Header['files'][number] = [file, stat, place(load)];
    if (links && judged) at.push(place(links), place(judged));
    return at;
  });
  const report = whole?.report();
  const kept = report && {
    key: setup.run!,
    id: process.getBuiltinModule('node:crypto').randomBytes(8).toString('hex'),
    reads: whole!.reads!,
    head: place(report[0]),
    body: place(report[1]),
  };
  const header: Header = {
    key: setup.key,
    size: offset,
    ...(judging ? { judging } : {}),
    files: spans,
    ...(kept ? { run: kept } : {}),
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return keepWhole(setup.file, () => [length, head, ...parts]) ? kept?.id : undefined;
}
