// A run's report kept whole by the result cache (result-cache.ts). Where nothing it depends on
// changed since the last run (each listed file's status, the listing itself, the status of every
// file outside the listing that the links read, and the settings, policies and options, which the
// cache's keys hold), the last report is this run's: no file is read, linked or judged.
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Notice, Report } from '../model/index.js';
import {
  inTree,
  realRoot,
  statConfined,
  type ListedFile,
  type RealFolders,
  type TreeReader,
} from '../sources/index.js';
import { statKey, storedStatus, type CacheSetup, type RunToKeep, type StoredRun } from './result-cache.js';

/** What is kept: the report with the notices its files gave, and those compiling the pack gave. */
interface Whole {
  report: Report;
  packNotices: Notice[];
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
): Promise<Whole | undefined> {
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
  const bytes = last.report();
  if (!bytes) return undefined;
  try {
    const whole = process.getBuiltinModule('node:v8').deserialize(bytes) as Whole;
    const stats = { ...whole.report.stats!, cached: stored.size, reused: true };
    return { report: { ...whole.report, stats }, packNotices: whole.packNotices };
  } catch {
    return undefined;
  }
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
      try {
        const whole: Whole = { report: { ...report, notices: found }, packNotices };
        return process.getBuiltinModule('node:v8').serialize(whole);
      } catch {
        return undefined;
      }
    },
  };
}
