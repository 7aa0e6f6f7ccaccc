/** Keys that size a Flink process's memory, current and legacy (spec §1.1–1.2). */
const MEMORY_KEY =
  /^(?:taskmanager|jobmanager)\.(?:memory\.|heap\.(?:size|mb)$|network\.memory\.|network\.numberOfBuffers$)|^containerized\.heap-cutoff-/;

export function isMemoryKey(key: string): boolean {
  return MEMORY_KEY.test(key);
}
