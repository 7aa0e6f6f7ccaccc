export { deriveCommand } from './derive.js';
export { CliError, EXIT } from './exit.js';
export { explainCommand } from './explain.js';
export { lintCommand } from './lint.js';
export { sizeCommand } from './size.js';
export { upgradeCommand } from './upgrade.js';
