// `getItem` looks a key up in place; `mapItems` lists a mapping's pairs with merge keys expanded.
// The two must agree on every key of every mapping: own keys first, then merged ones, a quoted
// `<<` an ordinary key, aliases followed.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import { getItem, mapItems } from '../../src/sources/yaml/document.js';

/** Every mapping of a document, and every key any mapping holds (plus one none holds). */
function mappings(doc: Document.Parsed): { maps: Node[]; keys: Set<string> } {
  const maps: Node[] = [];
  const keys = new Set(['not-a-key-anywhere']);
  visit(doc, {
    Map(_, node) {
      maps.push(node);
      for (const item of mapItems(doc, node)) keys.add(item.key);
    },
  });
  return { maps, keys };
}

function agree(text: string): number {
  let checked = 0;
  for (const doc of parseAllDocuments(text, { lineCounter: new LineCounter(), uniqueKeys: false })) {
    if (!('contents' in doc) || doc.errors.length > 0) continue;
    const { maps, keys } = mappings(doc);
    for (const map of maps)
      for (const key of keys) {
        expect(getItem(doc, map, key)).toEqual(mapItems(doc, map).find((i) => i.key === key));
        checked++;
      }
  }
  return checked;
}

const SHAPES = `
base: &base
  taskmanager.memory.process.size: 1g
  shared: from-base
  nested: {a: 1}
other: &other
  shared: from-other
  only-other: yes
merged:
  <<: [*base, *other]
  shared: own
quoted:
  "<<": not a merge
  key: value
single:
  <<: *base
duplicate:
  a: first
  a: second
alias: *base
numbers:
  1: one
  true: yes
`;

describe('getItem', () => {
  it('agrees with mapItems on merge keys, a quoted <<, duplicates, aliases and non-string keys', () => {
    expect(agree(SHAPES)).toBeGreaterThan(50);
  });

  it('agrees with mapItems on every mapping of the test fixtures', () => {
    const root = path.resolve(import.meta.dirname, '../fixtures');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.ya?ml$/.test(name)) files.push(file);
      }
    };
    walk(root);
    let checked = 0;
    for (const file of files) checked += agree(readFileSync(file, 'utf8'));
    expect(files.length).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(1000);
  });
});
