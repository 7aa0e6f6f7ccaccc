import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { derive, parseFlinkVersion } from '../flink/index.js';
import {
  DEPLOYMENTS,
  FLINK_VERSIONS,
  NEWEST_FLINK_VERSION,
  type Breakdown,
  type ConfigValue,
  type Deployment,
  type FlinkVersion,
} from '../model/index.js';
import { breakdownToJson } from '../report/index.js';
import { breakdownText } from '../report/index.js';
import { toConfigMap } from '../derive/index.js';
import { readConfigYaml } from '../sources/index.js';
import { readFlinkConf } from '../sources/index.js';
import { CliError, EXIT } from './exit.js';

interface DeriveFlags {
  set: string[];
  flinkVersion: string;
  deployment: Deployment;
  format: 'text' | 'json';
  jsonl?: boolean;
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

/** Which reader Flink would use: by file name, else by content (nesting or YAML typing means config.yaml). */
export function looksLikeConfigYaml(name: string | undefined, text: string): boolean {
  const base = name ? basename(name) : '';
  if (base === 'config.yaml') return true;
  if (base === 'flink-conf.yaml') return false;
  return text.split(/\r?\n/).some((line) => {
    const code = line.replace(/#.*/, '');
    if (!code.trim()) return false;
    return (
      /^\s+\S/.test(code) || /^\s*-\s/.test(code) || /:\s*["'[{]/.test(code) || /^[^:\s]+:$/.test(code.trim())
    );
  });
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read standard input: ${(err as Error).message}`, EXIT.rejected);
  }
}

function loadConfig(file: string | undefined, sets: string[]): Map<string, ConfigValue> {
  let text = '';
  let name: string | undefined;
  if (file !== undefined && file !== '-') {
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
        EXIT.rejected,
      );
    }
    name = file;
  } else if (file === '-' || !process.stdin.isTTY) {
    text = readStdin();
    if (!text.trim() && sets.length === 0)
      throw new CliError('standard input is empty: give a configuration', EXIT.rejected);
  } else if (sets.length === 0) {
    throw new CliError(
      'give a configuration file, --set key=value, or a configuration on standard input',
      EXIT.usage,
    );
  }
  const label = name ?? '<stdin>';
  const read = looksLikeConfigYaml(name, text) ? readConfigYaml : readFlinkConf;
  const { entries, problems } = read(text, label);
  // What Flink refuses to load, and what this tool refuses to read (a limit), ends the run.
  const fatal = problems.find(
    (p) => p.code === 'yaml-error' || p.code === 'null-value' || p.code === 'limit',
  );
  if (fatal) {
    throw new CliError(
      `${label}:${fatal.location.line}:${fatal.location.column}: ${fatal.message}`,
      EXIT.rejected,
    );
  }
  for (const p of problems)
    process.stderr.write(`${label}:${p.location.line}:${p.location.column}: warning: ${p.message}\n`);
  const config = new Map(toConfigMap(entries));
  for (const assignment of sets) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new CliError(`--set expects key=value, got '${assignment}'`, EXIT.usage);
    config.set(assignment.slice(0, eq).trim(), assignment.slice(eq + 1));
  }
  return config;
}

const rejected = (b: Breakdown) =>
  (!b.taskmanager.ok && !('unsupported' in b.taskmanager)) ||
  (!b.jobmanager.ok && !('unsupported' in b.jobmanager));

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
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
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
    buffer += `${JSON.stringify(out)}\n`;
    if (buffer.length > 1 << 16) {
      if (!process.stdout.write(buffer))
        await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

export function deriveCommand(): Command {
  return new Command('derive')
    .description("Derive a configuration's TaskManager and JobManager memory exactly as Flink does")
    .argument('[file]', 'flink-conf.yaml or config.yaml; - for standard input')
    .option(
      '--set <key=value>',
      'set an option on top of the file, as -D does (repeatable)',
      (v, all: string[]) => [...all, v],
      [],
    )
    .option(
      '--flink-version <version>',
      `Flink version (${FLINK_VERSIONS[0]} to ${NEWEST_FLINK_VERSION})`,
      NEWEST_FLINK_VERSION,
    )
    .addOption(
      new Option('--deployment <kind>', 'how the processes are started')
        .choices(DEPLOYMENTS)
        .default('standalone'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option(
      '--jsonl',
      'read JSON Lines {"flinkVersion", "config", "deployment"?} on stdin, write one result a line',
    )
    .action(async (file: string | undefined, flags: DeriveFlags) => {
      const flinkVersion = version(flags.flinkVersion);
      if (flags.jsonl) {
        await runJsonl({ flinkVersion, deployment: flags.deployment });
        return;
      }
      const breakdown = derive(loadConfig(file, flags.set), { flinkVersion, deployment: flags.deployment });
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify(breakdownToJson(breakdown), null, 2)}\n`);
      } else {
        const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
        process.stdout.write(breakdownText(breakdown, { color }));
      }
      if (rejected(breakdown)) process.exitCode = EXIT.rejected;
    });
}
