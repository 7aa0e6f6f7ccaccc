// A run's report kept whole by the result cache (result-cache.ts). Where nothing it depends on
// changed since the last run (each listed file's status, the listing itself, the status of every
// file outside the listing that the links read, and the settings, policies and options, which the
// cache's keys hold), the last report is this run's: no file is read, linked or judged.
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { keepWhole } from '../code-cache.js';
import type { Notice, Report } from '../model/index.js';
import {
  inTree,
  realRoot,
  statConfined,
  type ListedFile,
  type RealFolders,
  type TreeReader,
} from '../sources/index.js';
import {
  decoded,
  hashName,
  serialize,
  statKey,
  storedStatus,
  type CacheSetup,
  type RunToKeep,
  type StoredRun,
} from './result-cache.js';

/** What a run that reuses the report reads first: all but its configs and findings. */
interface Head {
  tool: Report['tool'];
  summary: Report['summary'];
  stats: NonNullable<Report['stats']>;
  /** The notices its files gave; those the settings, the pack and the listing gave are apart. */
  found: Notice[];
  packNotices: Notice[];
}

/** The rest, decoded only where it is looked at: a kept rendering of the report needs none of it. */
type Body = Pick<Report, 'configs' | 'findings' | 'suppressed' | 'policies' | 'sources'>;

const BODY_FIELDS = ['configs', 'findings', 'suppressed', 'policies', 'sources'] as const;

/** The last run's report, found to hold: it becomes this run's with this run's notices. */
export interface Reused {
  packNotices: Notice[];
  report(notices: (found: Notice[]) => Notice[]): Report;
}

/** Where each report made or reused with the cache is kept: its rendering is kept beside it. */
const keptAt = new WeakMap<Report, { file: string; id: string }>();

/** Remembers that `report` is kept whole under `id` (result-cache.ts's `keepFiles`). */
export function keptAs(report: Report, setup: CacheSetup, id: string | undefined): void {
  if (id !== undefined) keptAt.set(report, { file: setup.file, id });
}

/**
 * The last run's report where every file it depends on is as it was (`listed`, then the files
 * git's walk lists `later`); undefined at the first difference. The listing's notices and the
 * settings' are the caller's: they are said afresh each run.
 */
export async function reusedRun(
  setup: CacheSetup,
  last: StoredRun,
  listed: readonly ListedFile[],
  later: Promise<readonly ListedFile[]> | undefined,
  cwd: string,
): Promise<Reused | undefined> {
  const stored = storedStatus(setup);
  const folders: RealFolders = new Map();
  // Looked at as a run with the cache looks at a held file: confined as a read would be.
  const unchanged = (files: readonly ListedFile[]) => {
    const now = Date.now();
    return files.every((file) => {
      const known = stored.get(file.relative);
      const stat = known !== undefined && statConfined(file.file, [file.root], folders);
      return stat && statKey(stat, now) === known;
    });
  };
  if (!unchanged(listed)) return undefined;
  const more = later ? await later : [];
  if (listed.length + more.length !== stored.size || !unchanged(more)) return undefined;
  const root = realRoot(cwd) ?? cwd;
  const now = Date.now();
  if (!last.reads.every(([relative, status]) => readStatus(root, relative, folders, now) === status))
    return undefined;
  const head = decoded<Head>(last.head());
  if (!head) return undefined;
  return {
    packNotices: head.packNotices,
    report: (notices) => {
      const report = {
        tool: head.tool,
        notices: notices(head.found),
        summary: head.summary,
        stats: { ...head.stats, cached: stored.size, reused: true },
      } as Report;
      let body: Body | undefined;
      // Read from the file as it was opened (a run that replaces it renames a new one over it).
      const field = (name: keyof Body) => (body ??= decodedBody(last))[name];
      for (const name of BODY_FIELDS)
        Object.defineProperty(report, name, { get: () => field(name), enumerable: true, configurable: true });
      keptAt.set(report, { file: setup.file, id: last.id });
      return report;
    },
  };
}

/**
 * The link stage's reader, telling the status of each file it reads outside the listing (a
 * kustomization's base in a folder the run was not asked to lint, a compose file's `.env`).
 */
export function readsOutside(
  read: TreeReader,
  listed: readonly ListedFile[],
  cwd: string,
): { read: TreeReader; reads: Map<string, string | undefined> } {
  const names = new Set(listed.map((file) => file.relative));
  const root = realRoot(cwd) ?? cwd;
  const folders: RealFolders = new Map();
  const reads = new Map<string, string | undefined>();
  return {
    reads,
    read: (relative) => {
      // Its status before its bytes: a write in between makes the next run read again.
      if (inTree(relative) && !names.has(relative) && !reads.has(relative))
        reads.set(relative, readStatus(root, relative, folders, Date.now()));
      return read(relative);
    },
  };
}

/**
 * A file's status as the reader would find it: a file's as the cache compares it, `none` or
 * `folder` where it reads as nothing whatever it holds; undefined where it cannot be told (too
 * recent, a link, a file the reader refuses): then the report is not kept.
 */
function readStatus(root: string, relative: string, folders: RealFolders, now: number): string | undefined {
  const file = path.join(root, relative);
  const stat = statConfined(file, [root], folders);
  if (stat) return statKey(stat, now);
  try {
    const found = lstatSync(file, { throwIfNoEntry: false });
    if (!found) return 'none';
    return found.isDirectory() ? 'folder' : undefined;
  } catch {
    return 'none';
  }
}

/**
 * What `keepFiles` needs to keep a run's report: `found`, the notices its files gave (the settings',
 * the pack's and the listing's are kept apart); `reads`, as `readsOutside` told them (none where
 * nothing was linked).
 */
export function keptRun(
  report: Report,
  found: Notice[],
  packNotices: Notice[],
  listed: number,
  reads: Map<string, string | undefined> | undefined,
): RunToKeep {
  const statuses = [...(reads ?? [])];
  return {
    listed,
    reads: statuses.every(([, status]) => status !== undefined)
      ? (statuses as [string, string][])
      : undefined,
    report: () => {
      const { tool, summary, stats } = report;
      const head: Head = { tool, summary, stats: stats!, found, packNotices };
      const body: Body = Object.fromEntries(BODY_FIELDS.map((name) => [name, report[name]])) as Body;
      try {
        return [serialize(head), serialize(body)];
      } catch {
        return undefined;
      }
    },
  };
}

/** The configs and findings of a report kept whole, once its head is used: there is no going back. */
function decodedBody(last: StoredRun): Body {
  const body = decoded<Body>(last.body());
  if (!body) throw new Error('the cache of the last run cannot be read: run again with --no-cache');
  return body;
}

/**
 * A rendering of a report kept whole (`--format json`, say, with its options and the run's notices
 * in `key`): the bytes written for it when the same report was rendered so before, else where to
 * keep this one; undefined for a report not kept.
 */
export function rendering(
  report: Report,
  key: string,
): { kept: Buffer } | { keep: (text: string) => void } | undefined {
  const at = keptAt.get(report);
  if (!at) return undefined;
  const file = renderingFile(at.file, key);
  // The file: the header's length (4 bytes, little-endian), the header (JSON: the report's id, the
  // key, the text's length in bytes), the text.
  try {
    const bytes = readFileSync(file);
    const length = bytes.readUInt32LE(0);
    const [id, kept, size] = JSON.parse(bytes.toString('utf8', 4, 4 + length)) as [string, string, number];
    if (id === at.id && kept === key && bytes.length === 4 + length + size)
      return { kept: bytes.subarray(4 + length) };
  } catch {
    // None yet, or not one this build can read: rendered again, and kept.
  }
  return {
    keep: (text) => {
      const bytes = Buffer.from(text);
      const head = Buffer.from(JSON.stringify([at.id, key, bytes.length]));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(head.length);
      keepWhole(file, () => [length, head, bytes]);
    },
  };
}

/** One file a kind of rendering, beside the tree's cache file: a new report's replaces the last. */
const renderingFile = (cacheFile: string, key: string) =>
  path.join(
    path.dirname(cacheFile),
    `${path.basename(cacheFile, '.cache').replace(/^lint-results-/, 'lint-rendered-')}-${hashName(key)}.cache`,
  );
