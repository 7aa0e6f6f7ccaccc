import type { FlinkConfig } from '../model/index.js';
import { CliError, EXIT } from './exit.js';

/** `--select NAME` and `--document N`: which config of a file of several a command answers for. */
export interface ChooseFlags {
  select?: string;
  document?: string;
}

/**
 * The configs of a file a command answers for: the one `--select NAME` names, the n-th of
 * `--document N`, else every one (`several: 'all'`) or the only one (`several: 'ask'`: a file of
 * several is a usage error that lists them).
 */
export function chooseConfigs<T>(
  items: readonly T[],
  configOf: (item: T) => Pick<FlinkConfig, 'name' | 'kind' | 'line'>,
  flags: ChooseFlags,
  label: string,
  several: 'all' | 'ask',
): T[] {
  const names = items.map((r, i) => {
    const c = configOf(r);
    return `${i + 1}: ${c.name ?? c.kind} (line ${c.line})`;
  });
  if (flags.select !== undefined) {
    const found = items.filter((r) => configOf(r).name === flags.select);
    if (found.length === 1) return found;
    throw new CliError(
      `${label}: ${found.length === 0 ? 'no config' : 'more than one config'} named '${flags.select}'; it holds ${names.join(', ')}`,
      EXIT.usage,
    );
  }
  if (flags.document !== undefined) {
    const n = Number(flags.document);
    if (!Number.isInteger(n) || n < 1 || n > items.length)
      throw new CliError(`${label}: --document ${flags.document}: it holds ${names.join(', ')}`, EXIT.usage);
    return [items[n - 1]];
  }
  if (items.length === 0) throw new CliError(`${label}: no Flink configuration found`, EXIT.rejected);
  if (items.length > 1 && several === 'ask')
    throw new CliError(
      `${label} holds ${items.length} Flink configs (${names.join(', ')}): choose one with --select NAME or --document N`,
      EXIT.usage,
    );
  return [...items];
}
