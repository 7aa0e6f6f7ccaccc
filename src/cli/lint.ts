import { Command } from 'commander';
import { CliError } from './exit.js';

export function lintCommand(): Command {
  return new Command('lint').action(() => {
    throw new CliError('lint: not built yet');
  });
}
