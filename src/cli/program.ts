import { Command, CommanderError } from 'commander';
import { TOOL } from '../model/index.js';
import { commandsFor, type CommandLoaders } from './commands.js';
import { CliError, EXIT } from './exit.js';
import { writeStdout } from './standard-streams.js';

/**
 * Runs the command line with the commands a bundle holds: the whole command line's every command,
 * `derive`'s bundle that one alone (src/cli-derive.ts). A command line runs the same in both.
 */
export async function runCli(commands: CommandLoaders): Promise<void> {
  // Help and the version go out as reports do (cli/standard-streams.ts); commander does not pass a
  // program's output settings on to the commands added to it.
  const output = { writeOut: (text: string) => void writeStdout(text) };
  const program = new Command()
    .name(TOOL.name)
    .description(
      'Derive Apache Flink memory breakdowns exactly as Flink does, and lint them against policies.',
    )
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ ...output, outputError: (text, write) => write(text) });
  try {
    // Only the command that runs is loaded (all of them for help or an unknown name).
    for (const name of commandsFor(process.argv.slice(2), commands))
      program.addCommand((await commands[name]()).configureOutput(output));
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (err instanceof CliError) {
      process.stderr.write(`${TOOL.name}: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      const detail = process.env.FLINK_MEMORY_LINT_DEBUG && err instanceof Error ? err.stack : String(err);
      process.stderr.write(`${TOOL.name}: internal error: ${detail}\n`);
      process.exitCode = EXIT.internal;
    }
  }
}
