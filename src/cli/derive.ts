import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { derive, parseFlinkVersion } from '../flink/index.js';
import {
  DEPLOYMENTS,
  FLINK_VERSIONS,
  NEWEST_FLINK_VERSION,
  type Breakdown,
  type ConfigResult,
  type ConfigValue,
  type Deployment,
  type FlinkVersion,
} from '../model/index.js';
import { breakdownText, breakdownToJson, visible } from '../report/index.js';
import { flinkView } from '../derive/index.js';
import { lintText } from '../engine/index.js';
import { EMPTY_SETTINGS, type PolicyPack } from '../policy/index.js';
import { wholeFileFormat } from '../sources/index.js';
import { chooseConfigs } from './choose.js';
import { CliError, EXIT } from './exit.js';
import { colorOnStdout } from './color.js';
import { writeStdout, writeStdoutLines } from './standard-streams.js';

interface DeriveFlags {
  set: string[];
  /** Unset: the version the file declares or implies, as lint reads it (the newest without a file). */
  flinkVersion?: string;
  deployment?: Deployment;
  format: 'text' | 'json';
  jsonl?: boolean;
  select?: string;
  document?: string;
  only?: 'taskmanager' | 'jobmanager';
}

function version(text: string): FlinkVersion {
  const parsed = parseFlinkVersion(text);
  if (!parsed) {
    throw new CliError(
      `unknown Flink version '${text}'; supported: ${FLINK_VERSIONS.join(', ')}`,
      EXIT.rejected,
    );
  }
  return parsed;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read standard input: ${(err as Error).message}`, EXIT.rejected);
  }
}

/** The text to derive and the name it is read by. */
function readInput(file: string | undefined, sets: string[]): { text: string; name?: string } | undefined {
  if (file !== undefined && file !== '-') {
    try {
      return { text: readFileSync(file, 'utf8'), name: file };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
        EXIT.rejected,
      );
    }
  }
  // Piped text is the config only where nothing else gives one: a script's `derive --set …` whose
  // standard input is left open (a CI step, a hook) must neither wait on it nor read it.
  if (file === '-' || (sets.length === 0 && !process.stdin.isTTY)) {
    const text = readStdin();
    if (!text.trim() && sets.length === 0)
      throw new CliError('standard input is empty: give a configuration', EXIT.rejected);
    return text.trim() ? { text } : undefined;
  }
  if (sets.length === 0)
    throw new CliError(
      'give a configuration file, --set key=value, or a configuration on standard input',
      EXIT.usage,
    );
  return undefined;
}

function assignments(sets: readonly string[]): [string, string][] {
  return sets.map((assignment) => {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new CliError(`--set expects key=value, got '${assignment}'`, EXIT.usage);
    return [assignment.slice(0, eq).trim(), assignment.slice(eq + 1)];
  });
}

/** Problems that end a derivation: what Flink refuses to load, and what this tool refuses to read. */
const FATAL = new Set(['yaml-error', 'null-value', 'limit']);

/**
 * The configs of a file exactly as `lint` reads them (load, link: version, deployment, container),
 * through the engine's one-file path. A file no format claims is read as one configuration, by
 * Flink's reader for its name or content.
 */
function configsOf(text: string, name: string | undefined, flags: DeriveFlags): ConfigResult[] {
  const label = name ?? '<stdin>';
  const input = {
    text,
    flinkVersion: flags.flinkVersion,
    deployment: flags.deployment,
  };
  // derive judges nothing: no policy, so no compiler is loaded.
  const pack: PolicyPack = { policies: [] };
  let result = name ? lintText({ ...input, path: name }, pack, EMPTY_SETTINGS) : undefined;
  if (!result || result.results.length === 0) {
    // Not a kind of file lint looks for by itself (any name, stdin): one Flink configuration.
    const stdinShaped = name ? undefined : lintText({ ...input, path: 'stdin.yaml' }, pack, EMPTY_SETTINGS);
    result =
      stdinShaped && stdinShaped.results.length > 0
        ? stdinShaped
        : lintText(
            {
              ...input,
              path: wholeFileFormat(name, text) === 'config-yaml' ? 'config.yaml' : 'flink-conf.yaml',
            },
            pack,
            EMPTY_SETTINGS,
          );
  }
  const problems = [...result.problems, ...result.results.flatMap((r) => r.config.problems)];
  const fatal = problems.find((p) => FATAL.has(p.code));
  if (fatal)
    throw new CliError(
      visible(`${label}:${fatal.location.line}:${fatal.location.column}: ${fatal.message}`),
      EXIT.rejected,
    );
  for (const p of problems)
    process.stderr.write(
      `${visible(`${label}:${p.location.line}:${p.location.column}: warning: ${p.message}`)}\n`,
    );
  return result.results;
}

/** The one config to derive: `--select NAME`, `--document N`, or the file's only one. */
function choose(results: readonly ConfigResult[], flags: DeriveFlags, label: string): ConfigResult {
  return chooseConfigs(results, (r) => r.config, flags, label, 'ask')[0];
}

/** The breakdown of the chosen config with `--set` on top (as -D does), and where it came from. */
function deriveChosen(
  result: ConfigResult | undefined,
  sets: [string, string][],
  flags: DeriveFlags,
): { breakdown: Breakdown; about?: string } {
  if (!result) {
    const config = new Map<string, ConfigValue>(sets);
    const flinkVersion = version(flags.flinkVersion ?? NEWEST_FLINK_VERSION);
    return { breakdown: derive(config, { flinkVersion, deployment: flags.deployment ?? 'standalone' }) };
  }
  const { config } = result;
  const breakdown =
    sets.length === 0
      ? result.breakdown
      : derive(new Map([...flinkView(config), ...sets]), {
          flinkVersion: config.flinkVersion,
          deployment: config.deployment,
          env: config.env ?? {},
        });
  const container = (['taskmanager', 'jobmanager'] as const)
    .filter((p) => config.container[p])
    .map((p) => `${p} container ${config.container[p]!.text}`);
  const about = [
    `${config.file}:${config.line}${config.name ? ` ${config.name}` : ''} (${config.kind})`,
    `Flink ${config.flinkVersion} (${config.flinkVersionSource}), ${config.deployment}`,
    ...container,
  ].join(' · ');
  return { breakdown, about };
}

const refused = (r: Breakdown['taskmanager'] | Breakdown['jobmanager']) => !r.ok && !('unsupported' in r);

/** A JSON value of a `--jsonl` config: strings as written, integers as YAML integers, other numbers as floats. */
function jsonConfigValue(value: unknown): ConfigValue {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function deriveLine(line: string, defaults: { flinkVersion: FlinkVersion; deployment: Deployment }): unknown {
  const input = JSON.parse(line) as {
    flinkVersion?: unknown;
    config?: unknown;
    deployment?: unknown;
    env?: unknown;
  };
  if (input === null || typeof input !== 'object') throw new Error('expected a JSON object');
  const flinkVersion =
    input.flinkVersion === undefined
      ? defaults.flinkVersion
      : typeof input.flinkVersion === 'string'
        ? parseFlinkVersion(input.flinkVersion)
        : undefined;
  if (!flinkVersion) throw new Error(`unknown Flink version ${JSON.stringify(input.flinkVersion)}`);
  const deployment = input.deployment === undefined ? defaults.deployment : (input.deployment as Deployment);
  if (!DEPLOYMENTS.includes(deployment))
    throw new Error(`unknown deployment ${JSON.stringify(input.deployment)}`);
  if (input.config === null || typeof input.config !== 'object' || Array.isArray(input.config)) {
    throw new Error('"config" must be an object of key: value');
  }
  const config = new Map(Object.entries(input.config).map(([k, v]) => [k, jsonConfigValue(v)]));
  const env = input.env && typeof input.env === 'object' ? (input.env as Record<string, string>) : undefined;
  return breakdownToJson(derive(config, { flinkVersion, deployment, env }));
}

async function runJsonl(defaults: { flinkVersion: FlinkVersion; deployment: Deployment }): Promise<void> {
  // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
  const lines = process
    .getBuiltinModule('node:readline')
    .createInterface({ input: process.stdin, crlfDelay: Infinity });
  await writeStdoutLines(derivedLines(lines, defaults));
}

/** One JSON line out for each configuration line in, as they come; a line that fails says why. */
async function* derivedLines(
  lines: AsyncIterable<string>,
  defaults: { flinkVersion: FlinkVersion; deployment: Deployment },
): AsyncGenerator<string> {
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let out: unknown;
    try {
      out = deriveLine(line, defaults);
    } catch (err) {
      out = { line: lineNo, error: err instanceof Error ? err.message : String(err) };
    }
    yield `${JSON.stringify(out)}\n`;
  }
}

export function deriveCommand(): Command {
  return new Command('derive')
    .description("Derive a configuration's TaskManager and JobManager memory exactly as Flink does")
    .argument(
      '[file]',
      'any file lint reads (flink-conf.yaml, config.yaml, FlinkDeployment, ConfigMap, compose, Helm values); - for standard input (read by itself when it is piped and no --set is given)',
    )
    .option(
      '--set <key=value>',
      'set an option on top of the file, as -D does (repeatable)',
      (v, all: string[]) => [...all, v],
      [],
    )
    .option(
      '--flink-version <version>',
      `Flink version (${FLINK_VERSIONS[0]} to ${NEWEST_FLINK_VERSION}); default: what the file declares or implies, as lint reads it`,
    )
    .addOption(
      new Option(
        '--deployment <kind>',
        'how the processes are started (default: what the file implies)',
      ).choices(DEPLOYMENTS),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--jsonl',
      'read JSON Lines {"flinkVersion", "config", "deployment"?} on stdin, write one result a line',
    )
    .option(
      '--select <name>',
      'in a file of several configs, the one with this name (metadata.name, service)',
    )
    .option('--document <n>', 'in a file of several configs, the n-th (from 1)')
    .addOption(
      new Option('--only <process>', 'derive and judge one process only').choices([
        'taskmanager',
        'jobmanager',
      ]),
    )
    .action(async (file: string | undefined, flags: DeriveFlags) => {
      if (flags.flinkVersion !== undefined) version(flags.flinkVersion);
      if (flags.jsonl) {
        await runJsonl({
          flinkVersion: version(flags.flinkVersion ?? NEWEST_FLINK_VERSION),
          deployment: flags.deployment ?? 'standalone',
        });
        return;
      }
      const sets = assignments(flags.set);
      const input = readInput(file, flags.set);
      const label = input?.name ?? '<stdin>';
      const chosen = input ? choose(configsOf(input.text, input.name, flags), flags, label) : undefined;
      const { breakdown, about } = deriveChosen(chosen, sets, flags);
      const processes = flags.only ? [flags.only] : (['taskmanager', 'jobmanager'] as const);
      if (flags.format === 'json') {
        const json = breakdownToJson(breakdown) as Record<string, unknown>;
        if (flags.only) delete json[flags.only === 'taskmanager' ? 'jobmanager' : 'taskmanager'];
        await writeStdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        const color = colorOnStdout();
        await writeStdout(
          `${about ? `${visible(about)}\n\n` : ''}${breakdownText(breakdown, { color, only: flags.only })}`,
        );
      }
      if (processes.some((p) => refused(breakdown[p]))) process.exitCode = EXIT.rejected;
    });
}
