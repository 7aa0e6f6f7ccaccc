export { COMMANDS, commandsFor } from './commands.js';
export { CliError, EXIT } from './exit.js';
export { writeStdout } from './standard-streams.js';
