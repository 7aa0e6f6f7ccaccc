import { formatSize, JAVA_OPTS_ENV, javaOptsKeys, jvmSizeBytes } from '../../flink/index.js';
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
      const bytes = jvmSizeBytes(m[3].replace(/"$/, ''));
      flags.push({
        flag,
        text: own,
        source,
        overridesFlink,
        remaining: text.replace(own, '').replace(/\s+/g, ' ').trim(),
        ...(bytes !== undefined && { bytes: Number(bytes) }),
        line,
        column,
      });
    }
  };
  for (const key of javaOptsKeys(name, config.flinkVersion)) {
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

const LIMIT_NAMES: Readonly<Record<string, { limit: string; error: string }>> = {
  '-Xmx': { limit: 'JVM heap', error: 'Java heap space' },
  '-XX:MaxDirectMemorySize': { limit: 'direct memory limit', error: 'Direct buffer memory' },
  '-XX:MaxMetaspaceSize': { limit: 'metaspace limit', error: 'Metaspace' },
};

/**
 * What a flag that lands after Flink's own does to the process, where it changes anything: undefined
 * where Flink sets no such flag (the JobManager's direct memory limit is off by default), where the
 * size is not a number, or where it leaves the JVM as Flink sized it (the same size, an `-Xms` no
 * larger than Flink's `-Xmx`).
 */
export function overrideEffect(flag: JavaOptFlag): string | undefined {
  const { bytes, flinkBytes } = flag;
  if (bytes === undefined || flinkBytes === undefined || bytes === flinkBytes) return undefined;
  const size = formatSize(BigInt(bytes));
  if (flag.flag === '-Xms') {
    return bytes > flinkBytes
      ? `the initial heap (${size}) is larger than the -Xmx Flink sets, so the JVM refuses to start ("Initial heap size set to a larger value than the maximum heap size")`
      : undefined;
  }
  const { limit, error } = LIMIT_NAMES[flag.flag];
  return bytes > flinkBytes
    ? `the ${limit} grows to ${size}, more than Flink budgets, so the process can outgrow its Total Process memory and its container`
    : `the ${limit} shrinks to ${size}, so the process fails with \`OutOfMemoryError: ${error}\` before it uses what Flink planned`;
}
