import path from 'node:path';
import { readConfined, realRoot } from './confined-file.js';
import type { ListedFile } from './discover.js';

/** Reads a file of the run by its path relative to the workspace: its text, or undefined. */
export type TreeReader = (relative: string) => string | undefined;

/**
 * The reader the link stage is given for the files other files name (a kustomization's bases and
 * patches, a compose file's `.env`): a listed file from where it was listed (the disk, or a base
 * revision's bytes), else, where the run reads the disk, a file inside the workspace through the
 * confined reader. Binary and UTF-16 files read as nothing; each file is read once.
 */
export function treeReader(listed: readonly ListedFile[], cwd?: string): TreeReader {
  const byPath = new Map(listed.map((f) => [f.relative, f]));
  const root = cwd === undefined ? undefined : (realRoot(cwd) ?? cwd);
  const cache = new Map<string, string | undefined>();
  const read = (relative: string): Uint8Array | undefined => {
    if (!inTree(relative)) return undefined;
    const found = byPath.get(relative);
    if (found?.bytes) return found.bytes;
    if (found) {
      const result = readConfined(found.file, [found.root]);
      return result.ok ? result.bytes : undefined;
    }
    if (root === undefined) return undefined;
    const result = readConfined(path.join(root, relative), [root]);
    return result.ok ? result.bytes : undefined;
  };
  return (relative) => {
    if (cache.has(relative)) return cache.get(relative);
    const bytes = read(relative);
    const buffer = bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text =
      buffer && !buffer.subarray(0, 8000).includes(0) && !isUtf16(buffer)
        ? buffer.toString('utf8')
        : undefined;
    cache.set(relative, text);
    return text;
  };
}

/** Whether a path the reader is given names a file in the tree (else it reads as nothing). */
export const inTree = (relative: string): boolean =>
  relative !== '' && !relative.startsWith('/') && !relative.split('/').includes('..');

const isUtf16 = (bytes: Buffer) =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
