import type { FlinkVersion, ProcessName, VersionSince } from '../model/index.js';
import { atLeast } from './versions.js';

/**
 * Where Flink's scripts take a process's extra JVM options from (spec §8.4), with the version that
 * first reads each key: these keys all land after Flink's own memory flags on the command line
 * (`FLINK_ENV_JAVA_OPTS` in `flink-daemon.sh`, `%jvmopts%` after `%jvmmem%` in the container start
 * command), so a memory flag in them wins. The administrator options `env.java.default-opts.*` came
 * with FLINK-33221 (apache/flink#24098) in 1.19.
 */
const JAVA_OPTS_KEY_ROWS: Readonly<Record<ProcessName, readonly (readonly [string, VersionSince])[]>> = {
  taskmanager: [
    ['env.java.opts', '1.10'],
    ['env.java.opts.all', '1.10'],
    ['env.java.default-opts.all', '1.19'],
    ['env.java.opts.taskmanager', '1.10'],
    ['env.java.default-opts.taskmanager', '1.19'],
  ],
  jobmanager: [
    ['env.java.opts', '1.10'],
    ['env.java.opts.all', '1.10'],
    ['env.java.default-opts.all', '1.19'],
    ['env.java.opts.jobmanager', '1.10'],
    ['env.java.default-opts.jobmanager', '1.19'],
  ],
};

/** The keys a version's start scripts read a process's extra JVM options from. */
export function javaOptsKeys(process: ProcessName, version: FlinkVersion): string[] {
  return JAVA_OPTS_KEY_ROWS[process].filter(([, since]) => atLeast(version, since)).map(([key]) => key);
}

/** Environment variables with JVM options: `FLINK_ENV_JAVA_OPTS` comes after Flink's flags, the others before. */
export const JAVA_OPTS_ENV: Readonly<Record<string, boolean>> = {
  FLINK_ENV_JAVA_OPTS: true,
  JVM_ARGS: false,
  JAVA_TOOL_OPTIONS: false,
  JAVA_OPTS: false,
};

/** The JVM limit each memory flag sets, as Flink computes it. */
export const JVM_LIMIT_OF_FLAG: Readonly<Record<string, 'heap' | 'directMemory' | 'metaspace'>> = {
  '-Xmx': 'heap',
  '-Xms': 'heap',
  '-XX:MaxDirectMemorySize': 'directMemory',
  '-XX:MaxMetaspaceSize': 'metaspace',
};

const JVM_UNITS: Readonly<Record<string, bigint>> = { '': 0n, k: 10n, m: 20n, g: 30n, t: 40n };

/** The bytes of a JVM size argument (`2g`, `512M`, `1073741824`): digits and an optional k/m/g/t. */
export function jvmSizeBytes(text: string): bigint | undefined {
  const m = /^(\d+)([kmgt]?)$/i.exec(text.trim());
  return m ? BigInt(m[1]) << JVM_UNITS[m[2].toLowerCase()] : undefined;
}
