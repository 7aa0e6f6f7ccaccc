import type { Command } from 'commander';

/**
 * Every command, each loaded only when it runs: `derive` of one file never runs the engine, the
 * policies or ajv (the bundle evaluates a module imported with `import()` only when it is imported).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  derive: async () => (await import('./derive.js')).deriveCommand(),
  lint: async () => (await import('./lint.js')).lintCommand(),
  explain: async () => (await import('./explain.js')).explainCommand(),
  size: async () => (await import('./size.js')).sizeCommand(),
  upgrade: async () => (await import('./upgrade.js')).upgradeCommand(),
};

/**
 * The commands a command line needs: the one it names, or all of them (for help, or for an
 * unknown name commander reports with the list).
 */
export function commandsFor(argv: readonly string[]): string[] {
  const name = argv.find((arg) => !arg.startsWith('-'));
  return name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS);
}
