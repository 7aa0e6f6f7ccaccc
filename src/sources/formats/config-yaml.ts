import { isAlias, isMap, isScalar, isSeq, LineCounter, stringify } from 'yaml';
import type { Document, Node, ParsedNode, Pair } from 'yaml';
import { javaDoubleToString } from '../../flink/index.js';
import type { ConfigValue, Entry, LoadProblem } from '../../model/index.js';
import { identityMap, locate, type PositionMap, type ReadResult } from './flink-conf.js';
import { parseDocumentsWithinDepth, tooDeepMessage, type ParsedYaml } from '../yaml/depth.js';

/** Flink's own message when the standard YAML loader fails (its cause is stripped of details). */
export const YAML_LOAD_ERROR = 'Error parsing YAML configuration.';

const MAX_ALIAS_COUNT = 100;

/** A YAML text parsed with the options Flink's reader uses (YAML 1.2, core schema, unique keys). */
function parseConfigYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseDocumentsWithinDepth(
    text,
    { uniqueKeys: true, schema: 'core', version: '1.2', intAsBigInt: true, prettyErrors: false },
    lineCounter,
    true,
  );
  return { docs, lineCounter };
}

/**
 * Flink's standard YAML reader for `config.yaml` (1.19+): YAML 1.2 core schema, one document whose
 * root is a mapping, nested mappings flattened with `.`, scalars keeping their YAML type.
 */
export function readConfigYaml(
  text: string,
  file: string,
  map: PositionMap = identityMap,
  { docs, lineCounter }: ParsedYaml = parseConfigYaml(text),
): ReadResult {
  const entries: Entry[] = [];
  const problems: LoadProblem[] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return locate(file, map, line, col);
  };
  const fail = (code: LoadProblem['code'], detail: string, offset: number) =>
    problems.push({ code, message: `${YAML_LOAD_ERROR} ${detail}`, location: at(offset) });

  for (const checked of docs) {
    if (!('tooDeepAt' in checked)) continue;
    const location = at(checked.tooDeepAt);
    problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
    return { entries, problems };
  }
  const [doc, ...more] = docs.flatMap((d) => ('doc' in d ? [d.doc] : []));
  if (more.length > 0) {
    fail('yaml-error', 'The file holds more than one YAML document.', more[0].range[0]);
    return { entries, problems };
  }
  if (!doc) return { entries, problems };
  if (doc.errors.length > 0) {
    // Flink stops at the first error; a hostile file can hold one per byte.
    fail('yaml-error', firstLine(doc.errors[0].message), doc.errors[0].pos[0]);
    return { entries, problems };
  }
  try {
    // Expands aliases with the alias-count guard; an alias to an undefined anchor throws here.
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    fail('yaml-error', firstLine(err instanceof Error ? err.message : String(err)), 0);
    return { entries, problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { entries, problems };
  if (!isMap(root)) {
    fail('yaml-error', 'The root of the configuration must be a mapping.', root.range[0]);
    return { entries, problems };
  }

  const byKey = new Map<string, Entry>();
  flatten(root.items, '', new Set([root]));
  return { entries, problems };

  /** `within`: the mappings being flattened, outermost first; an alias back to one would never end. */
  function flatten(
    items: readonly Pair<ParsedNode, ParsedNode | null>[],
    prefix: string,
    within: Set<Node>,
  ): void {
    for (const pair of items) {
      const keyNode = pair.key;
      const keyOffset = keyNode?.range[0] ?? 0;
      const valueNode = resolve(pair.value, doc);
      let key = prefix;
      try {
        key += keyText(keyNode, doc);
        if (isMap(valueNode)) {
          if (within.has(valueNode)) throw new HoldsItself();
          within.add(valueNode);
          try {
            flatten(valueNode.items as Pair<ParsedNode, ParsedNode | null>[], `${key}.`, within);
          } finally {
            within.delete(valueNode);
          }
          continue;
        }
        if (valueNode === null || (isScalar(valueNode) && valueNode.value === null)) {
          fail('null-value', `The value of '${key}' is empty (Value must not be null).`, keyOffset);
          continue;
        }
        add(key, scalarValue(valueNode, doc), keyOffset, pair.value?.range[0]);
      } catch (err) {
        if (!(err instanceof HoldsItself)) throw err;
        problems.push({
          code: 'yaml-error',
          message: `An alias makes ${key === prefix ? 'a key' : `'${key}'`} contain itself: its value never ends, and Flink cannot read it`,
          location: at(keyOffset),
        });
      }
    }
  }

  function add(key: string, value: ConfigValue, keyOffset: number, valueOffset: number | undefined): void {
    const entry: Entry = { key, value, location: at(keyOffset), origin: 'file' };
    if (valueOffset !== undefined) {
      const valueLocation = at(valueOffset);
      if (valueLocation.line !== entry.location.line) entry.valueLocation = valueLocation;
    }
    const earlier = byKey.get(key);
    if (earlier) {
      earlier.overriddenBy = entry.location;
      problems.push({
        code: 'duplicate-key',
        message: `Key '${key}' is also set on line ${earlier.location.line}; this later value wins`,
        location: entry.location,
      });
    }
    byKey.set(key, entry);
    entries.push(entry);
  }
}

/** A collection that holds itself through an alias (`&a [*a]`): it has no end to write out. */
class HoldsItself extends Error {}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0].trim();
  return line.endsWith('.') || line.endsWith(':') ? line.replace(/:$/, '.') : `${line}.`;
}

function resolve(node: ParsedNode | Node | null, doc: Document.Parsed): Node | null {
  let current: Node | null | undefined = node;
  // toJS() already proved every alias resolves; follow chains of aliases to the anchored node.
  while (current && isAlias(current)) current = current.resolve(doc);
  return current ?? null;
}

function keyText(node: ParsedNode | null, doc: Document.Parsed): string {
  const resolved = resolve(node, doc);
  if (resolved === null) return '';
  if (isScalar(resolved)) return valueText(resolved.value);
  return flowText(resolved, doc);
}

/** A typed scalar as Flink's `Configuration` keeps it; collections become their flow-style text. */
function scalarValue(node: Node, doc: Document.Parsed): ConfigValue {
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string')
      return v;
    return String(v);
  }
  return flowText(node, doc);
}

function valueText(v: unknown): string {
  if (typeof v === 'number') return javaDoubleToString(v);
  return String(v);
}

/**
 * Flink stores sequences as their flow-style YAML text (`[a, b]`), re-parsed only by list options.
 * `within`: the collections being written; one that holds itself throws `HoldsItself`.
 */
function flowText(node: Node | null, doc: Document.Parsed, within = new Set<Node>()): string {
  const resolved = resolve(node, doc);
  if (resolved === null) return 'null';
  if (isSeq(resolved) || isMap(resolved)) {
    if (within.has(resolved)) throw new HoldsItself();
    within.add(resolved);
    try {
      if (isSeq(resolved))
        return `[${resolved.items.map((item) => flowText(item as Node, doc, within)).join(', ')}]`;
      const pairs = resolved.items.map(
        (p) => `${flowText(p.key as Node, doc, within)}: ${flowText(p.value as Node, doc, within)}`,
      );
      return `{${pairs.join(', ')}}`;
    } finally {
      within.delete(resolved);
    }
  }
  if (isScalar(resolved)) {
    const v = resolved.value;
    if (typeof v === 'string') return stringify(v, { lineWidth: 0 }).trimEnd();
    return v === null ? 'null' : valueText(v);
  }
  return '';
}
