import {
  isMap,
  isScalar,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
  type Scalar,
} from 'yaml';

/**
 * Edits of a YAML file that are not `key: value` lines of a config: a scalar replaced where it
 * stands (an image tag, `spec.flinkVersion`, `resource.memory`), an embedded file moved to
 * another data key. Everything else in the file stays as written.
 */

interface Located {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** The document of a multi-document file that holds `line` (1-based). */
function documentAt(text: string, line: number): Located | undefined {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, keepSourceTokens: false });
  if (!Array.isArray(docs)) return undefined;
  for (const doc of docs) {
    const [start, , end] = doc.range;
    const first = lineCounter.linePos(start).line;
    const last = lineCounter.linePos(Math.max(start, end - 1)).line;
    if (line >= first && line <= last) return { doc, lineCounter };
  }
  return undefined;
}

function scalarAt(doc: Document.Parsed, path: readonly string[]): Scalar | undefined {
  const node = doc.getIn(path, true) as Node | undefined;
  return isScalar(node) && node.range ? node : undefined;
}

/**
 * The scalar at `path` in the document holding `line`, given the value `next` makes of it, its
 * quoting kept. Undefined where there is no such scalar, `next` gives nothing, or its source text
 * does not spell its value (escapes, a block scalar): nothing is guessed.
 */
export function replaceScalar(
  text: string,
  line: number,
  path: readonly string[],
  next: (value: string) => string | undefined,
): { text: string; before: string; after: string } | undefined {
  const located = documentAt(text, line);
  const node = located && scalarAt(located.doc, path);
  if (!node?.range || (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE'))
    return undefined;
  const before = String(node.value);
  const after = next(before);
  if (after === undefined || after === before || /["'\\\n]/.test(after)) return undefined;
  const [start, end] = node.range;
  const source = text.slice(start, end);
  const quote = node.type === 'PLAIN' ? '' : source[0];
  if (source !== `${quote}${before}${quote}`) return undefined;
  return { text: `${text.slice(0, start)}${quote}${after}${quote}${text.slice(end)}`, before, after };
}

/**
 * An embedded file (`data.flink-conf.yaml: |` of a ConfigMap) moved to another key with new
 * content, written as a literal block indented as the old one was. Undefined where the value is
 * not a literal block under `parent` in the document holding `line`.
 */
export function replaceEmbeddedFile(
  text: string,
  line: number,
  parent: readonly string[],
  key: string,
  newKey: string,
  content: string,
): string | undefined {
  const located = documentAt(text, line);
  if (!located) return undefined;
  const map = located.doc.getIn(parent, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const keyNode = pair?.key as Scalar | undefined;
  const value = pair?.value as Scalar | undefined;
  if (!keyNode?.range || !isScalar(value) || !value.range || value.type !== 'BLOCK_LITERAL') return undefined;
  const keyStart = keyNode.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const keyIndent = text.slice(lineStart, keyStart);
  if (keyIndent.trim() !== '') return undefined;
  // The block's own indentation: its first line that holds text.
  const body = text.slice(text.indexOf('\n', keyStart) + 1, value.range[1]);
  const firstLine = body.split('\n').find((l) => l.trim() !== '');
  const indent = firstLine ? firstLine.length - firstLine.trimStart().length : keyIndent.length + 2;
  const lines = content.replace(/\n$/, '').split('\n');
  const block = lines.map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`)).join('\n');
  const quote = /^["']/.test(text.slice(keyStart)) ? text[keyStart] : '';
  // A block's range ends after its last line break, unless it was stripped (`|-`).
  const end = value.range[1];
  const tail = text[end - 1] === '\n' ? text.slice(end) : text.slice(end).replace(/^\r?\n/, '');
  return `${text.slice(0, keyStart)}${quote}${newKey}${quote}: |\n${block}\n${tail}`;
}

/**
 * Every plain or quoted scalar of the document holding `line` whose value is `value` (an image the
 * loader found beside the config, wherever the format keeps it), given `next`'s value.
 */
export function replaceScalarsEqual(
  text: string,
  line: number,
  value: string,
  next: string,
): { text: string; count: number } {
  const located = documentAt(text, line);
  if (!located || /["'\\\n]/.test(next)) return { text, count: 0 };
  const spans: [number, number, string][] = [];
  visit(located.doc, {
    Scalar(_key, node: Scalar) {
      if (!node.range || node.value !== value) return;
      if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return;
      const [start, end] = node.range;
      const quote = node.type === 'PLAIN' ? '' : text[start];
      if (text.slice(start, end) === `${quote}${value}${quote}`)
        spans.push([start, end, `${quote}${next}${quote}`]);
    },
  });
  let out = text;
  for (const [start, end, written] of spans.sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, start)}${written}${out.slice(end)}`;
  return { text: out, count: spans.length };
}
