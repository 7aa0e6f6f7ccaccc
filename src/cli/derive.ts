import { Command } from 'commander';
import { CliError } from './exit.js';

export function deriveCommand(): Command {
  return new Command('derive').action(() => {
    throw new CliError('derive: not built yet');
  });
}
