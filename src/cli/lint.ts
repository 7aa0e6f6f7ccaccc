import { inertLines, visible } from '../report/index.js';
import { Command, Option } from 'commander';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { parseFlinkVersion } from '../flink/index.js';
import { compareWithBase, lint, rendering } from '../engine/index.js';
import {
  FLINK_VERSIONS,
  SEVERITIES,
  type FailOn,
  type FilesProgress,
  type LintOptions,
  type Report,
} from '../model/index.js';
import { createBaseline } from '../policy/index.js';
import { FORMAT_NAMES, renderPieces, type FormatName, type RenderOptions } from '../report/index.js';
import { reachesThreshold } from '../report/index.js';
import { baseCommit, lintAtCommit } from './compare.js';
import { CliError, EXIT } from './exit.js';
import { colorOnStdout } from './color.js';
import { isTerminal, writeStdout, writeStdoutLines } from './standard-streams.js';

interface LintFlags {
  format: string[];
  output?: string;
  failOn: FailOn;
  flinkVersion?: string;
  config?: string;
  policies: string[];
  include: string[];
  exclude: string[];
  writeBaseline?: string;
  base?: string;
  concurrency: number | 'auto';
  color: boolean;
  cache: boolean;
  verbose?: boolean;
}

const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'never'];

export interface OutputTarget {
  format: FormatName;
  /** A file, or undefined for standard output. */
  file?: string;
}

/**
 * `--format NAME[:FILE]` (repeatable) and `--output FILE`: several formats in one run, at most one of
 * them on standard output. `--output` takes the one format given without a file.
 */
function outputTargets(formats: readonly string[], output?: string): OutputTarget[] {
  const specs = formats.length > 0 ? formats : ['text'];
  const targets = specs.map((spec): OutputTarget => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!(FORMAT_NAMES as string[]).includes(name))
      throw new CliError(`unknown format '${name}'; choose from ${FORMAT_NAMES.join(', ')}`);
    if (file === '') throw new CliError(`--format ${name}: give a file after the colon`);
    return { format: name as FormatName, file };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (output !== undefined) {
    if (toStdout.length !== 1) throw new CliError('--output needs exactly one --format without a file');
    toStdout[0].file = output;
  } else if (toStdout.length > 1) {
    throw new CliError(
      'only one format can go to standard output: give the others a file (--format sarif:out.sarif)',
    );
  }
  return targets;
}

/** Problems with the run's own inputs (settings, policies, baseline): always said, whatever the format. */
const SETUP_NOTICES = new Set(['settings-invalid', 'policy-invalid', 'baseline-invalid']);

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function lintCommand(): Command {
  return (
    new Command('lint')
      // Usage errors reach the program's handler (exit status 2) instead of exiting here.
      .exitOverride()
      .description(
        'Find every Flink configuration under PATHS, derive its memory and check it against the policies.',
      )
      .argument('[paths...]', 'files or folders to lint', ['.'])
      .option(
        '--format <format[:file]>',
        `output format (${FORMAT_NAMES.join(', ')}), with a file to write it to; repeatable`,
        collect,
        [],
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
      .option('--policies <dir>', 'a folder of extra policies (repeatable)', collect, [])
      .option('--include <glob>', 'only files matching (repeatable)', collect, [])
      .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [])
      .option(
        '--write-baseline <file>',
        'record the current findings as accepted; later runs report only new ones',
      )
      .option(
        '--base <ref>',
        'compare with a git ref: text, json and markdown show how each changed config differs from it',
      )
      .option(
        '--concurrency <threads>',
        'threads that share the files: a number, or auto (more than one only for large trees)',
        concurrency,
        'auto',
      )
      .option('--no-color', 'no colours in text output')
      .option(
        '--no-cache',
        'read every file again: by default what was learnt of each file is kept in the user cache folder, and a file unchanged since the last run is not read',
      )
      .option(
        '-v, --verbose',
        "text: each config's breakdown, and every finding of a rule however often it repeats; on standard error, how many files were listed, ruled out unparsed and read",
      )
      .action(async (paths: string[], flags: LintFlags) => {
        if (flags.flinkVersion !== undefined && !parseFlinkVersion(flags.flinkVersion)) {
          throw new CliError(
            `unknown Flink version '${flags.flinkVersion}'; supported: ${FLINK_VERSIONS.join(', ')}`,
            EXIT.usage,
          );
        }
        const targets = outputTargets(flags.format, flags.output);
        const options: LintOptions = {
          paths,
          cwd: process.cwd(),
          flinkVersion: flags.flinkVersion,
          configFile: flags.config,
          policyDirs: flags.policies,
          include: flags.include,
          exclude: flags.exclude,
          concurrency: flags.concurrency,
          cache: flags.cache,
        };
        const { base: ref } = flags;
        const commit = ref === undefined ? undefined : await baseCommit(ref, options.cwd);
        // The base revision read from git while the work tree is linted: each waits on its own reads.
        const [base, report] = await Promise.all([
          ref === undefined || commit === undefined ? undefined : lintAtCommit(ref, commit, options),
          withProgress((onProgress) => lint({ ...options, onProgress })),
        ]);
        for (const problem of base?.problems ?? []) process.stderr.write(`warning: ${visible(problem)}\n`);
        // A mistyped path is a usage error, never a quiet run over nothing.
        const missing = report.notices.filter((n) => n.code === 'path-not-found');
        if (missing.length > 0)
          throw new CliError(missing.map((n) => visible(n.message)).join('\n'), EXIT.usage);
        if (report.summary.configs === 0)
          process.stderr.write(`warning: no Flink configuration found under ${visible(paths.join(', '))}\n`);
        if (flags.verbose && report.stats) {
          const { listed, ruledOut, cached, reused } = report.stats;
          const unchanged =
            (cached === undefined ? '' : `, ${cached} unchanged since the last run (not read)`) +
            (reused ? ', nothing else changed (the last report reused)' : '');
          process.stderr.write(
            `verbose: ${listed} files listed by name, ${ruledOut} ruled out on their text before parsing, ${report.summary.configs} configs${unchanged}\n`,
          );
        }
        if (flags.writeBaseline !== undefined) {
          write(
            flags.writeBaseline,
            `${JSON.stringify(createBaseline(report.findings, report.tool.name), null, 2)}\n`,
          );
          process.stderr.write(`wrote ${report.findings.length} findings to ${flags.writeBaseline}\n`);
          process.exitCode = EXIT.ok;
          return;
        }
        const failed = reachesThreshold(report.summary, flags.failOn);
        const comparison = base && compareWithBase(base, report);
        for (const { format, file } of targets) {
          await writeRendering(format, report, file, {
            color: flags.color && file === undefined && colorOnStdout(),
            failed,
            comparison,
            verbose: flags.verbose,
          });
          if (file !== undefined) process.stderr.write(`wrote ${visible(file)}\n`);
        }
        const textOnStdout = targets.some((t) => t.format === 'text' && t.file === undefined);
        for (const notice of report.notices) {
          if (textOnStdout || !SETUP_NOTICES.has(notice.code)) continue;
          const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
          process.stderr.write(`warning: ${visible(`${where}${notice.message}`)}\n`);
        }
        process.exitCode = failed ? EXIT.findings : EXIT.ok;
      })
  );
}

/**
 * Writes a format's text to a file, or standard output (undefined). Where the report is the last
 * run's, kept whole (`engine/whole-run.ts`), and was written so before (the same format, options,
 * notices and kind of target), the bytes kept then are written: the report is neither decoded nor
 * rendered again. A comparison with a base revision is rendered each time.
 */
async function writeRendering(
  format: FormatName,
  report: Report,
  file: string | undefined,
  options: RenderOptions,
): Promise<void> {
  const { color, failed, verbose, comparison } = options;
  const key = JSON.stringify([format, file === undefined, color, failed, verbose, report.notices]);
  const kept = comparison ? undefined : rendering(report, key);
  if (kept && 'kept' in kept) {
    if (file === undefined) await writeStdout(kept.kept);
    else write(file, kept.kept);
    return;
  }
  // Standard output's text is kept as it is written: inert.
  const keep = kept && (file === undefined ? (text: string) => kept.keep(inertLines(text)) : kept.keep);
  const pieces = keeping(renderPieces(format, report, options), keep);
  // In a workflow the runner reads the step's output: no line of it may be a command.
  if (file === undefined) await writeStdoutLines(pieces, inertLines);
  else writePieces(file, pieces);
}

/** The pieces as they come, and, once the last is taken, their text to `keep`, unless too large. */
function* keeping(pieces: Iterable<string>, keep: ((text: string) => void) | undefined): Generator<string> {
  if (!keep) {
    yield* pieces;
    return;
  }
  const kept: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (size <= RENDERING_KEPT_MAX) kept.push(piece);
    size += piece.length;
    yield piece;
  }
  if (size <= RENDERING_KEPT_MAX) keep(kept.join(''));
}

/** Most characters of a rendering kept for the next run. */
const RENDERING_KEPT_MAX = 64 << 20;

/** Runs longer than this show a line of progress on a terminal's standard error. */
const PROGRESS_AFTER_MS = 1000;

/** `1,200 of 20,000 files read`, then `20,000 files read, 800 judged`, with thousands separated. */
function filesDone({ listed, read, judged }: FilesProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (read < listed) return `${n(read)} of ${n(listed)} files read`;
  return `${n(listed)} ${listed === 1 ? 'file' : 'files'} read, ${n(judged)} judged`;
}

/**
 * A `linting… 3s, 1,200 of 20,000 files read` line on standard error while `work` runs, on a
 * terminal only, drawn after a second and redrawn every second, and cleared when it ends.
 * Elsewhere (a pipe, a CI log) nothing: the line is for a person waiting.
 */
async function withProgress<T>(
  work: (onProgress?: (progress: FilesProgress) => void) => Promise<T>,
): Promise<T> {
  if (!isTerminal(2)) return work();
  const stream = process.stderr;
  const started = Date.now();
  let files = '';
  let shown = false;
  const tick = () => {
    shown = true;
    const seconds = Math.round((Date.now() - started) / 1000);
    stream.write(`\r\u001b[2Klinting… ${seconds}s${files ? `, ${files}` : ''}`);
  };
  let timer: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    tick();
    timer = setInterval(tick, 1000);
  }, PROGRESS_AFTER_MS);
  try {
    return await work((progress) => (files = filesDone(progress)));
  } finally {
    clearTimeout(first);
    if (timer) clearInterval(timer);
    if (shown) stream.write('\r\u001b[2K');
  }
}

function concurrency(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1)
    throw new CliError(
      `--concurrency: '${value}' is not a number of threads (1 or more) or auto`,
      EXIT.usage,
    );
  return threads;
}

/** Pieces gathered before a write: one system call per piece cost more than making the pieces. */
const WRITE_BATCH = 1 << 20;

function writePieces(file: string, pieces: Iterable<string>): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size < WRITE_BATCH) continue;
      writeSync(fd, batch.join(''));
      batch = [];
      size = 0;
    }
    writeSync(fd, batch.join(''));
  } catch (err) {
    throw new CliError(`cannot write ${file}: ${(err as Error).message}`, EXIT.usage);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function write(file: string, text: string | Uint8Array): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new CliError(`cannot write ${file}: ${(err as Error).message}`, EXIT.usage);
  }
}
