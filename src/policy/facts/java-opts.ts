import { JAVA_OPTS_ENV, JAVA_OPTS_KEYS } from '../../flink/index.js';
import type { EntryFacts, FlinkConfig, JavaOptFlag, ProcessName } from '../../model/index.js';

const MEMORY_FLAG = /(^|\s)"?(-Xmx|-Xms|-XX:MaxDirectMemorySize=|-XX:MaxMetaspaceSize=)(\S*)/g;

/** The JVM memory flags in the options a process gets, and whether each lands after Flink's own. */
export function javaOptsFlags(
  name: ProcessName,
  config: FlinkConfig,
  entries: Record<string, EntryFacts>,
): JavaOptFlag[] {
  const flags: JavaOptFlag[] = [];
  const scan = (text: string, source: string, overridesFlink: boolean, line: number, column: number) => {
    for (const m of text.matchAll(MEMORY_FLAG)) {
      const flag = m[2].replace(/=$/, '');
      const own = (m[2] + m[3]).replace(/"$/, '');
      flags.push({
        flag,
        text: own,
        source,
        overridesFlink,
        remaining: text.replace(own, '').replace(/\s+/g, ' ').trim(),
        line,
        column,
      });
    }
  };
  for (const key of JAVA_OPTS_KEYS[name]) {
    const entry = entries[key];
    if (entry) scan(entry.value, key, true, entry.line, entry.column);
  }
  for (const [variable, after] of Object.entries(JAVA_OPTS_ENV)) {
    const text = config.env?.[variable];
    const at = config.envLocations?.[variable] ?? config;
    if (text) scan(text, variable, after, at.line, at.column);
  }
  return flags;
}
