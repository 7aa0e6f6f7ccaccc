import { Composer, Parser } from 'yaml';
import type { CST, Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from 'yaml';
import { blockLexemes } from './block-lexer.js';
import { addDuplicateKeyErrors } from './unique-keys.js';

/**
 * Deepest nesting of collections a YAML document may have to be read. The YAML composer and
 * every reader after it recurse once a level, so a deeper document (`[[[[...`) would exhaust the
 * stack; Flink's configurations nest a handful of levels.
 */
export const MAX_YAML_DEPTH = 64;

const LONE_CR = /\r(?!\n)/g;

/** One document of a YAML stream: composed, or left out at the collection that nests too deep. */
export type DepthCheckedDocument = { doc: Document.Parsed } | { tooDeepAt: number };

/** Every document of a YAML stream, with the line counter of its parse. */
export interface ParsedYaml {
  docs: DepthCheckedDocument[];
  lineCounter: LineCounter;
}

/** Says what is wrong with a document left out for its depth, and where. */
export function tooDeepMessage(line: number, column: number): string {
  return `Collections nest deeper than ${MAX_YAML_DEPTH} levels at line ${line}, column ${column}; the YAML document is not read`;
}

/**
 * Parses a YAML stream as `parseAllDocuments` does, but measures each document's nesting on the
 * parser's syntax tree (built with a stack, not recursion) before composing it: a document nested
 * deeper than `MAX_YAML_DEPTH` is never composed. `forceDoc` yields a document for an empty stream.
 */
export function parseDocumentsWithinDepth(
  text: string,
  options: ParseOptions & Omit<DocumentOptions, 'uniqueKeys'> & SchemaOptions & { uniqueKeys?: boolean },
  lineCounter: LineCounter,
  forceDoc = false,
): DepthCheckedDocument[] {
  const out: Array<DepthCheckedDocument | undefined> = [];
  const slots: number[] = [];
  // Streamed to the composer: a document token arrives complete, and is measured then.
  function* measured(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    let dropped = false;
    for (const token of tokens) {
      if (token.type === 'document') {
        const at = tooDeepAt(token);
        dropped = at !== undefined;
        if (at !== undefined) {
          out.push({ tooDeepAt: at });
          continue;
        }
        slots.push(out.length);
        out.push(undefined);
      }
      // The `...` of a document left out ends nothing the composer saw.
      if (token.type === 'doc-end' && dropped) continue;
      yield token;
    }
  }
  // YAML (and Flink's and Kubernetes' readers) end a line at a lone CR too; the parser only at LF.
  // The same length, so offsets stay.
  const source = text.replace(LONE_CR, '\n');
  const parser = new Parser(lineCounter.addNewLine);
  const lexemes = blockLexemes(source);
  const tokens = measured(lexemes ? parseLexemes(parser, lexemes, lineCounter) : parser.parse(source));
  let index = 0;
  // Warnings (a collection as a mapping key) would go to the process's stderr; callers report.
  const composer = new Composer({ logLevel: 'error', ...options, uniqueKeys: false });
  for (const doc of composer.compose(tokens, forceDoc, source.length)) {
    if (options.uniqueKeys ?? true) addDuplicateKeyErrors(doc);
    if (index < slots.length) out[slots[index]] = { doc };
    else if (out.length === 0) out.push({ doc });
    index++;
  }
  return out.filter((d) => d !== undefined);
}

/** What `Parser.parse` does with its own lexer's lexemes, with lexemes made beforehand (block-lexer.ts). */
function* parseLexemes(
  parser: Parser,
  lexemes: readonly string[],
  lineCounter: LineCounter,
): Generator<CST.Token> {
  lineCounter.addNewLine(0);
  for (const lexeme of lexemes) yield* parser.next(lexeme);
  yield* parser.end();
}

/** Offset of the first collection (in document order) that nests deeper than the limit. */
function tooDeepAt(document: CST.Document): number | undefined {
  const tokens: CST.Token[] = [];
  const depths: number[] = [];
  if (document.value) {
    tokens.push(document.value);
    depths.push(0);
  }
  while (tokens.length > 0) {
    const token = tokens.pop()!;
    const depth = depths.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
      continue;
    if (depth >= MAX_YAML_DEPTH) return token.offset;
    // Pushed last to first, so that the first child is looked at first.
    for (let i = token.items.length - 1; i >= 0; i--) {
      const { key, value } = token.items[i];
      if (value) {
        tokens.push(value);
        depths.push(depth + 1);
      }
      if (key) {
        tokens.push(key);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}
