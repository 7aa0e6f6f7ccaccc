export { COMMANDS, DERIVE } from './commands.js';
export { runCli } from './program.js';
