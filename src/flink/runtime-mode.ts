import type { FlinkVersion, VersionSince } from '../model/index.js';
import { sinceRow } from './versions.js';

/** `execution.runtime-mode` (FLIP-134, `ExecutionOptions.RUNTIME_MODE`, 1.12+): `STREAMING` by default. */
const RUNTIME_MODE_OPTION: readonly (readonly [VersionSince, { key: string; default: string }])[] = [
  ['1.12', { key: 'execution.runtime-mode', default: 'STREAMING' }],
];

/** The key a version reads the runtime mode from, undefined before 1.12 (DataSet jobs were batch). */
export function runtimeModeOption(version: FlinkVersion): { key: string; default: string } | undefined {
  return sinceRow(RUNTIME_MODE_OPTION, version);
}

/** `RuntimeExecutionMode`'s values: `AUTOMATIC` runs a job in BATCH mode when all its sources are bounded. */
export const RUNTIME_MODES = ['STREAMING', 'BATCH', 'AUTOMATIC'] as const;
export type RuntimeModeName = (typeof RUNTIME_MODES)[number];

/** The runtime mode a job's program arguments choose, and the arguments that say so. */
export interface ArgsRuntimeMode {
  mode: RuntimeModeName;
  /** The arguments as written, for messages. */
  written: string;
}

/**
 * The runtime mode program arguments choose: a dynamic property (`-Dexecution.runtime-mode=BATCH`,
 * `-D execution.runtime-mode=BATCH`), the `--execution-mode` of Flink's own examples
 * (flink-examples-streaming `wordcount/util/CLI.java`), or a Beam pipeline on the FlinkRunner, which
 * runs in batch mode unless `--streaming` is set or a source is unbounded (Beam's
 * `FlinkPipelineOptions`): AUTOMATIC in Flink's terms.
 */
export function runtimeModeOfArgs(args: readonly string[]): ArgsRuntimeMode | undefined {
  const words = args.flatMap((arg) => arg.split(/\s+/)).filter((w) => w !== '');
  const mode = (text: string): RuntimeModeName | undefined => {
    const upper = text
      .trim()
      .replace(/^["']|["']$/g, '')
      .toUpperCase();
    return (RUNTIME_MODES as readonly string[]).includes(upper) ? (upper as RuntimeModeName) : undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const property = /^-D(?:execution\.runtime-mode=(.*))?$/.exec(word);
    if (property) {
      const value = property[1] ?? /^execution\.runtime-mode=(.*)$/.exec(words[i + 1] ?? '')?.[1];
      const found = value === undefined ? undefined : mode(value);
      if (found) return { mode: found, written: property[1] ? word : `${word} ${words[i + 1]}` };
      continue;
    }
    const example = /^--?execution-mode(?:=(.*))?$/.exec(word);
    if (example) {
      const value = example[1] ?? words[i + 1];
      const found = value === undefined ? undefined : mode(value);
      if (found) return { mode: found, written: example[1] !== undefined ? word : `${word} ${value}` };
    }
  }
  const runner = words.find(
    (w, i) =>
      /^--runner=(.*FlinkRunner)$/.test(w) || (w === '--runner' && /FlinkRunner$/.test(words[i + 1] ?? '')),
  );
  if (runner) {
    const streaming = words.find((w) => /^--streaming(=true)?$/i.test(w));
    return streaming
      ? { mode: 'STREAMING', written: streaming }
      : { mode: 'AUTOMATIC', written: runner === '--runner' ? '--runner FlinkRunner' : runner };
  }
  return undefined;
}
