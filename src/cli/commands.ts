import type { Command } from 'commander';

/**
 * Every command, each loaded only when it runs: `derive` of one file never compiles the engine,
 * the policies or ajv (their modules are chunks of their own in the bundle, see scripts/build.mjs).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  derive: async () => (await import('./derive.js')).deriveCommand(),
  lint: async () => {
    const [{ lintCommand }, { startShortRun }] = await Promise.all([
      import('./lint.js'),
      import('../engine/index.js'),
    ]);
    startShortRun();
    return lintCommand();
  },
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
