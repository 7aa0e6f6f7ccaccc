import { isNode, isScalar, visit, YAMLParseError } from 'yaml';
import type { Document } from 'yaml';

/**
 * The YAML library's own duplicate-key check compares each key with every earlier one, so a map of
 * 100,000 keys takes minutes. This finds the same duplicates (the same key node, or scalars of the
 * same value) with one lookup a key, and adds the library's error at the later key, in file order.
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        // NaN never equals itself, as in the library.
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const offset = (isNode(key) ? key.range?.[0] : undefined) ?? map.range?.[0] ?? 0;
        found.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
