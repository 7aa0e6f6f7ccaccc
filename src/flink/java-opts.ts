import type { ProcessName } from '../model/index.js';

/**
 * Where Flink's scripts take a process's extra JVM options from (spec §8.4): these keys all land
 * after Flink's own memory flags on the command line, so a memory flag in them wins.
 */
export const JAVA_OPTS_KEYS: Readonly<Record<ProcessName, readonly string[]>> = {
  taskmanager: [
    'env.java.opts',
    'env.java.opts.all',
    'env.java.default-opts.all',
    'env.java.opts.taskmanager',
    'env.java.default-opts.taskmanager',
  ],
  jobmanager: [
    'env.java.opts',
    'env.java.opts.all',
    'env.java.default-opts.all',
    'env.java.opts.jobmanager',
    'env.java.default-opts.jobmanager',
  ],
};

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
