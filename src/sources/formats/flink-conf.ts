import type { Entry, LoadProblem, Location } from '../../model/index.js';

/**
 * Maps a (line, column) inside `text` to a position in the real file (for blocks embedded in YAML);
 * identity when the text is the whole file. Lines and columns are 1-based.
 */
export type PositionMap = (line: number, column: number) => { line: number; column: number };

export interface ReadResult {
  entries: Entry[];
  problems: LoadProblem[];
}

export const identityMap: PositionMap = (line, column) => ({ line, column });

export function locate(file: string, map: PositionMap, line: number, column: number): Location {
  return { file, ...map(line, column) };
}

/** Java `String.trim()`: strips code units up to U+0020 only (not NBSP or other Unicode spaces). */
function trimStart(s: string, from: number, to: number): number {
  while (from < to && s.charCodeAt(from) <= 0x20) from++;
  return from;
}
function trimEnd(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) <= 0x20) to--;
  return to;
}

const BOM = 0xfeff;

/** Problems one file reports line by line; the rest are counted in one more. */
export const MAX_LINE_PROBLEMS = 100;

/**
 * Flink's legacy `flink-conf.yaml` line reader (`GlobalConfiguration.loadYAMLResource`, 1.10–1.20):
 * cut at the first `#`, trim, split at the first `": "`, every value a string, later lines win.
 */
export function readFlinkConf(text: string, file: string, map: PositionMap = identityMap): ReadResult {
  const entries: Entry[] = [];
  const problems: LoadProblem[] = [];
  const byKey = new Map<string, Entry>();
  let lineNo = 0;
  let pos = 0;
  let unsaid = 0;
  const n = text.length;
  while (pos < n) {
    // Java's BufferedReader.readLine: \n, \r and \r\n all end a line.
    let end = pos;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next =
      end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    lineNo++;
    // The line on its own: searches for '#' and ': ' stop at its end, not the file's.
    readLine(text.slice(pos, end), 0, end - pos, lineNo);
    pos = next;
  }
  if (unsaid > 0)
    problems.push({
      code: 'limit',
      message: `${unsaid} more lines have problems; only the first ${MAX_LINE_PROBLEMS} are reported`,
      location: locate(file, map, lineNo, 1),
    });
  return { entries, problems };

  /** A file of a million bad lines gives a hundred problems and a count, not a million. */
  function report(problem: LoadProblem): void {
    if (problems.length < MAX_LINE_PROBLEMS) problems.push(problem);
    else unsaid++;
  }

  function readLine(s: string, start: number, end: number, line: number): void {
    const hash = s.indexOf('#', start);
    const cut = hash >= 0 && hash < end ? hash : end;
    const from = trimStart(s, start, cut);
    const to = trimEnd(s, from, cut);
    if (from === to) return;
    const at = (i: number): Location => locate(file, map, line, i - start + 1);
    const sep = s.indexOf(': ', from);
    if (sep < 0 || sep + 2 > to) {
      report({
        code: 'invalid-line',
        message: `Line is not a key-value pair (missing space after ':'?): ${s.slice(from, to)}`,
        location: at(from),
      });
      return;
    }
    const keyFrom = from;
    const keyTo = trimEnd(s, keyFrom, sep);
    const valueFrom = trimStart(s, sep + 2, to);
    if (keyFrom === keyTo || valueFrom === to) {
      report({
        code: 'empty-key-or-value',
        message: `Key or value was empty: ${s.slice(from, to)}`,
        location: at(from),
      });
      return;
    }
    const key = s.slice(keyFrom, keyTo);
    if (line === 1 && key.charCodeAt(0) === BOM) {
      report({
        code: 'other',
        message: `The file starts with a byte-order mark, which Flink reads as part of the first key ('${key.slice(1)}' is not set)`,
        location: at(keyFrom),
      });
    }
    const entry: Entry = { key, value: s.slice(valueFrom, to), location: at(keyFrom), origin: 'file' };
    const earlier = byKey.get(key);
    if (earlier) {
      earlier.overriddenBy = entry.location;
      report({
        code: 'duplicate-key',
        message: `Duplicate key '${key}': this line overrides line ${earlier.location.line}`,
        location: entry.location,
      });
    }
    byKey.set(key, entry);
    entries.push(entry);
  }
}
