/**
 * Repository paths (`/` separators, relative to the linted root) as the link stage joins them:
 * without `node:path`, so the stage runs in the browser playground too. Nothing here touches files.
 */

/** The folder of a path; `.` for a file at the root. */
export function dirname(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
}

/** `a/./b/../c` → `a/c`; leading `..` kept (the caller refuses paths that leave the root). */
export function normalize(file: string): string {
  const absolute = file.startsWith('/');
  const out: string[] = [];
  for (const part of file.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}
