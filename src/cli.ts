import { COMMANDS, commandsFor, CliError, EXIT, writeStdout } from './cli/index.js';
import { Command, CommanderError } from 'commander';
import { TOOL } from './model/index.js';

// Help and the version go out as reports do (cli/standard-streams.ts); commander does not pass a
// program's output settings on to the commands added to it.
const output = { writeOut: (text: string) => void writeStdout(text) };

const program = new Command()
  .name(TOOL.name)
  .description('Derive Apache Flink memory breakdowns exactly as Flink does, and lint them against policies.')
  .version(TOOL.version)
  .exitOverride()
  .configureOutput({ ...output, outputError: (text, write) => write(text) });

// A function, not top-level await: the bundle is CommonJS (scripts/build.mjs).
async function main(): Promise<void> {
  try {
    // Only the command that runs is loaded (all of them for help or an unknown name).
    for (const name of commandsFor(process.argv.slice(2)))
      program.addCommand((await COMMANDS[name]()).configureOutput(output));
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

void main();
