import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { sizeConfigs, SizeInputError, type SizeInput } from '../engine/index.js';
import { parseFlinkVersion, tryParseMemorySize } from '../flink/index.js';
import {
  DEPLOYMENTS,
  FLINK_VERSIONS,
  NEWEST_FLINK_VERSION,
  type Deployment,
  type FlinkConfig,
  type ProcessName,
} from '../model/index.js';
import { sizeText, sizeToJson } from '../report/index.js';
import { quantityBytes } from '../sources/index.js';
import { chooseConfigs } from './choose.js';
import { CliError, EXIT } from './exit.js';
import { colorOnStdout } from './color.js';
import { writeStdout } from './standard-streams.js';

interface SizeFlags {
  container?: string;
  process?: string;
  flinkVersion?: string;
  deployment?: Deployment;
  stateBackend?: 'hashmap' | 'rocksdb' | 'forst';
  slots?: string;
  taskHeapPerSlot?: string;
  managedPerSlot?: string;
  network?: string;
  metaspace?: string;
  overhead?: string;
  component: 'taskmanager' | 'jobmanager' | 'both';
  format: 'text' | 'json';
  select?: string;
  document?: string;
}

/** A Flink size (`4096m`, `4g`, `1 gb`): the unit-less number is bytes, as Flink reads it. */
function flinkSize(flag: string, text: string): bigint {
  const bytes = tryParseMemorySize(text);
  if (bytes === undefined) throw new CliError(`${flag}: '${text}' is not a memory size (like 512m or 2g)`);
  return bytes;
}

/**
 * A container limit: a Kubernetes quantity where it has a Kubernetes suffix (`4Gi`, `4G`, `4000M`),
 * else a Flink size (`4g`, `4096m`, `4096mb`). `m` is Flink's mebibytes, never Kubernetes' milli.
 */
function containerSize(flag: string, text: string): bigint {
  const t = text.trim();
  if (/^\d+(\.\d+)?([KMGTPE]i|[kMGTPE]|e\d+)$/.test(t)) {
    const bytes = quantityBytes(t);
    if (bytes !== undefined) return bytes;
  }
  return flinkSize(flag, t);
}

function positiveInt(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 2147483647)
    throw new CliError(`${flag}: expected a positive whole number, got '${text}'`);
  return Number(text);
}

function readInput(file: string): { path: string; text: string } {
  try {
    return { path: file, text: readFileSync(file === '-' ? 0 : file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
      EXIT.usage,
    );
  }
}

function toSizeInput(file: string | undefined, flags: SizeFlags): SizeInput {
  if (flags.container !== undefined && flags.process !== undefined)
    throw new CliError('give --container or --process, not both');
  let flinkVersion;
  if (flags.flinkVersion !== undefined) {
    flinkVersion = parseFlinkVersion(flags.flinkVersion);
    if (!flinkVersion)
      throw new CliError(
        `unknown Flink version '${flags.flinkVersion}'; supported: ${FLINK_VERSIONS.join(', ')}`,
      );
  }
  const bound =
    flags.container !== undefined
      ? containerSize('--container', flags.container)
      : flags.process !== undefined
        ? flinkSize('--process', flags.process)
        : undefined;
  const size = (flag: string, text: string | undefined) =>
    text === undefined ? undefined : flinkSize(flag, text);
  const targets = Object.fromEntries(
    (
      [
        ['taskHeapPerSlot', size('--task-heap-per-slot', flags.taskHeapPerSlot)],
        ['managedPerSlot', size('--managed-per-slot', flags.managedPerSlot)],
        ['network', size('--network', flags.network)],
        ['metaspace', size('--metaspace', flags.metaspace)],
        ['overhead', size('--overhead', flags.overhead)],
      ] as const
    ).filter(([, v]) => v !== undefined),
  );
  const components: ProcessName[] =
    flags.component === 'both' ? ['taskmanager', 'jobmanager'] : [flags.component];
  return {
    ...(file !== undefined && { file: readInput(file) }),
    ...(flinkVersion && { flinkVersion }),
    ...(flags.deployment && { deployment: flags.deployment }),
    ...(bound !== undefined && { bound }),
    ...(flags.stateBackend && { stateBackend: flags.stateBackend }),
    ...(flags.slots !== undefined && { slots: positiveInt('--slots', flags.slots) }),
    targets,
    components,
    ...(file !== undefined && {
      pick: (configs: readonly FlinkConfig[]) => chooseConfigs(configs, (c) => c, flags, file, 'all'),
    }),
  };
}

export function sizeCommand(): Command {
  // Its own exitOverride: commander does not pass the program's on to added commands (usage errors exit 2).
  return new Command('size')
    .exitOverride()
    .description(
      'Solve for the memory configuration: the largest that fits a container (--container / --process), or the smallest that meets the targets',
    )
    .argument(
      '[file]',
      'a configuration to adjust, in any format lint reads (default: Flink’s own default file)',
    )
    .option('--container <size>', 'container memory limit: 4Gi, 4G (Kubernetes) or 4g, 4096m (Flink)')
    .option('--process <size>', 'total process memory to fill (Flink units)')
    .option(
      '--flink-version <version>',
      `Flink version (${FLINK_VERSIONS[0]} to ${NEWEST_FLINK_VERSION}); default: the file’s, else ${NEWEST_FLINK_VERSION}`,
    )
    .addOption(new Option('--deployment <kind>', 'how the processes are started').choices(DEPLOYMENTS))
    .addOption(new Option('--state-backend <name>', 'state backend').choices(['hashmap', 'rocksdb', 'forst']))
    .option('--slots <n>', 'task slots per TaskManager')
    .option('--task-heap-per-slot <size>', 'at least this task heap per slot')
    .option('--managed-per-slot <size>', 'at least this managed memory per slot')
    .option('--network <size>', 'at least this network memory')
    .option('--metaspace <size>', 'at least this JVM metaspace')
    .option('--overhead <size>', 'at least this JVM overhead')
    .addOption(
      new Option('--component <process>', 'which process to size')
        .choices(['taskmanager', 'jobmanager', 'both'])
        .default('taskmanager'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--select <name>',
      'in a file of several configs, answer for the one with this name (metadata.name, service); default: each',
    )
    .option('--document <n>', 'in a file of several configs, answer for the n-th (from 1)')
    .action(async (file: string | undefined, flags: SizeFlags) => {
      const input = toSizeInput(file, flags);
      let outcomes;
      try {
        outcomes = sizeConfigs(input);
      } catch (err) {
        if (err instanceof SizeInputError) throw new CliError(err.message, EXIT.usage);
        throw err;
      }
      if (flags.format === 'json') {
        // One config: its answer; several: each, named, under `configs`.
        const json =
          outcomes.length === 1
            ? sizeToJson(outcomes[0])
            : {
                configs: outcomes.map((o) => ({
                  ...(o.source.config?.name !== undefined && { name: o.source.config.name }),
                  line: o.source.config?.line,
                  ...(sizeToJson(o) as Record<string, unknown>),
                })),
              };
        await writeStdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        const color = colorOnStdout();
        await writeStdout(outcomes.map((o) => sizeText(o, { color })).join('\n'));
      }
      if (outcomes.some((o) => !o.feasible)) process.exitCode = EXIT.rejected;
    });
}
