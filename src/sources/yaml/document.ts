import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Scalar } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import type { LoadProblem, Location } from '../../model/index.js';
import type { PositionMap } from '../formats/flink-conf.js';
import { MAX_YAML_DEPTH, parseDocumentsWithinDepth, tooDeepMessage, type ParsedYaml } from './depth.js';

/** Guards against hostile YAML: alias bombs, deep nesting, files with thousands of documents. */
export const YAML_LIMITS = { maxAliasCount: 100, maxDepth: MAX_YAML_DEPTH, maxDocuments: 500 } as const;

/** A YAML file parsed once, shared by every loader that looks at it. */
export interface YamlFile {
  file: string;
  /** The text as parsed: template expressions neutralized, lines as in the file. */
  text: string;
  lineCounter: LineCounter;
  documents: YamlDocument[];
  /**
   * Every document as parsed, where the text needed no template neutralized: the same parse
   * Flink's `config.yaml` reader makes (same YAML options), so a whole-file config reuses it.
   */
  parsed?: ParsedYaml;
}

export interface YamlDocument {
  index: number;
  doc: Document.Parsed;
  /** The document's root, aliases resolved; undefined for an empty document. */
  root: Node | undefined;
}

/**
 * A line holding only template directives (`{{- if .Values.x }}`, `{{ end }}`) is not YAML; it is
 * emptied (line numbers stay). An inline expression (`name: {{ .Values.name }}-config`) becomes a
 * `${ .Values.name } ` placeholder of the same length, which YAML reads as text. One pass a line,
 * without regular expressions that backtrack: a hostile line of braces costs its length.
 */
export function neutralizeTemplates(text: string): string {
  if (!text.includes('{{')) return text;
  return text.split('\n').map(neutralizeLine).join('\n');
}

function neutralizeLine(line: string): string {
  const open = line.indexOf('{{');
  if (open < 0) return line;
  const cr = line.endsWith('\r') ? '\r' : '';
  let from = 0;
  let to = line.length - cr.length;
  while (from < to && isBlank(line.charCodeAt(from))) from++;
  while (to > from && isBlank(line.charCodeAt(to - 1))) to--;
  if (to - from >= 4 && from === open && line.startsWith('}}', to - 2)) return cr;
  let out = '';
  let done = 0;
  for (let start = open; start >= 0; start = line.indexOf('{{', done)) {
    const end = line.indexOf('}}', start + 2);
    // No later `{{` on the line has a `}}` after it either.
    if (end < 0) break;
    out += `${line.slice(done, start)}${templatePlaceholder(line.slice(start + 2, end))} `;
    done = end + 2;
  }
  return out + line.slice(done);
}

/** What `{{inner}}` becomes in the parsed text (without the space after it), which YAML reads as text. */
export function templatePlaceholder(inner: string): string {
  return `\${${inner.replaceAll(': ', ':_').replaceAll(' #', ' _')}}`;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** A YAML file parsed, with its syntax errors and limits as problems. */
export interface ParsedYamlFile {
  yaml: YamlFile;
  problems: LoadProblem[];
}

/** Parses every document of a YAML file; syntax errors become problems with the parser's line. */
export function parseYamlFile(text: string, file: string): ParsedYamlFile {
  const lineCounter = new LineCounter();
  const problems: LoadProblem[] = [];
  const parsedText = neutralizeTemplates(text);
  const docs = parseDocumentsWithinDepth(parsedText, { prettyErrors: false, intAsBigInt: true }, lineCounter);
  const yaml: YamlFile = { file, text: parsedText, lineCounter, documents: [] };
  if (parsedText === text) yaml.parsed = { docs, lineCounter };
  const at = (offset: number): Location => locationAt(yaml, offset);
  const mayHoldAlias = parsedText.includes('*');
  if (docs.length > YAML_LIMITS.maxDocuments) {
    problems.push({
      code: 'limit',
      message: `The file has ${docs.length} YAML documents; only the first ${YAML_LIMITS.maxDocuments} are read`,
      location: at(0),
    });
  }
  docs.slice(0, YAML_LIMITS.maxDocuments).forEach((checked, index) => {
    if (!('doc' in checked)) {
      const location = at(checked.tooDeepAt);
      problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
      return;
    }
    const { doc } = checked;
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      problems.push({ code: 'yaml-error', message: firstLine(error.message), location: at(error.pos[0]) });
      return;
    }
    try {
      // Counts alias expansions (alias bombs) and throws on an alias to an undefined anchor; a
      // text without `*` has no alias, and the full conversion is skipped.
      if (mayHoldAlias) doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (err) {
      const offset = doc.contents?.range[0] ?? 0;
      problems.push({
        code: 'yaml-error',
        message: firstLine(String((err as Error).message)),
        location: at(offset),
      });
      return;
    }
    const loop = mayHoldAlias ? aliasLoopAt(doc) : undefined;
    if (loop !== undefined) {
      problems.push({
        code: 'yaml-error',
        message:
          'An alias here refers to a collection that contains it: the document never ends, and it is not read',
        location: at(loop),
      });
      return;
    }
    const root = resolve(doc, doc.contents);
    yaml.documents.push({ index, doc, root: root ?? undefined });
  });
  return { yaml, problems };
}

/**
 * Where an alias first refers to a collection that contains it (`&a [*a]`), or undefined. Such a
 * document has no end: a reader that follows aliases into it (every loader does) never finishes.
 * go-yaml, which Kubernetes and Compose read manifests with, refuses it too ("anchor 'a' value
 * contains itself", its decoder's tests).
 * An alias can only name an anchor written before it, so any loop has one alias inside the
 * collection it names: one walk in document order, with the collections it is inside, finds it.
 */
function aliasLoopAt(doc: Document.Parsed): number | undefined {
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  const stack: { node: unknown; closes?: Node }[] = [{ node: doc.contents }];
  while (stack.length > 0) {
    const { node, closes } = stack.pop()!;
    if (closes) {
      open.delete(closes);
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target && open.has(target)) return node.range?.[0] ?? 0;
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isScalar(node)) continue;
    open.add(node);
    stack.push({ node: undefined, closes: node });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].trim();
}

function locationAt(yaml: YamlFile, offset: number): Location {
  const { line, col } = yaml.lineCounter.linePos(offset);
  return { file: yaml.file, line, column: col };
}

export function locationOf(yaml: YamlFile, node: Node | null | undefined, fallback?: Location): Location {
  const offset = node?.range?.[0];
  if (offset === undefined) return fallback ?? locationAt(yaml, 0);
  return locationAt((node && grafts.get(node)) ?? yaml, offset);
}

/** Nodes placed into another file's document (a Kustomize patch's values), and the file each is written in. */
const grafts = new WeakMap<Node, YamlFile>();

/**
 * Marks a node and everything under it as written in `yaml`: once grafted into another file's
 * document, each is still located (`locationOf`, `embeddedPositionMap`) where it is written.
 */
export function graft(node: Node, yaml: YamlFile): void {
  const stack: unknown[] = [node];
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    if (isScalar(current) || isMap(current) || isSeq(current) || isAlias(current)) grafts.set(current, yaml);
    if (isMap(current) || isSeq(current)) for (const child of childrenOf(current)) stack.push(child);
  }
}

/** A collection's nodes in document order: a mapping's keys and values, a sequence's items. */
function childrenOf(collection: YAMLMap | YAMLSeq): unknown[] {
  const children: unknown[] = [];
  for (const item of collection.items as unknown[])
    if (isPair(item)) children.push(item.key, item.value);
    else children.push(item);
  return children;
}

/** Follows aliases to the anchored node. */
export function resolve(doc: Document.Parsed, node: unknown): Node | null {
  let current = node as Node | null | undefined;
  for (let hops = 0; current && isAlias(current) && hops < YAML_LIMITS.maxAliasCount; hops++) {
    current = current.resolve(doc);
  }
  return current ?? null;
}

export interface MapItem {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/** A YAML merge key: `<<` written plain (a quoted `"<<"` is an ordinary key). */
function isMergeKey(keyNode: Node, name: string): boolean {
  return name === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN;
}

/** A mapping's pairs with scalar keys, YAML merge keys (`<<: *anchor`) expanded; own keys win. */
export function mapItems(
  doc: Document.Parsed,
  node: Node | null | undefined,
  // Mappings being expanded: a merge key that reaches its own mapping (`&a <<: *a`) adds nothing.
  expanding: Set<Node> = new Set(),
): MapItem[] {
  const map = resolve(doc, node);
  if (!map || !isMap(map) || expanding.has(map)) return [];
  expanding.add(map);
  const own: MapItem[] = [];
  const merged: MapItem[] = [];
  for (const pair of map.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (key === undefined) continue;
    const value = resolve(doc, pair.value);
    if (isMergeKey(keyNode, key)) {
      const sources = value && isSeq(value) ? value.items.map((i) => resolve(doc, i)) : [value];
      for (const source of sources) merged.push(...mapItems(doc, source, expanding));
      continue;
    }
    own.push({ key, keyNode, value });
  }
  expanding.delete(map);
  const ownKeys = new Set(own.map((i) => i.key));
  return [...own, ...merged.filter((i) => !ownKeys.has(i.key))];
}

/**
 * The pair of a mapping under `key`, as `mapItems` would give it: an own key first, then what a
 * merge key brings. Looked up in place, without listing the pairs: loaders ask this for most keys
 * of every config, and the list they never read was much of a run's garbage.
 */
export function getItem(
  doc: Document.Parsed,
  node: Node | null | undefined,
  key: string,
): MapItem | undefined {
  const map = resolve(doc, node);
  if (!map || !isMap(map)) return undefined;
  let merges = false;
  for (const pair of map.items) {
    const keyNode = pair.key as Node;
    if (!isScalar(keyNode)) continue;
    const name = String(keyNode.value);
    if (isMergeKey(keyNode, name)) merges = true;
    else if (name === key) return { key, keyNode, value: resolve(doc, pair.value) };
  }
  return merges ? mapItems(doc, map).find((i) => i.key === key) : undefined;
}

/** The node at a path of mapping keys. */
export function getPath(doc: Document.Parsed, node: Node | null | undefined, ...path: string[]): Node | null {
  let current: Node | null | undefined = resolve(doc, node);
  for (const key of path) {
    current = getItem(doc, current, key)?.value;
    if (!current) return null;
  }
  return current ?? null;
}

export function seqItems(doc: Document.Parsed, node: Node | null | undefined): Node[] {
  const seq = resolve(doc, node);
  if (!seq || !isSeq(seq)) return [];
  return seq.items.map((i) => resolve(doc, i)).filter((i): i is Node => i !== null);
}

/** A `%VAR%` placeholder (Windows-style templates). */
const PERCENT_PLACEHOLDER = /%[A-Z][A-Z0-9_]*%/;

/**
 * A template placeholder where a value should be: `{{ .Values.x }}` (both braces on one line),
 * `${VAR}` or `%VAR%`. Found with `indexOf`, not a lazy pattern tried from every `{{`: a hostile
 * value of thousands of unclosed `{{` or `${` costs its length once.
 */
export function isPlaceholder(text: string): boolean {
  const dollar = text.indexOf('${');
  if (dollar >= 0 && text.indexOf('}', dollar + 2) >= 0) return true;
  if (text.includes('{{'))
    for (const line of text.split(LINE_TERMINATORS)) {
      const open = line.indexOf('{{');
      if (open >= 0 && line.indexOf('}}', open + 2) >= 0) return true;
    }
  return PERCENT_PLACEHOLDER.test(text);
}

/** What ends a line for `.` in a pattern. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;

export interface ScalarText {
  text: string;
  /** A template placeholder rather than a value. */
  unresolved: boolean;
}

/** A YAML scalar's value as text (numbers as JavaScript prints them, bigints exactly). */
export function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return undefined;
}

/** A scalar as text, and whether it is a template placeholder. */
export function scalarText(doc: Document.Parsed, node: unknown): ScalarText | undefined {
  const resolved = resolve(doc, node);
  if (!resolved) return undefined;
  if (isScalar(resolved)) {
    const text = scalarString(resolved.value);
    return text === undefined ? undefined : { text, unresolved: isPlaceholder(text) };
  }
  return undefined;
}

export function isStringScalar(doc: Document.Parsed, node: unknown): node is Scalar<string> {
  const resolved = resolve(doc, node);
  return resolved !== null && isScalar(resolved) && typeof resolved.value === 'string';
}

/**
 * Maps positions inside a string scalar's value (an embedded `flink-conf.yaml`, a `FLINK_PROPERTIES`
 * block) to the real file: each value line is found in the source in order, so block scalars,
 * indentation and multi-line quoted strings all land on the line where the text is written.
 */
export function embeddedPositionMap(written: YamlFile, node: Scalar): PositionMap {
  const yaml = grafts.get(node) ?? written;
  const [start, , end] = node.range ?? [0, 0, 0];
  const source = yaml.text.slice(0, end);
  const lines = String(node.value).split(/\r\n|\n|\r/);
  const found: ({ offset: number } | undefined)[] = [];
  let cursor = start;
  for (const line of lines) {
    const content = line.trimEnd();
    if (content.trim() === '') {
      found.push(undefined);
      continue;
    }
    const at = source.indexOf(content, cursor);
    if (at < 0) {
      found.push(undefined);
      continue;
    }
    found.push({ offset: at });
    cursor = at + content.length;
  }
  const fallback = yaml.lineCounter.linePos(start);
  return (line, column) => {
    const hit = found[line - 1];
    if (!hit) return { line: fallback.line, column: fallback.col };
    const pos = yaml.lineCounter.linePos(hit.offset + column - 1);
    return { line: pos.line, column: pos.col };
  };
}
