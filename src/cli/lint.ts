import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { parseFlinkVersion } from '../flink/index.js';
import { lint } from '../lint.js';
import { FLINK_VERSIONS, SEVERITIES, type FailOn, type Report } from '../model/index.js';
import { lintJson } from '../report/lint-json.js';
import { lintText } from '../report/lint-text.js';
import { CliError, EXIT } from './exit.js';

interface LintFlags {
  format: string;
  output?: string;
  failOn: FailOn;
  flinkVersion?: string;
  config?: string;
  include: string[];
  exclude: string[];
  color: boolean;
}

/** Renderers by `--format` name; each turns the report into the text written out. */
const RENDERERS: Record<string, (report: Report, flags: LintFlags, toTerminal: boolean) => string> = {
  text: (report, flags, toTerminal) =>
    lintText(report, { color: flags.color && toTerminal && !process.env.NO_COLOR }),
  json: (report) => lintJson(report),
};

const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'never'];

/** Whether the report has findings at or above the threshold (`error` < `warning` < `info`). */
export function failsAt(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function lintCommand(): Command {
  return (
    new Command('lint')
      // Usage errors reach the program's handler (exit status 2) instead of exiting here.
      .exitOverride()
      .description('Find every Flink configuration under PATHS, derive its memory and report findings.')
      .argument('[paths...]', 'files or folders to lint', ['.'])
      .addOption(
        new Option('--format <format>', 'output format').choices(Object.keys(RENDERERS)).default('text'),
      )
      .option('--output <file>', 'write the report to a file instead of standard output')
      .addOption(
        new Option('--fail-on <severity>', 'exit 1 when a finding is at or above')
          .choices(FAIL_ON)
          .default('error'),
      )
      .option(
        '--flink-version <version>',
        `judge every config as this Flink version (${FLINK_VERSIONS[0]}–${FLINK_VERSIONS.at(-1)})`,
      )
      .option('--config <file>', 'settings file (default: .flink-memory-lint.yaml)')
      .option('--include <glob>', 'only files matching (repeatable)', collect, [])
      .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [])
      .option('--no-color', 'no colours in text output')
      .action(async (paths: string[], flags: LintFlags) => {
        if (flags.flinkVersion !== undefined && !parseFlinkVersion(flags.flinkVersion)) {
          throw new CliError(
            `unknown Flink version '${flags.flinkVersion}'; supported: ${FLINK_VERSIONS.join(', ')}`,
            EXIT.usage,
          );
        }
        const report = await lint({
          paths,
          cwd: process.cwd(),
          flinkVersion: flags.flinkVersion,
          configFile: flags.config,
          include: flags.include,
          exclude: flags.exclude,
        });
        const rendered = RENDERERS[flags.format](
          report,
          flags,
          flags.output === undefined && process.stdout.isTTY,
        );
        if (flags.output !== undefined) {
          try {
            writeFileSync(flags.output, rendered);
          } catch (err) {
            throw new CliError(`cannot write ${flags.output}: ${(err as Error).message}`, EXIT.usage);
          }
        } else {
          process.stdout.write(rendered);
        }
        process.exitCode = failsAt(report, flags.failOn) ? EXIT.findings : EXIT.ok;
      })
  );
}
