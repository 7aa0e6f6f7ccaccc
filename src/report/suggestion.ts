import { LineCounter, parseAllDocuments, parse as parseYaml, stringify, visit, type Scalar } from 'yaml';
import type { ConfigKind, Entry, Finding, FlinkConfig } from '../model/index.js';
import { codeBlock, type Markdown } from './markdown/index.js';

/** A GitHub suggestion: the lines `startLine..endLine` of the file replaced by `lines`. */
export interface Suggestion {
  startLine: number;
  endLine: number;
  /** Empty removes the range. */
  lines: string[];
}

/** Longest range a suggestion may replace: larger ones are no longer a one-click fix people read. */
const MAX_SPAN = 20;

/** Kinds whose Flink options form a YAML `map<string, string>`: numbers and booleans are quoted there. */
const STRING_MAPS: ReadonlySet<ConfigKind> = new Set([
  'flinkdeployment',
  'flinksessionjob',
  'helm-values',
  'configmap',
  'kubernetes-workload',
  'docker-compose',
  'flinkcluster',
  'vvp-deployment',
]);

/** How values are written on a line: Flink's own line reader, or YAML. */
type Syntax = 'flink-conf' | 'yaml' | 'yaml-strings';

/** One `key: value` line as written, split where a suggestion edits it. */
interface EntryLine {
  /** 1-based line number. */
  line: number;
  key: string;
  indent: number;
  /** The key as written on the line (the tail of `key` in a nested config.yaml). */
  keyText: string;
  /** Text before the value: indentation, key, separator. */
  head: string;
  /** Text after the value: a comment, or nothing. */
  tail: string;
  quote: '' | '"' | "'";
  syntax: Syntax;
}

const indentOf = (text: string): number => text.length - text.trimStart().length;
const isBlankOrComment = (text: string): boolean => /^\s*(#.*)?$/.test(text);

/**
 * Lines inside a multi-line YAML scalar: `|` blocks hold an embedded config (FLINK_PROPERTIES, a
 * ConfigMap's file) whose lines are edited as lines; other multi-line scalars are not edited.
 */
function multiLineScalars(text: string): { literal: Set<number>; other: Set<number> } {
  const literal = new Set<number>();
  const other = new Set<number>();
  const lineCounter = new LineCounter();
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    if (!('contents' in doc)) continue;
    visit(doc, {
      Scalar(_key, node: Scalar) {
        if (!node.range) return;
        const first = lineCounter.linePos(node.range[0]).line;
        const last = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line;
        if (first === last) return;
        const into = node.type === 'BLOCK_LITERAL' ? literal : other;
        for (let line = first + (node.type === 'BLOCK_LITERAL' ? 1 : 0); line <= last; line++) into.add(line);
      },
    });
  }
  return { literal, other };
}

/** Splits a line at its key and value; undefined where the line is not a plain `key: value`. */
function parseEntryLine(text: string, entry: Entry, syntax: Syntax): EntryLine | undefined {
  const start = entry.location.column - 1;
  if (text.slice(0, start).trim() !== '') return undefined;
  let keyEnd: number;
  let keyText: string;
  const open = text[start];
  if (syntax !== 'flink-conf' && (open === '"' || open === "'")) {
    const close = text.indexOf(open, start + 1);
    if (close < 0) return undefined;
    keyText = text.slice(start + 1, close);
    keyEnd = close + 1;
  } else {
    const sep =
      syntax === 'flink-conf' ? text.indexOf(': ', start) : text.slice(start).search(/:(\s|$)/) + start;
    if (sep < start) return undefined;
    keyText = text.slice(start, sep).trimEnd();
    keyEnd = start + keyText.length;
  }
  if (!(entry.key === keyText || entry.key.endsWith(`.${keyText}`))) return undefined;
  const colon = text.slice(keyEnd).match(/^\s*:\s*/);
  if (!colon) return undefined;
  const valueStart = keyEnd + colon[0].length;
  const rest = text.slice(valueStart);
  let valueEnd: number;
  let quote: EntryLine['quote'] = '';
  if (syntax === 'flink-conf') {
    const hash = rest.indexOf('#');
    valueEnd = valueStart + (hash < 0 ? rest : rest.slice(0, hash)).trimEnd().length;
  } else if (rest.startsWith('"') || rest.startsWith("'")) {
    quote = rest[0] as '"' | "'";
    const close = quote === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(rest) : /^'(?:[^']|'')*'/.exec(rest);
    if (!close) return undefined;
    valueEnd = valueStart + close[0].length;
  } else {
    // Block scalars, flow collections, anchors, aliases and tags are not edited as text.
    if (/^[|>[{&*!]/.test(rest)) return undefined;
    const comment = rest.search(/\s#/);
    valueEnd = valueStart + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
  }
  if (valueEnd === valueStart) return undefined;
  return {
    line: entry.location.line,
    key: entry.key,
    indent: start,
    keyText,
    head: text.slice(0, valueStart),
    tail: text.slice(valueEnd),
    quote,
    syntax,
  };
}

/** A value in the style of the line it goes on. */
function writeValue(value: string, style: Pick<EntryLine, 'quote' | 'syntax'>): string {
  if (style.syntax === 'flink-conf') return value;
  if (style.quote === "'") return `'${value.replace(/'/g, "''")}'`;
  if (style.quote === '"') return JSON.stringify(value);
  let plainReadsBack: boolean;
  try {
    const read: unknown = parseYaml(`k: ${value}`);
    const got = (read as { k?: unknown } | null)?.k;
    plainReadsBack =
      style.syntax === 'yaml-strings'
        ? got === value
        : (typeof got === 'string' || typeof got === 'number' || typeof got === 'boolean') &&
          String(got) === value;
  } catch {
    plainReadsBack = false;
  }
  return plainReadsBack ? value : stringify(value).trimEnd();
}

/** A level of the mapping an entry line sits in: its indentation and the key prefix it stands for. */
interface Level {
  indent: number;
  prefix: string;
  /** The line of the parent `key:` that opens this level, where it is part of the Flink key. */
  opener?: number;
}

/**
 * The mapping levels around an entry line, innermost first, found by walking up to the parent
 * `key:` lines of a nested config.yaml until the written keys spell the whole Flink key.
 */
function levelsOf(lines: readonly string[], at: EntryLine): Level[] | undefined {
  let written = at.keyText;
  const levels: Level[] = [];
  let indent = at.indent;
  let prefix = at.key.slice(0, at.key.length - written.length).replace(/\.$/, '');
  for (let i = at.line - 2; written !== at.key && i >= 0; i--) {
    const text = lines[i];
    if (isBlankOrComment(text) || indentOf(text) >= indent) continue;
    const parent = /^\s*(?:"([^"]*)"|'([^']*)'|([^\s#][^:#]*?))\s*:\s*(#.*)?$/.exec(text);
    if (!parent) return undefined;
    levels.push({ indent, prefix, opener: i + 1 });
    written = `${parent[1] ?? parent[2] ?? parent[3]}.${written}`;
    if (!at.key.endsWith(written)) return undefined;
    indent = indentOf(text);
    prefix = at.key.slice(0, at.key.length - written.length).replace(/\.$/, '');
  }
  if (written !== at.key) return undefined;
  levels.push({ indent, prefix });
  return levels;
}

/** The last line (1-based) of the block that starts at `line` and holds lines indented deeper than `indent`. */
function blockEnd(lines: readonly string[], line: number, indent: number): number {
  let end = line;
  for (let i = line; i < lines.length; i++) {
    if (isBlankOrComment(lines[i])) continue;
    if (indentOf(lines[i]) <= indent) break;
    end = i + 1;
  }
  return end;
}

/** The lines of a file and where each key of a config is written on them. */
interface Written {
  lines: string[];
  /** The line Flink reads last for each key; undefined where that line cannot be edited as text. */
  written: Map<string, EntryLine | undefined>;
  /** Every line of each key, earlier duplicates included (undefined where one cannot be edited). */
  all: Map<string, (EntryLine | undefined)[]>;
}

function writtenEntries(text: string, config: FlinkConfig): Written {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const scalars = config.kind === 'flink-conf' ? undefined : multiLineScalars(text);
  const syntaxAt = (line: number): Syntax | undefined => {
    if (!scalars) return 'flink-conf';
    if (scalars.other.has(line)) return undefined;
    if (scalars.literal.has(line)) return 'yaml';
    return STRING_MAPS.has(config.kind) ? 'yaml-strings' : 'yaml';
  };
  // The line Flink reads last for each key: that is the one to edit.
  const written = new Map<string, EntryLine | undefined>();
  const all = new Map<string, (EntryLine | undefined)[]>();
  for (const entry of config.entries) {
    // Operator entries stand for a resource field, not a line that can be edited.
    if (entry.location.file !== config.file || entry.unresolved || entry.origin === 'operator') continue;
    const syntax = syntaxAt(entry.location.line);
    const text = lines[entry.location.line - 1];
    const parsed = syntax && text !== undefined ? parseEntryLine(text, entry, syntax) : undefined;
    written.set(entry.key, parsed);
    all.set(entry.key, [...(all.get(entry.key) ?? []), parsed]);
  }
  return { lines, written, all };
}

/** Line edits: replaced lines, removed lines, and lines inserted after a line (1-based). */
interface LineEdits {
  replaced: Map<number, string>;
  removed: Set<number>;
  inserted: Map<number, string[]>;
}

/**
 * Keys set (`null` removes) as line edits in the file's own style; a new key goes beside the line
 * `anchorOf` gives it. Undefined where a key's line cannot be edited or a new key has no place.
 */
function planEdits(
  { lines, written }: Written,
  config: FlinkConfig,
  set: readonly [string, string | null][],
  anchorOf: (key: string) => EntryLine | undefined,
): LineEdits | undefined {
  const edits: LineEdits = { replaced: new Map(), removed: new Set(), inserted: new Map() };
  for (const [key, value] of set) {
    if (written.has(key)) {
      const at = written.get(key);
      if (!at) return undefined;
      if (value === null) edits.removed.add(at.line);
      else edits.replaced.set(at.line, `${at.head}${writeValue(value, at)}${at.tail}`);
      continue;
    }
    if (value === null) continue;
    const anchor = anchorOf(key);
    if (!anchor) return undefined;
    const placed = placeNewKey(lines, anchor, key);
    if (!placed) return undefined;
    const style = { syntax: anchor.syntax, quote: anchor.quote };
    const line = `${' '.repeat(placed.indent)}${placed.keyText}: ${writeValue(value, style)}`;
    edits.inserted.set(placed.after, [...(edits.inserted.get(placed.after) ?? []), line]);
  }
  if (config.kind !== 'flink-conf') removeEmptiedParents(lines, written, edits.removed, edits.inserted);
  return edits;
}

/** Lines `startLine..endLine` with the edits applied. */
function editedRange(
  lines: readonly string[],
  edits: LineEdits,
  startLine: number,
  endLine: number,
): string[] {
  const out: string[] = [];
  for (let line = startLine; line <= endLine; line++) {
    if (!edits.removed.has(line)) out.push(edits.replaced.get(line) ?? lines[line - 1]);
    out.push(...(edits.inserted.get(line) ?? []));
  }
  return out;
}

/**
 * The replacement lines that apply a finding's fix in the file's own style, or undefined where
 * the fix cannot be written as an edit near the finding's line.
 */
export function suggestFix(finding: Finding, text: string, config: FlinkConfig): Suggestion | undefined {
  const set = Object.entries(finding.fix?.set ?? {});
  if (set.length === 0 || finding.file !== config.file) return undefined;
  const file = writtenEntries(text, config);
  const anchor = [...file.written.values()].find((e) => e?.line === finding.line);
  const edits = planEdits(file, config, set, () => anchor);
  if (!edits) return undefined;
  const { replaced, removed, inserted } = edits;
  if (replaced.size + removed.size + inserted.size === 0) return undefined;
  const touched = [finding.line, ...replaced.keys(), ...removed, ...inserted.keys()];
  const startLine = Math.min(...touched);
  const endLine = Math.max(...touched);
  if (endLine - startLine + 1 > MAX_SPAN) return undefined;
  return { startLine, endLine, lines: editedRange(file.lines, edits, startLine, endLine) };
}

/**
 * A config's keys set and removed (`null`) across its whole file, each line in the file's own
 * style, comments and every other line kept: what `upgrade` writes. A new key goes beside the line
 * of the key it replaces (`near`), else after the config's last written key. Undefined where a
 * line cannot be edited as text (a flow mapping, a block scalar) or the config writes no key to
 * place a new one beside.
 */
export function editConfigText(
  text: string,
  config: FlinkConfig,
  set: readonly [string, string | null][],
  near: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const file = writtenEntries(text, config);
  const last = [...file.written.values()].reduce<EntryLine | undefined>(
    (a, e) => (e && (!a || e.line > a.line) ? e : a),
    undefined,
  );
  const anchorOf = (key: string) => {
    const replaced = near.get(key);
    return (replaced === undefined ? undefined : file.written.get(replaced)) ?? last;
  };
  const edits = planEdits(file, config, set, anchorOf);
  if (!edits) return undefined;
  // A removed key goes with its earlier lines too: Flink would read the one before it instead.
  for (const [key, value] of set) {
    if (value !== null) continue;
    for (const at of file.all.get(key) ?? []) {
      if (!at) return undefined;
      edits.removed.add(at.line);
    }
  }
  return editedRange(file.lines, edits, 1, file.lines.length).join('\n');
}

/** Where a new key goes beside the anchor line: after which line, how indented, written how. */
function placeNewKey(
  lines: readonly string[],
  anchor: EntryLine,
  key: string,
): { after: number; indent: number; keyText: string } | undefined {
  if (anchor.syntax === 'flink-conf') return { after: anchor.line, indent: anchor.indent, keyText: key };
  const levels = levelsOf(lines, anchor);
  const level = levels?.find((l) => l.prefix === '' || key.startsWith(`${l.prefix}.`));
  if (!level) return undefined;
  const keyText = level.prefix === '' ? key : key.slice(level.prefix.length + 1);
  // Below the anchor's own mapping, deeper lines still belong to it: go past them.
  return { after: blockEnd(lines, anchor.line, level.indent), indent: level.indent, keyText };
}

/**
 * A nested config.yaml mapping left without keys would read as an empty value, which Flink
 * refuses: its `key:` line goes too, up to the config's root. A mapping that receives a new key
 * (inserted after one of its lines, indented deeper than its `key:`) is not empty.
 */
function removeEmptiedParents(
  lines: readonly string[],
  written: ReadonlyMap<string, EntryLine | undefined>,
  removed: Set<number>,
  inserted: ReadonlyMap<number, readonly string[]>,
): void {
  for (const at of written.values()) {
    if (!at || !removed.has(at.line)) continue;
    for (const level of levelsOf(lines, at) ?? []) {
      if (level.opener === undefined) break;
      const indent = indentOf(lines[level.opener - 1]);
      const end = blockEnd(lines, level.opener, indent);
      let empty = true;
      for (let line = level.opener; line <= end && empty; line++) {
        if (line > level.opener && !removed.has(line) && !isBlankOrComment(lines[line - 1])) empty = false;
        if ((inserted.get(line) ?? []).some((text) => indentOf(text) > indent)) empty = false;
      }
      if (!empty) break;
      removed.add(level.opener);
    }
  }
}

/** The body of a GitHub suggestion block; fenced with more backticks than the lines hold. */
export function suggestionBlock(suggestion: Suggestion): Markdown {
  return codeBlock(suggestion.lines.join('\n'), 'suggestion');
}
