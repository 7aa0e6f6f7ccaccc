// First: the compile cache is enabled before the commands' chunks load.
export { compileCache } from './compile-cache.js';
export { COMMANDS, commandsFor } from './commands.js';
export { CliError, EXIT } from './exit.js';
