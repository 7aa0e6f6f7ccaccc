import type { Command } from 'commander';

/** How each command is loaded, by name. */
export type CommandLoaders = Readonly<Record<string, () => Promise<Command>>>;

const derive = async () => (await import('./derive.js')).deriveCommand();

/** `derive`, alone in a bundle of its own (src/cli-derive.ts): one config's start-up costs least. */
export const DERIVE: CommandLoaders = { derive };

/**
 * Every command, each loaded only when it runs: `derive` of one file never runs the engine, the
 * policies or ajv (the bundle evaluates a module imported with `import()` only when it is imported).
 */
export const COMMANDS: CommandLoaders = {
  derive,
  lint: async () => (await import('./lint.js')).lintCommand(),
  explain: async () => (await import('./explain.js')).explainCommand(),
  size: async () => (await import('./size.js')).sizeCommand(),
  upgrade: async () => (await import('./upgrade.js')).upgradeCommand(),
};

/**
 * The commands a command line needs: the one it names, or all of them (for help, or for an
 * unknown name commander reports with the list).
 */
export function commandsFor(argv: readonly string[], commands: CommandLoaders): string[] {
  const name = argv.find((arg) => !arg.startsWith('-'));
  return name !== undefined && name in commands ? [name] : Object.keys(commands);
}
