import { isMap, isNode, isScalar, isSeq, YAMLParseError } from 'yaml';
import type { Document } from 'yaml';

/**
 * The YAML library's own duplicate-key check compares each key with every earlier one, so a map of
 * 100,000 keys takes minutes. This finds the same duplicates (the same key node, or scalars of the
 * same value) with one lookup a key, and adds the library's error at the later key, in file order.
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  // A walk over collections only (yaml's `visit` calls back for every node): every file read goes through here.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
      continue;
    }
    if (!isMap(node)) continue;
    const seen = new Set<unknown>();
    for (const { key, value: child } of node.items) {
      stack.push(key, child);
      const value = isScalar(key) ? key.value : key;
      // NaN never equals itself, as in the library.
      if (typeof value === 'number' && Number.isNaN(value)) continue;
      if (!seen.has(value)) {
        seen.add(value);
        continue;
      }
      const offset = (isNode(key) ? key.range?.[0] : undefined) ?? node.range?.[0] ?? 0;
      found.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  }
  if (found.length === 0) return;
  for (const error of found) doc.errors.push(error);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
