import { Command, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SizeInputError, upgradeConfig } from '../engine/index.js';
import { parseFlinkVersion } from '../flink/index.js';
import { DEPLOYMENTS, FLINK_VERSIONS, type Deployment, type FlinkVersion } from '../model/index.js';
import { upgradeText, upgradeToJson } from '../report/index.js';
import { chooseConfigs } from './choose.js';
import { CliError, EXIT } from './exit.js';
import { writeStdout } from './standard-streams.js';

interface UpgradeFlags {
  to: string;
  from?: string;
  deployment?: Deployment;
  keepSizes?: boolean;
  output?: string;
  write?: boolean;
  format: 'text' | 'json';
  select?: string;
  document?: string;
}

function version(flag: string, text: string): FlinkVersion {
  const parsed = parseFlinkVersion(text);
  if (!parsed)
    throw new CliError(`${flag}: unknown Flink version '${text}'; supported: ${FLINK_VERSIONS.join(', ')}`);
  return parsed;
}

export function upgradeCommand(): Command {
  // Its own exitOverride: commander does not pass the program's on to added commands (usage errors exit 2).
  return new Command('upgrade')
    .exitOverride()
    .description(
      'What changes for a configuration on another Flink version, and the file rewritten for it (a config.yaml from 2.0 on)',
    )
    .argument('<file>', 'a configuration in any format lint reads')
    .requiredOption(
      '--to <version>',
      `the target Flink version (${FLINK_VERSIONS[0]} to ${FLINK_VERSIONS[FLINK_VERSIONS.length - 1]})`,
    )
    .option('--from <version>', 'the version the file runs on today (default: what the file says)')
    .addOption(new Option('--deployment <kind>', 'how the processes are started').choices(DEPLOYMENTS))
    .option('--keep-sizes', 'solve on the target for the same task heap, managed memory and JobManager heap')
    .option('--output <path>', 'write the rewritten file there')
    .option(
      '--write',
      'write the rewritten file over FILE (a flink-conf.yaml migrated for 2.0+ goes to config.yaml beside it)',
    )
    .option(
      '--select <name>',
      'in a file of several configs, only the one with this name (metadata.name, service)',
    )
    .option('--document <n>', 'in a file of several configs, only the n-th (from 1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, flags: UpgradeFlags) => {
      const to = version('--to', flags.to);
      const from = flags.from === undefined ? undefined : version('--from', flags.from);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new CliError(
          `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
        );
      }
      let outcome;
      try {
        outcome = upgradeConfig({
          file: { path: file, text },
          to,
          ...(from && { from }),
          ...(flags.deployment && { deployment: flags.deployment }),
          keepSizes: flags.keepSizes === true,
          pick: (configs) => chooseConfigs(configs, (c) => c, flags, file, 'all'),
        });
      } catch (err) {
        if (err instanceof SizeInputError) throw new CliError(err.message, EXIT.usage);
        throw err;
      }
      const report = { ...outcome, file };
      if (flags.output && outcome.rewritten) writeFileSync(flags.output, outcome.rewritten.text);
      if (flags.write && outcome.rewritten)
        writeFileSync(join(dirname(file), outcome.rewritten.name), outcome.rewritten.text);
      await writeStdout(
        flags.format === 'json' ? `${JSON.stringify(upgradeToJson(report), null, 2)}\n` : upgradeText(report),
      );
      const refused = outcome.configs.some((c) =>
        (['taskmanager', 'jobmanager'] as const).some((p) => {
          const r = c.after[p];
          return !r.ok && !('unsupported' in r);
        }),
      );
      if (refused) process.exitCode = EXIT.rejected;
    });
}
