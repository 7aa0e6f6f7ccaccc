/** Java `String.hashCode()`. */
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

const orders = new Map<string, string[]>();

/** Iteration order of a default `java.util.HashMap` into which `keys` were put in this order. */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const cacheKey = keys.join('\n');
  const cached = orders.get(cacheKey);
  if (cached) return cached;
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const bucketOf = (k: string) => {
    const h = javaHash(k);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  const order = keys
    .map((key, index) => ({ key, index, bucket: bucketOf(key) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.key);
  orders.set(cacheKey, order);
  return order;
}

/** The JVM memory flags line (spec §6.1). */
export function jvmArgs(heap: bigint, direct: bigint | undefined, metaspace: bigint): string {
  const directFlag = direct === undefined ? '' : ` -XX:MaxDirectMemorySize=${direct}`;
  return `-Xmx${heap} -Xms${heap}${directFlag} -XX:MaxMetaspaceSize=${metaspace}`;
}

/**
 * Sets `dynamicConfigs` on a result as a property computed on first read: most callers never
 * look at it, and it is the costliest string of a derivation.
 */
export function withDynamicConfigs<T extends object>(
  result: T,
  entries: () => readonly (readonly [string, string])[],
  trailingSpace: boolean,
): T & { dynamicConfigs?: string } {
  let text: string | undefined;
  return Object.defineProperty(result, 'dynamicConfigs', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= dynamicConfigs(entries(), trailingSpace)),
  });
}

/** The `-D key=value` line, entries in `HashMap` order (spec §6.2). */
export function dynamicConfigs(
  entries: readonly (readonly [string, string])[],
  trailingSpace: boolean,
): string {
  const values = new Map(entries);
  const order = javaHashMapOrder(entries.map(([k]) => k));
  return trailingSpace
    ? order.map((k) => `-D ${k}=${values.get(k)} `).join('')
    : order.map((k) => `-D ${k}=${values.get(k)}`).join(' ');
}
