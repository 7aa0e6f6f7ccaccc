export { lint } from './lint.js';
export { rendering } from './whole-run.js';
export { startShortRun } from './compiler-tier.js';
export { compareWithBase, gitBase, lintBase, type BaseRevision, type BaseSource } from './compare.js';
export { prepare, type Prepared } from './lint.js';
export { lintText, type TextInput, type TextResult } from './text.js';
export { sizeConfig, sizeConfigs, SizeInputError, type SizeInput, type SizeOutcome } from './size.js';
export { upgradeConfig, type UpgradeInput, type UpgradeOutcome } from './upgrade.js';
