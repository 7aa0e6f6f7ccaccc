import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';

/**
 * The one way the tool opens a file of the repository it lints (configs, the settings file, user
 * policies, the baseline): its real path, symbolic links resolved, must lie inside one of the
 * allowed roots, it must be a regular file, and at most `maxBytes` are read. A refusal names the
 * path and why, never anything the file holds. Everything in a pull request's checkout is written
 * by its author, links included: see SECURITY.md.
 */

/** Files above this size are not read (reported as a notice). */
export const MAX_FILE_BYTES = 1024 * 1024;

export type RefusalCode =
  'not-found' | 'symlink-outside-root' | 'not-a-file' | 'file-too-large' | 'unreadable';

export type ConfinedRead =
  { ok: true; bytes: Buffer; stat: Stats } | { ok: false; code: RefusalCode; message: string };

/** The real path of a folder the tool may read under; undefined when it does not exist. */
export function realRoot(dir: string): string | undefined {
  try {
    return realpathSync.native(dir);
  } catch {
    return undefined;
  }
}

/** Whether a real path lies in (or is) one of the real roots. */
function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some(
    (root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep),
  );
}

/** Whether a path, as written, stays inside `dir` (no `..` out of it, not absolute elsewhere). */
export function lexicallyInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, path.resolve(dir, file));
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The real path of `file` when it lies inside the roots; otherwise why not. Used for folders
 * (policy folders, linted paths) before they are listed.
 */
export function confinedPath(
  file: string,
  roots: readonly string[],
): { ok: true; real: string } | { ok: false; code: RefusalCode; message: string } {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch (err) {
    return failure(err);
  }
  if (!insideRoots(real, roots))
    return {
      ok: false,
      code: 'symlink-outside-root',
      message: 'A symbolic link out of the workspace; not followed',
    };
  return { ok: true, real };
}

/**
 * Real paths of the folders one pass over a tree has resolved (undefined: not there): a file that
 * is not itself a link lies at its folder's real path, so a pass resolves each folder once instead
 * of every file's whole path. Made for one pass and dropped after it, so that a folder changed
 * later is seen.
 */
export type RealFolders = Map<string, string | undefined>;

/**
 * The status of a file inside the roots, as `readConfined` would open it, without opening it: a
 * regular file at its folder's real path. Undefined for anything else (a link, a file out of the
 * roots, one that is gone): those are only ever read.
 */
export function statConfined(
  file: string,
  roots: readonly string[],
  folders: RealFolders,
): Stats | undefined {
  const realDir = realFolder(path.dirname(file), roots, folders);
  if (realDir === undefined) return undefined;
  try {
    const stat = lstatSync(path.join(realDir, path.basename(file)));
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** A folder's real path when it lies inside the roots, resolved once a pass (`folders`). */
function realFolder(dir: string, roots: readonly string[], folders: RealFolders): string | undefined {
  const real = resolvedFolder(dir, folders);
  return real !== undefined && insideRoots(real, roots) ? real : undefined;
}

/**
 * A folder's real path: its parent's, resolved once a pass, and its own name there unless that is
 * a link (then resolved whole). One status a folder, where resolving each folder whole looks at
 * every folder above it again.
 */
function resolvedFolder(dir: string, folders: RealFolders): string | undefined {
  if (folders.has(dir)) return folders.get(dir);
  const parent = path.dirname(dir);
  let real: string | undefined;
  if (parent === dir) real = realRoot(dir);
  else {
    const realParent = resolvedFolder(parent, folders);
    if (realParent !== undefined) {
      const here = path.join(realParent, path.basename(dir));
      try {
        const stat = lstatSync(here);
        if (stat.isDirectory()) real = here;
        else if (stat.isSymbolicLink()) real = realRoot(here);
      } catch {
        // Gone, or not a folder: nothing lies under it.
      }
    }
  }
  folders.set(dir, real);
  return real;
}

/** Reads a file inside the roots; see the module comment. */
export function readConfined(
  file: string,
  roots: readonly string[],
  maxBytes = MAX_FILE_BYTES,
  folders?: RealFolders,
): ConfinedRead {
  if (folders) {
    const realDir = realFolder(path.dirname(file), roots, folders);
    // O_NOFOLLOW refuses a file that is itself a link: that one takes the whole path's resolution.
    if (realDir !== undefined) {
      const read = readReal(path.join(realDir, path.basename(file)), maxBytes);
      if (read !== LINK) return read;
    }
  }
  const where = confinedPath(file, roots);
  if (!where.ok) return where;
  const read = readReal(where.real, maxBytes);
  return read === LINK ? LOOP : read;
}

const LINK = 'link';
const LOOP = { ok: false, code: 'unreadable', message: 'A loop of symbolic links; not read' } as const;

/** Opens a path already known to lie inside the roots (its last part may still be a link). */
function readReal(real: string, maxBytes: number): ConfinedRead | typeof LINK {
  let fd: number | undefined;
  try {
    // Non-blocking: a named pipe opens at once (and is then refused) instead of waiting for a writer.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stat = fstatSync(fd);
    const reason = unreadableReason(stat, maxBytes);
    if (reason) return { ok: false, code: stat.isFile() ? 'file-too-large' : 'not-a-file', message: reason };
    // Not zero-filled: only the bytes read are kept (small files come from the shared pool).
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read), stat };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ELOOP' ? LINK : failure(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function failure(err: unknown): { ok: false; code: RefusalCode; message: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return { ok: false, code: 'not-found', message: 'No such file (or a dangling symbolic link)' };
  if (code === 'ELOOP') return LOOP;
  // Node's message without the path it ends with.
  return {
    ok: false,
    code: 'unreadable',
    message: `Could not be read (${(err as Error).message.replace(/, \w+ '.*'$/, '')})`,
  };
}

/** Why a file is not read as text: not a regular file (a FIFO would block), or over the size limit. */
export function unreadableReason(stat: Stats, maxBytes = MAX_FILE_BYTES): string | undefined {
  if (!stat.isFile()) return `A ${fileKind(stat)}, not a regular file; not read`;
  if (stat.size > maxBytes) return `${stat.size} bytes, above the ${maxBytes}-byte limit; not read`;
  return undefined;
}

function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'named pipe (FIFO)';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special file';
}
